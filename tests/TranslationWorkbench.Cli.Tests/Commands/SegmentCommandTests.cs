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

    [Theory]
    // no --lang: a text without one Arabic letter gets the English rules, and a note on stderr says so
    [InlineData("Mr. Smith met St. John and Rev. Green. They talked.", "", "Mr. Smith met St. John and Rev. Green.|They talked.", true)]
    [InlineData("1. Introduction\n2. Background", "", "1. Introduction|2. Background", true)]
    [InlineData("قال د. أحمد إن الوضع مستقر. وغادر.", "", "قال د. أحمد إن الوضع مستقر.|وغادر.", false)]
    [InlineData("The word كتاب means book. It is common.", "", "The word كتاب means book.|It is common.", false)]
    // --lang given: the translator's choice stands, without a note
    [InlineData("Mr. Smith left. He came back.", "ar", "Mr.|Smith left.|He came back.", false)]
    [InlineData("Mr. Smith left. He came back.", "en", "Mr. Smith left.|He came back.", false)]
    [InlineData("قال د. أحمد إن الوضع مستقر. وغادر.", "ar", "قال د. أحمد إن الوضع مستقر.|وغادر.", false)]
    public void Segment_WithoutLang_ChoosesTheRulesByTheScript(string content, string lang, string expected, bool noted)
    {
        var path = folder.Write("t.txt", content);
        string[] args = lang.Length == 0 ? ["segment", path] : ["segment", path, "--lang", lang];

        var tw = Tw.Run(args);

        Assert.Equal(0, tw.ExitCode);
        Assert.Equal(expected.Split('|'), tw.OutputLines);
        var note = $"note: {path} has no Arabic letter; segmented with the English rules (give --lang to choose).\n";
        Assert.Equal(noted ? note : "", tw.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Segment_EnglishTextWithoutLangAsJson_KeepsStdoutJson()
    {
        var path = folder.Write("t.txt", "Rev. Green left. He came back.");

        var tw = Tw.Run("segment", path, "--json");

        using var json = JsonDocument.Parse(tw.Output);
        Assert.Equal(["Rev. Green left.", "He came back."], json.RootElement.EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.StartsWith($"note: {path} has no Arabic letter;", tw.Error, StringComparison.Ordinal);
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
