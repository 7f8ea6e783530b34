using System.Text;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Tests.Tmx;

public sealed class TmxReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Kit(string name) => TestData.Path("tmx", "lisa-compliance-kit", name);

    private static List<TmxUnit> ReadAll(string path)
    {
        using var reader = TmxReader.Open(path);
        return reader.Units().ToList();
    }

    public static TheoryData<string> KitFiles() =>
        new(Directory.GetFiles(TestData.Path("tmx", "lisa-compliance-kit"), "*.tmx").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(KitFiles))]
    public void Open_EveryComplianceKitFile_ReadsHeaderAndUnits(string file)
    {
        using var reader = TmxReader.Open(Kit(file));

        var units = reader.Units().ToList();

        Assert.Equal("1.4", reader.Header.Version);
        Assert.NotEmpty(reader.Header.SourceLanguage);
        Assert.NotEmpty(units);
        Assert.All(units, unit => Assert.True(unit.Variants.Count >= 2, $"unit at line {unit.Line} has {unit.Variants.Count} variants"));
    }

    [Theory]
    [InlineData("ImportTest1D.tmx")] // UTF-8 with BOM
    [InlineData("ImportTest1E.tmx")] // UTF-8 without BOM
    [InlineData("ImportTest1F.tmx")] // UTF-16 little-endian with BOM
    [InlineData("ImportTest1G.tmx")] // UTF-16 big-endian with BOM
    [InlineData("ImportTest1H.tmx")] // us-ascii with character references
    public void Units_AnyEncoding_DecodeCharactersAndReferencesAlike(string file)
    {
        var units = ReadAll(Kit(file));

        Assert.Equal("à=agrave, é=eacute, æ=aelig", units[0].Variants[0].Text);
        Assert.Equal("ÿ=U+00FF, ™=U+2122, ’=U+2019", units[1].Variants[1].Text);
        Assert.Equal("“=U+201C, –=U+2013, ¤=U+00A4", units[2].Variants[0].Text);
    }

    [Fact]
    public void Units_WhiteSpaceInsideSegments_IsKeptExactly()
    {
        var units = ReadAll(Kit("ImportTest1A.tmx"));

        Assert.Equal("First segment with [\t\t   ]", units[0].Variants[0].Text);
        Assert.Equal("Second segment avec [  \t\t]", units[1].Variants[1].Text);
        Assert.Equal("Japanese segment with [\u3000\u3000]", ReadAll(Kit("ImportTest1I.tmx"))[0].Variants[1].Text);
    }

    [Fact]
    public void Units_InlineCodes_StayAsMarkupAndLeaveTheText()
    {
        var unit = ReadAll(Kit("ImportTest2A.tmx"))[0];

        var english = unit.Variants[0];
        Assert.Equal("The big black cat sleeps.", english.Text);
        Assert.Equal("The big <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>black<ept i=\"1\">&lt;/b&gt;</ept> <bpt i=\"2\" x=\"2\" type=\"ulined\">&lt;u&gt;</bpt>cat<ept i=\"2\">&lt;/u&gt;</ept> sleeps.", english.Markup);
        Assert.Equal("fr-ca", unit.Variants[1].Language);
    }

    [Fact]
    public void Units_HighlightKeepsItsTextAndEscapedCharactersAreDecoded()
    {
        var path = folder.Write("hi.tmx", Tmx("""<tu><tuv xml:lang="en"><seg>A &lt;tag&gt; &amp; <hi type="b">bold <ph x="1">&lt;br/&gt;</ph>word</hi>.</seg></tuv><tuv xml:lang="ar"><seg>نص</seg></tuv></tu>"""));

        var english = ReadAll(path)[0].Variants[0];

        Assert.Equal("A <tag> & bold word.", english.Text);
        Assert.Equal("A &lt;tag&gt; &amp; <hi type=\"b\">bold <ph x=\"1\">&lt;br/&gt;</ph>word</hi>.", english.Markup);
    }

    [Fact]
    public void Units_Tmx11LangAttribute_IsRead()
    {
        var path = folder.Write("old.tmx", """
            <?xml version="1.0"?>
            <tmx version="1.1"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/>
            <body><tu><tuv lang="AR"><seg>مرحبا</seg></tuv><tuv lang="EN"><seg>Hello</seg></tuv></tu></body></tmx>
            """);

        using var reader = TmxReader.Open(path);
        var unit = Assert.Single(reader.Units());

        Assert.Equal("1.1", reader.Header.Version);
        Assert.Equal(["AR", "EN"], unit.Variants.Select(v => v.Language));
    }

    [Fact]
    public void Units_AttributesPropsAndNotes_AreRead()
    {
        var unit = Assert.Single(ReadAll(Kit("ImportTest1L.tmx")));

        Assert.Equal("tu001", unit.TuId);
        Assert.Equal(100, unit.Audit.UsageCount);
        Assert.Equal(new DateTimeOffset(2002, 5, 23, 9, 12, 0, TimeSpan.Zero), unit.Audit.CreationDate);
        Assert.Equal("ys", unit.Audit.ChangeId);
        Assert.Equal(["Text of tu note 1", "Text of tu note 2", "Data"], unit.Properties.Select(p => p.Value));
        Assert.Equal([null, null, "myPropeType"], unit.Properties.Select(p => p.Type));
        Assert.Equal(3, unit.Variants[0].Properties.Count);
    }

    [Fact]
    public void Units_UnrealDateOrUsageCount_AreWarnings()
    {
        var path = folder.Write("dates.tmx", Tmx("""<tu creationdate="20200230T100000Z" usagecount="many"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>ب</seg></tuv></tu>"""));

        var unit = Assert.Single(ReadAll(path));

        Assert.Null(unit.Audit.CreationDate);
        Assert.Equal(2, unit.Warnings.Count);
        Assert.Equal($"{path}(4): creationdate=\"20200230T100000Z\" is not a TMX date (YYYYMMDDThhmmssZ); ignored", unit.Warnings[0]);
        Assert.StartsWith($"{path}(4): usagecount=\"many\"", unit.Warnings[1]);
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "empty", "", ": is empty." },
        { "white space", " \n\t\u00A0\r\n", ": contains no text, only white space." },
        { "not XML", "this is not XML at all", "(1,1): not well-formed XML: Data at the root level is invalid" },
        { "wrong root", "<?xml version=\"1.0\"?>\n<html><body/></html>", "(2,2): expected a <tmx> root element, found <html>." },
        { "missing header", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>", "(2,21): expected <header> as the first element of <tmx>, found <body>." },
        { "missing body", "<tmx version=\"1.4\"><header/></tmx>", "(1,31): expected <body> after <header>, found </tmx>." },
        { "entity bomb", """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>
            """, "(3,77): not well-formed XML: Reference to undeclared entity 'lol3'." },
        { "external entity", """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu></body></tmx>
            """, "(3,77): not well-formed XML: Reference to undeclared entity 'secret'." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Open_BadFile_SaysWhereAndWhat(string name, string content, string expected)
    {
        var path = folder.Write(name + ".tmx", content);

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.StartsWith(path + expected, error.Message);
    }

    [Fact]
    public void Units_TruncatedFile_FailsAtTheEnd_NotBefore()
    {
        // Given a file cut in the middle of its second unit
        var path = folder.Write("truncated.tmx", Tmx("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu><tu><tuv xml:lang=\"en\"><seg>b</seg></tuv></tu>")[..^40]);
        using var reader = TmxReader.Open(path);
        var read = new List<TmxUnit>();

        var error = Assert.Throws<InvalidInputException>(() => read.AddRange(reader.Units()));

        // Then the first unit was read and the error names the end of the file
        Assert.Single(read);
        Assert.Equal($"{path}(4,73): not well-formed XML: There is an unclosed literal string. The file stops there, in the middle of a line: is it cut short?", error.Message);
    }

    [Fact]
    public void Units_FileCutInsideAnEntity_SaysItEndsThere()
    {
        var whole = Tmx("<tu><tuv xml:lang=\"en\"><seg>it&apos;s</seg></tuv></tu>");
        var path = folder.Write("cut.tmx", whole[..(whole.IndexOf("&apos;", StringComparison.Ordinal) + 3)]);

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.EndsWith(" The file stops there, in the middle of a line: is it cut short?", error.Message);
    }

    [Fact]
    public void Units_BrokenXmlBeforeTheEnd_IsNotCalledCut()
    {
        var path = folder.Write("broken.tmx", Tmx("<tu><tuv xml:lang=\"en\"><seg>a & b</seg></tuv></tu>"));

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.DoesNotContain("cut short", error.Message);
    }

    [Fact]
    public void Units_AMistypedEndTagOnTheLastLine_IsNotCalledCut()
    {
        var path = folder.Write("typo.tmx", Tmx("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>").Replace("</tmx>", "</tnx>", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.DoesNotContain("cut short", error.Message);
    }

    [Fact]
    public void Open_BinaryFile_IsAnError()
    {
        var path = folder.Write("image.tmx", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.StartsWith(path + "(", error.Message);
        Assert.DoesNotContain("cut short", error.Message);
    }

    [Fact]
    public void Open_AFileCutInsideItsDoctype_IsNotAskedWhetherItIsXml()
    {
        var path = folder.Write("cut-doctype.tmx", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYS");

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.Equal($"{path}(2,15): not well-formed XML: Unexpected end of file has occurred.", error.Message);
    }

    [Fact]
    public void Open_ARootCutInItsAttributes_IsCalledCut()
    {
        var path = folder.Write("cut-root.tmx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4");

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.EndsWith(" The file stops there, in the middle of a line: is it cut short?", error.Message);
    }

    [Fact]
    public void Open_ALineOfPlainText_IsNoTmx_NotATmxCutShort()
    {
        var path = folder.Write("notes.tmx", "Translation notes for the Rudaw interview");

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.Equal($"{path}(1,1): not well-formed XML: Data at the root level is invalid. It does not begin as XML does (<?xml … or <tmx>): is it a TMX file?", error.Message);
    }

    [Fact]
    public void Open_TheDtdItself_IsNamedAsADtd()
    {
        // the first lines of tmx14.dtd: comments, then declarations
        var path = folder.Write("tmx14.tmx", "<!-- TMX 1.4 DTD -->\n<!ENTITY % segtypes \"block|paragraph|sentence|phrase\">\n<!ELEMENT tmx (header, body)>\n");

        var error = Assert.Throws<InvalidInputException>(() => ReadAll(path));

        Assert.StartsWith($"{path}(2,3): not well-formed XML: 'ENTITY' is an unexpected token.", error.Message);
        Assert.EndsWith(" It reads as a DTD (<!ENTITY, <!ELEMENT …), such as tmx14.dtd, not a TMX file.", error.Message);
    }

    internal static string Tmx(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>{body}</body>
        </tmx>
        """;

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
