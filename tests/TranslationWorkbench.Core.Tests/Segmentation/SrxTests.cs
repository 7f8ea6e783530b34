using System.Text;
using TranslationWorkbench.Core.Segmentation;

namespace TranslationWorkbench.Core.Tests.Segmentation;

public sealed class SrxTests
{
    [Fact]
    public void WriteThenRead_GivesTheSameRules()
    {
        var rules = SegmentationRules.Default;
        using var stream = new MemoryStream();

        SrxWriter.Write(rules, stream);
        stream.Position = 0;
        var read = SrxReader.Read(stream, "rules.srx");

        Assert.Equal(rules.Cascade, read.Cascade);
        Assert.Equal(rules.Maps, read.Maps);
        Assert.Equal(rules.For("ar"), read.For("ar"));
        Assert.Equal(rules.For("en-GB"), read.For("en-GB"));
    }

    [Fact]
    public void For_Cascades_LanguageRulesBeforeTheDefault()
    {
        var arabic = SegmentationRules.Default.For("ar-IQ");
        var french = SegmentationRules.Default.For("fr");

        Assert.True(arabic.Count > french.Count);
        Assert.Equal(french, arabic.TakeLast(french.Count));
    }

    [Fact]
    public void Read_UserRule_ChangesTheSplit()
    {
        // Given a user's SRX that forbids a break after "Sq." (a unit abbreviation)
        const string srx = """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body>
              <languagerules>
                <languagerule languagerulename="Mine"><rule break="no"><beforebreak>\bSq\.</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
                <languagerule languagerulename="Default"><rule><beforebreak>[.?!]+</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
              </languagerules>
              <maprules><languagemap languagepattern="en.*" languagerulename="Mine"/><languagemap languagepattern=".*" languagerulename="Default"/></maprules>
            </body></srx>
            """;
        var rules = SrxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(srx)), "mine.srx");

        var segments = new Segmenter(rules.For("en")).Split("It covers 20 Sq. Metres. Fine.");

        Assert.Equal(["It covers 20 Sq. Metres.", "Fine."], segments.Select(segment => segment.Text));
    }

    [Theory]
    [InlineData("<srx xmlns=\"http://www.lisa.org/srx20\"><body><languagerules>", "bad.srx(1,")]
    [InlineData("<rules/>", "bad.srx(1,2): expected an SRX 2.0 <srx> root")]
    [InlineData("<srx xmlns=\"http://www.lisa.org/srx20\"><body><languagerules><languagerule languagerulename=\"X\"><rule><beforebreak>[a-</beforebreak></rule></languagerule></languagerules></body></srx>",
        "bad.srx(1,97): the rule's pattern is not a valid regular expression")]
    [InlineData("<srx xmlns=\"http://www.lisa.org/srx20\"><body><maprules><languagemap languagepattern=\".*\" languagerulename=\"Nope\"/></maprules></body></srx>",
        "bad.srx: <languagemap> names the rule set 'Nope', which no <languagerule> defines.")]
    public void Read_BadFile_SaysWhereAndWhat(string srx, string expectedStart)
    {
        var error = Assert.Throws<InvalidInputException>(() => SrxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(srx)), "bad.srx"));

        Assert.StartsWith(expectedStart, error.Message);
    }
}
