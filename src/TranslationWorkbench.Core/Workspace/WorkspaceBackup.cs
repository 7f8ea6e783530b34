namespace TranslationWorkbench.Core.Workspace;

/// <summary>
/// A consistent copy of a workspace through SQLite's online backup API: safe while other processes (tw serve)
/// write, written beside its name and moved into place, never over an existing file.
/// </summary>
public static class WorkspaceBackup
{
    public static long Run(Workspace workspace, string path)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target)) throw new InvalidInputException($"{path}: is a folder; give a file name for the backup.");
        if (File.Exists(target)) throw new InvalidInputException($"{path}: already exists; a backup never overwrites a file, give a new name.");
        if (string.Equals(target, workspace.Path, StringComparison.Ordinal)) throw new InvalidInputException($"{path}: is the workspace itself.");
        var folder = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var temporary = target + ".partial";
        try
        {
            using (var source = workspace.Connect())
            using (var destination = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temporary};Pooling=False"))
            {
                destination.Open();
                source.BackupDatabase(destination);
                using var command = destination.CreateCommand();
                // a self-contained file: the copy's own journal back from WAL to a single file
                command.CommandText = "PRAGMA journal_mode = DELETE";
                command.ExecuteNonQuery();
            }
            File.Move(temporary, target);
        }
        finally
        {
            File.Delete(temporary);
        }
        return new FileInfo(target).Length;
    }
}
