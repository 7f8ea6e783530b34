using System.Text.Json;

namespace TranslationWorkbench.Cli.Tests.Commands;

public sealed class SegmentCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Segment_SeedInterview_PrintsOneSentencePerLine()
    {
        var tw = Tw.Run("segment", Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"), "--lang", "ar");

        Assert.Equal(0, tw.ExitCode);
        Assert.Equal(File.ReadAllLines(Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.sentences")), tw.OutputLines);
    }

    [Fact]
    public void Segment_Json_GivesIndexParagraphStartAndText()
    {
        var path = folder.Write("t.txt", "Mr. Smith left. He came back!\n\nNew paragraph.");

        var tw = Tw.Run("segment", path, "--lang", "en", "--json");

        using var json = JsonDocument.Parse(tw.Output);
        var segments = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["Mr. Smith left.", "He came back!", "New paragraph."], segments.Select(s => s.GetProperty("text").GetString()));
        Assert.Equal([0, 0, 1], segments.Select(s => s.GetProperty("paragraph").GetInt32()));
        Assert.Equal(16, segments[1].GetProperty("start").GetInt32());
    }

    [Fact]
    public void Segment_Rules_UsesTheUsersSrx()
    {
        var srx = folder.Write("mine.srx", """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no"/><body>
              <languagerules><languagerule languagerulename="Commas"><rule><beforebreak>،</beforebreak><afterbreak>\s</afterbreak></rule></languagerule></languagerules>
              <maprules><languagemap languagepattern=".*" languagerulename="Commas"/></maprules>
            </body></srx>
            """);
        var text = folder.Write("t.txt", "أولاً، ثانياً، ثالثاً.");

        var tw = Tw.Run("segment", text, "--rules", srx);

        Assert.Equal(["أولاً،", "ثانياً،", "ثالثاً."], tw.OutputLines);
    }

    [Fact]
    public void Segment_MissingFile_IsAnErrorOnStderr()
    {
        var missing = folder.File("missing.txt");

        var tw = Tw.Run("segment", missing);

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal("", tw.Output);
        Assert.Equal($"error: {missing}: no such file.\n", tw.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Segment_BadLanguage_IsAnError()
    {
        var text = folder.Write("t.txt", "نص.");

        var tw = Tw.Run("segment", text, "--lang", "12");

        Assert.Equal(1, tw.ExitCode);
        Assert.Contains("--lang: '12' is not a BCP 47 language code", tw.Error);
    }
}
