using Microsoft.Data.Sqlite;

namespace TranslationWorkbench.Core.Memory;

/// <summary>A prepared command whose parameters are set by position: SqliteParameterCollection finds names by a linear scan, too slow for a million rows.</summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteParameter[] parameters;

    public PreparedCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        Command = connection.CreateCommand();
        Command.Transaction = transaction;
        Command.CommandText = sql;
        parameters = names.Select(name => Command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        Command.Prepare();
    }

    public SqliteCommand Command { get; }

    /// <summary>Sets the parameter at <paramref name="position"/> (the order the names were given in).</summary>
    public void Set(int position, object? value) => parameters[position].Value = value ?? DBNull.Value;

    public void Dispose() => Command.Dispose();
}
