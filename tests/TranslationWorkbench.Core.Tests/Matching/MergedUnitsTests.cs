using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>An import's units are counted as they are added; the index writer's counts must be those of reading every unit.</summary>
public sealed class MergedUnitsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(false)] // the added units all come after the delta's: only the delta is read to count
    [InlineData(true)]  // a delta unit after the first added one, and one unit in both: every unit is read
    public void Count_IsTheCountOfEveryUnitTheWriterVisits(bool interleaved)
    {
        var vocabulary = new TokenTable();
        var delta = new DeltaIndex(0, 0);
        for (var id = 1; id <= 50; id++) delta.Add(id, 1, Words(id, "قديم"), _ => -1);
        if (interleaved) delta.Add(75, 2, Words(75, "قديم"), _ => -1);
        using var spill = new UnitSpill(folder.Path);
        var frequencies = new TokenFrequencies();
        for (var id = 60; id <= 120; id++)
        {
            var tokens = Words(id, "جديد").Select(word => vocabulary.Intern(word)).ToArray();
            spill.Add(id, 3, tokens);
            frequencies.Add(3, tokens);
        }
        var units = new MergedUnits(vocabulary, spill, frequencies, null, _ => false, delta);

        var frequency = new int[vocabulary.Count];
        var memories = new SortedSet<long>();
        var (unitCount, tokenCount) = units.Count(frequency, memories);

        var (expectedFrequency, expectedMemories, expectedUnits, expectedTokens) = CountEveryUnit(units, vocabulary.Count);
        Assert.Equal(expectedUnits, unitCount);
        Assert.Equal(111, unitCount);
        Assert.Equal(expectedTokens, tokenCount);
        Assert.Equal(expectedFrequency, frequency);
        Assert.Equal(expectedMemories, memories);
    }

    private static (int[] Frequency, SortedSet<long> Memories, int Units, long Tokens) CountEveryUnit(MergedUnits units, int vocabularySize)
    {
        var frequency = new int[vocabularySize];
        var memories = new SortedSet<long>();
        var (count, tokens) = (0, 0L);
        units.ForEach((_, _, memoryId, unitTokens) =>
        {
            count++;
            tokens += unitTokens.Length;
            memories.Add(memoryId);
            foreach (var token in unitTokens.ToArray().Distinct()) frequency[token]++;
        });
        return (frequency, memories, count, tokens);
    }

    // a few words shared by many units, one of them twice in some (counted once per unit), one the unit's own
    private static string[] Words(int id, string age) =>
        [age, $"كلمة{id % 7}", $"كلمة{id % 7}", $"رقم{id}", id % 2 == 0 ? "زوجي" : "فردي", "."];
}
