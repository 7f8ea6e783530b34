using Dapper;
using Npgsql;
using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Postgres;

/// <summary>Checks the postings and token counts against the units (their tokens recomputed from the source); a repair rebuilds both.</summary>
internal static class PostgresIndexCheck
{
    private const string MissingPostings = """
        SELECT count(*) FROM unit AS u CROSS JOIN LATERAL (SELECT DISTINCT unnest(u.tokens) AS token) AS t
        WHERE NOT EXISTS (SELECT 1 FROM posting AS p WHERE p.memory_id = u.memory_id AND p.token = t.token AND p.unit_id = u.id)
        """;

    private const string ExtraPostings = """
        SELECT count(*) FROM posting AS p JOIN unit AS u ON u.id = p.unit_id
        WHERE p.memory_id <> u.memory_id OR NOT (p.token = ANY (u.tokens)) OR p.length <> cardinality(u.tokens)
        """;

    private const string RebuildPostings = """
        DELETE FROM posting;
        INSERT INTO posting (memory_id, token, unit_id, length)
        SELECT u.memory_id, t.token, u.id, cardinality(u.tokens) FROM unit AS u CROSS JOIN LATERAL (SELECT DISTINCT unnest(u.tokens) AS token) AS t;
        DELETE FROM token_frequency;
        INSERT INTO token_frequency (memory_id, token, units) SELECT memory_id, token, count(*) FROM posting GROUP BY memory_id, token;
        """;

    public static (IReadOnlyList<string> Problems, IReadOnlyList<string> Repairs) Run(NpgsqlDataSource source, bool repair)
    {
        var problems = Problems(source);
        if (problems.Count == 0 || !repair) return (problems, []);
        using (var connection = source.OpenConnection())
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var (id, text) in connection.Query<(long Id, string Source)>("SELECT id, source FROM unit", transaction: transaction).ToList())
            {
                connection.Execute("UPDATE unit SET tokens = @tokens WHERE id = @id AND tokens <> @tokens", new { id, tokens = TokenHashes.OfText(text) }, transaction);
            }
            connection.Execute(RebuildPostings, transaction: transaction);
            transaction.Commit();
        }
        return (Problems(source), ["rebuilt the postings and token counts of the shared memory from its units"]);
    }

    private static List<string> Problems(NpgsqlDataSource source)
    {
        var problems = new List<string>();
        using var connection = source.OpenConnection();
        var stale = 0;
        foreach (var (_, text, tokens) in connection.Query<(long Id, string Source, long[] Tokens)>("SELECT id, source, tokens FROM unit", buffered: false))
        {
            if (!tokens.SequenceEqual(TokenHashes.OfText(text))) stale++;
        }
        if (stale > 0) problems.Add($"{stale} unit(s) keep tokens that are not their source's");
        var missing = connection.ExecuteScalar<long>(MissingPostings);
        if (missing > 0) problems.Add($"{missing} token(s) of units have no posting");
        var extra = connection.ExecuteScalar<long>(ExtraPostings);
        if (extra > 0) problems.Add($"{extra} posting(s) name a token, memory or length their unit does not have");
        return problems;
    }
}
