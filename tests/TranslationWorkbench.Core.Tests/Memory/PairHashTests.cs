using TranslationWorkbench.Core.Memory;

namespace TranslationWorkbench.Core.Tests.Memory;

public sealed class PairHashTests
{
    // A shared memory on PostgreSQL stores these hashes: the values must never change. They were computed by the
    // first implementation (a streaming XxHash3 over the same bytes).
    [Fact]
    public void Of_GivesTheStoredValues()
    {
        var plain = new MemoryUnit { Source = "إلى أين؟", Target = "Where to?" };
        var withEverything = new MemoryUnit
        {
            Source = "\uFEFFنص",
            Target = "text",
            SourceMarkup = "<ph x=\"1\"/>نص",
            Context = new UnitContext(42, -7),
        };

        Assert.Equal(7897539484547766088, PairHash.Of(plain));
        Assert.Equal(-3135750674311302132, PairHash.Of(withEverything));
    }

    [Fact]
    public void Of_TellsMarkupAndContextApart()
    {
        var unit = new MemoryUnit { Source = "نص", Target = "text" };

        Assert.NotEqual(PairHash.Of(unit), PairHash.Of(unit with { SourceMarkup = "نص" }));
        Assert.NotEqual(PairHash.Of(unit), PairHash.Of(unit with { Context = new UnitContext(1, null) }));
        Assert.NotEqual(PairHash.Of(unit with { Source = "ab", Target = "c" }), PairHash.Of(unit with { Source = "a", Target = "bc" }));
    }
}
