using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Memory;

/// <summary>
/// Where translation memories live: the workspace's own SQLite file (<see cref="SqliteMemoryStore"/>), or a
/// PostgreSQL server a team shares. Both behave the same: the same scores, the same match kinds, the same TMX.
/// </summary>
public interface ITranslationMemoryStore : IDisposable
{
    /// <summary>Where the memories are, for messages ("workspace /home/…/workbench.db", "PostgreSQL tm@db.local").</summary>
    string Location { get; }

    IReadOnlyList<TranslationMemory> List();

    /// <summary>The memory called <paramref name="name"/>, or null.</summary>
    TranslationMemory? Find(string name);

    /// <summary>The memory called <paramref name="name"/>; an error listing the memories there are otherwise.</summary>
    TranslationMemory Get(string name);

    /// <summary>The memory with this id; an error otherwise.</summary>
    TranslationMemory Get(long id);

    /// <summary>The memory called <paramref name="name"/>, created for the language pair if it does not exist.</summary>
    /// <exception cref="InvalidInputException">It exists for another language pair.</exception>
    TranslationMemory Open(string name, string sourceLanguage, string targetLanguage);

    /// <summary>Deletes a memory with all its units; with <paramref name="onlyIfEmpty"/>, only a memory that holds none, in the same transaction as the check.</summary>
    /// <returns>False when there was no such memory, or it held units and <paramref name="onlyIfEmpty"/> kept it.</returns>
    bool DeleteMemory(TranslationMemory memory, bool onlyIfEmpty = false);

    /// <summary>Starts adding units in one transaction (the memory created for the pair if need be); dispose without committing to add none.</summary>
    IUnitBatch BeginBatch(string name, string sourceLanguage, string targetLanguage);

    /// <summary>The units of a memory in id order, read as they are enumerated.</summary>
    IEnumerable<MemoryUnit> Units(TranslationMemory memory, UnitFilter? filter = null);

    long Count(TranslationMemory memory);

    MemoryUnit? Unit(long id);

    /// <summary>A page of a memory's units, the most recently changed first.</summary>
    IReadOnlyList<MemoryUnit> Page(TranslationMemory memory, int offset, int limit);

    /// <summary>Changes a unit's source and target.</summary>
    MemoryUnit Update(long id, string source, string target);

    bool Delete(long id);

    /// <summary>
    /// Stores a confirmed translation and returns its unit's id: a unit with the same pair (source, target, context) is
    /// kept as it is; else the unit this document confirmed before for the source in that context gets the new target
    /// (a revision); else a new unit is made. A unit aligned or imported, or confirmed in another document, is never
    /// overwritten: its translation stays beside the new one.
    /// </summary>
    long StoreConfirmed(TranslationMemory memory, MemoryUnit unit);

    /// <summary>Counts a use of each unit (a match inserted or pre-translated).</summary>
    void MarkUsed(IReadOnlyCollection<long> unitIds);

    /// <summary>The units of a memory whose source has this match-key hash: exact and context candidates.</summary>
    IReadOnlyList<long> WithSameKey(long memoryId, long keyHash);

    /// <summary>The units with these ids, in no particular order.</summary>
    IReadOnlyList<MemoryUnit> Load(IReadOnlyCollection<long> unitIds);

    /// <summary>Fuzzy candidates verified by word edit distance: every unit at or above <paramref name="minScore"/> when exhaustive.</summary>
    FuzzySearch Search(string[] queryTokens, long memoryId, int minScore, bool exhaustive);

    /// <summary>Units whose source's match tokens hold the phrase in a row, newest first.</summary>
    /// <param name="phrase">Word by word, the tokens that may stand there (a word's forms with clitics, <see cref="Matching.AttachedForms"/>).</param>
    IReadOnlyList<long> SourcesContaining(IReadOnlyList<string[]> phrase, long memoryId, int max);

    /// <summary>Units whose target contains the word, ignoring case, newest first.</summary>
    IReadOnlyList<long> TargetsContaining(string word, long memoryId, int max);

    /// <summary>Checks what the store keeps besides the units (its candidate index) against them; a repair rebuilds it.</summary>
    (IReadOnlyList<string> Problems, IReadOnlyList<string> Repairs) CheckIndex(bool repair);
}
