using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Postgres.Tests;

/// <summary>The memory contract on the workspace's own SQLite memory.</summary>
public sealed class SqliteMemoryStoreContractTests : MemoryStoreContract
{
    protected override WorkspaceFile Open() => WorkspaceFile.Open(Folder.File("workbench.db"), author: "tester");
}
