using TranslationWorkbench.Core.Matching;

namespace TranslationWorkbench.Core.Tests.Matching;

public sealed class UnitSpillTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(10)]       // stays in the buffer
    [InlineData(100_000)]  // goes to the file
    public void Read_GivesBackWhatWasAdded_InOrder_TwiceOver(int units)
    {
        using var spill = new UnitSpill(folder.Path);
        for (var i = 0; i < units; i++) spill.Add(i * 3L + (1L << 40), -i, Tokens(i));

        for (var pass = 0; pass < 2; pass++)
        {
            var reader = spill.Read();
            for (var i = 0; i < units; i++)
            {
                Assert.True(reader.Next(out var id, out var memory, out var tokens));
                Assert.Equal(i * 3L + (1L << 40), id);
                Assert.Equal(-i, memory);
                Assert.Equal(Tokens(i), tokens.ToArray());
            }
            Assert.False(reader.Next(out _, out _, out _));
        }
    }

    [Fact]
    public void AUnitLongerThanTheBuffer_GoesThrough()
    {
        using var spill = new UnitSpill(folder.Path);
        var huge = Enumerable.Range(0, 1_000_000).ToArray();
        spill.Add(1, 1, [7, 8]);
        spill.Add(2, 1, huge);
        spill.Add(3, 1, [9]);

        var reader = spill.Read();
        Assert.True(reader.Next(out _, out _, out var first));
        Assert.Equal([7, 8], first.ToArray());
        Assert.True(reader.Next(out var id, out _, out var second));
        Assert.Equal(2, id);
        Assert.Equal(huge, second.ToArray());
        Assert.True(reader.Next(out _, out _, out var third));
        Assert.Equal([9], third.ToArray());
    }

    [Fact]
    public void TheFile_IsGoneWhenTheSpillIs()
    {
        using (var spill = new UnitSpill(folder.Path))
        {
            for (var i = 0; i < 100_000; i++) spill.Add(i, 1, Tokens(i));
            spill.Read();
        }

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private static int[] Tokens(int i) => Enumerable.Range(i % 17, i % 13).ToArray();
}
