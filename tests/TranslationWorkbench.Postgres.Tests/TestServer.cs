using Dapper;
using Npgsql;

namespace TranslationWorkbench.Postgres.Tests;

/// <summary>
/// The PostgreSQL server the tests use: TW_TEST_POSTGRES names it (.ci/run starts a throw-away cluster and sets it).
/// Each caller gets a database of its own, dropped afterwards. Without the variable the tests are skipped, and
/// shown as skipped; with TW_REQUIRE_POSTGRES=1 (CI) they fail instead.
/// </summary>
internal sealed class TestServer : IDisposable
{
    public const string Variable = "TW_TEST_POSTGRES";

    private readonly string admin;

    private TestServer(string admin, string database)
    {
        this.admin = admin;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    }

    public string Database { get; }

    public string ConnectionString { get; }

    public static TestServer Create()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (Environment.GetEnvironmentVariable("TW_REQUIRE_POSTGRES") == "1") throw new InvalidOperationException($"{Variable} is not set, and TW_REQUIRE_POSTGRES=1 says the PostgreSQL tests must run");
            throw new SkipException($"no PostgreSQL server: set {Variable} (e.g. Host=127.0.0.1;Port=5432;Username=postgres) to run these tests; .ci/run starts one");
        }
        var database = "tw_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            connection.Execute($"CREATE DATABASE {database}");
        }
        return new TestServer(admin, database);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        connection.Execute($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
    }
}
