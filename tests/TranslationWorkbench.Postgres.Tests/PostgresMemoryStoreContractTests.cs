using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Postgres.Tests;

/// <summary>The memory contract on a shared memory in a real PostgreSQL server.</summary>
public sealed class PostgresMemoryStoreContractTests : MemoryStoreContract
{
    private TestServer? server;

    protected override WorkspaceFile Open()
    {
        server = TestServer.Create();
        var connection = server.ConnectionString;
        return WorkspaceFile.Open(Folder.File("workbench.db"), author: "tester", memories: _ => PostgresMemoryStore.Open(connection, author: "tester"));
    }

    public override void Dispose()
    {
        base.Dispose();
        server?.Dispose();
    }
}
