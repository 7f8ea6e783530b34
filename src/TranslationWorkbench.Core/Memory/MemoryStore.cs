using Dapper;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Memory;

/// <summary>The named translation memories of a workspace; owns their SQL.</summary>
public sealed class MemoryStore
{
    /// <summary>The memory commands use when none is named.</summary>
    public const string DefaultName = "default";

    private const string SelectMemory = """
        SELECT id, name, source_lang AS SourceLanguage, target_lang AS TargetLanguage, created_at AS CreatedAt
        FROM memory
        """;

    private const string InsertMemory = """
        INSERT INTO memory (name, source_lang, target_lang, created_at)
        VALUES (@Name, @SourceLanguage, @TargetLanguage, @CreatedAt)
        ON CONFLICT (name) DO NOTHING
        """;

    private readonly Workspace.Workspace workspace;

    internal MemoryStore(Workspace.Workspace workspace) => this.workspace = workspace;

    public IReadOnlyList<TranslationMemory> List()
    {
        using var connection = workspace.Connect();
        return connection.Query<TranslationMemory>(SelectMemory + " ORDER BY id").ToList();
    }

    /// <summary>The memory called <paramref name="name"/>, or null.</summary>
    public TranslationMemory? Find(string name)
    {
        using var connection = workspace.Connect();
        return connection.QuerySingleOrDefault<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name });
    }

    /// <summary>The memory called <paramref name="name"/>, created for the language pair if it does not exist.</summary>
    /// <exception cref="InvalidInputException">It exists for another language pair.</exception>
    public TranslationMemory Open(string name, string sourceLanguage, string targetLanguage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        LanguageCode.Check(sourceLanguage, "source language");
        LanguageCode.Check(targetLanguage, "target language");
        using var connection = workspace.Connect();
        connection.Execute(InsertMemory, new { Name = name, SourceLanguage = sourceLanguage, TargetLanguage = targetLanguage, CreatedAt = workspace.Now() });
        var memory = connection.QuerySingle<TranslationMemory>(SelectMemory + " WHERE name = @name", new { name });
        if (!LanguageCode.Serves(memory.SourceLanguage, sourceLanguage) || !LanguageCode.Serves(memory.TargetLanguage, targetLanguage))
        {
            throw new InvalidInputException(
                $"memory '{name}' is {memory.SourceLanguage}→{memory.TargetLanguage}, not {sourceLanguage}→{targetLanguage}; name another memory with --memory.");
        }
        return memory;
    }
}
