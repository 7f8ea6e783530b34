using TranslationWorkbench.Core.Matching;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tests.Matching;

/// <summary>The postings are written a range of tokens at a time; the file must not depend on how many ranges it took.</summary>
public sealed class FuzzyIndexFileWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(1)]      // every token alone; the commonest written straight through
    [InlineData(7)]
    [InlineData(1000)]
    public void AFileWrittenInManyPasses_IsTheFileWrittenInOne(int postingsPerPass)
    {
        var once = Write("once.fuzzy", FuzzyIndexFileWriter.PostingsPerPass);
        var inPasses = Write("passes.fuzzy", postingsPerPass);

        Assert.Equal(File.ReadAllBytes(once), File.ReadAllBytes(inPasses));
    }

    [Fact]
    public void TheFile_HoldsEveryUnitWithItsTokens()
    {
        var path = Write("index.fuzzy", 5);

        using var file = FuzzyIndexFile.Open(path)!;
        Assert.Equal(300, file.UnitCount);
        for (var ordinal = 0; ordinal < file.UnitCount; ordinal++)
        {
            var words = file.Tokens(ordinal).ToArray().Select(file.TokenText).ToArray();
            Assert.Equal(MatchTokens.Of(Sentence(ordinal)), words);
            foreach (var token in file.Tokens(ordinal)) Assert.Contains(ordinal, file.Postings(token).ToArray());
        }
    }

    private static string Sentence(int i) => $"قال المتحدث {i % 11} إن التحالف {i % 5} نفذ {i} ضربات في {i % 3} مناطق.";

    private string Write(string name, int postingsPerPass)
    {
        using var builder = new FuzzyIndexBuilder(folder.Path);
        for (var i = 0; i < 300; i++) builder.AddKey(i + 1, 1, MatchKey.Of(Sentence(i)));
        var path = folder.File(name);
        builder.Write(path, 300, 0, postingsPerPass);
        return path;
    }
}
