using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Tests.Tmx;

public sealed class TmxValidatorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<TmxProblem> Validate(string body) => TmxValidator.Validate(folder.Write("t.tmx", TmxReaderTests.Tmx(body)));

    [Theory]
    [InlineData("ImportTest1A.tmx")]
    [InlineData("ImportTest1F.tmx")]
    [InlineData("ImportTest1G.tmx")]
    [InlineData("ImportTest1L.tmx")]
    [InlineData("ImportTest2A.tmx")]
    [InlineData("ExportTest2A.tmx")]
    public void Validate_ComplianceKitFiles_AreValid(string file)
    {
        Assert.Empty(TmxValidator.Validate(TestData.Path("tmx", "lisa-compliance-kit", file)));
    }

    [Fact]
    public void Validate_FileWithoutDoctype_IsStillCheckedAgainstTheDtd()
    {
        var path = folder.Write("nodoctype.tmx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
            <body><tu><tuv xml:lang="en"><seg>a</seg></tuv><bogus/></tu></body></tmx>
            """);

        var problems = TmxValidator.Validate(path);

        Assert.Contains(problems, p => p.ToString().StartsWith($"{path}(3,49): The element 'tu' has invalid child element 'bogus'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HeaderWithoutRequiredAttributes_IsInvalid()
    {
        var path = folder.Write("header.tmx", """<tmx version="1.4"><header srclang="en"/><body/></tmx>""");

        var problems = TmxValidator.Validate(path);

        Assert.Contains(problems, p => p.Message.Contains("'creationtool'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""<tu creationdate="20200230T100000Z"><tuv xml:lang="en"><seg>a</seg></tuv></tu>""", "creationdate=\"20200230T100000Z\" is not a real date in TMX format YYYYMMDDThhmmssZ (UTC).")]
    [InlineData("""<tu><tuv xml:lang="en" changedate="2020-02-07"><seg>a</seg></tuv></tu>""", "changedate=\"2020-02-07\" is not a real date in TMX format YYYYMMDDThhmmssZ (UTC).")]
    [InlineData("""<tu usagecount="often"><tuv xml:lang="en"><seg>a</seg></tuv></tu>""", "usagecount=\"often\" is not a number.")]
    [InlineData("""<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="english"><seg>b</seg></tuv></tu>""", "xml:lang=\"english\" is not a BCP 47 language code.")]
    [InlineData("""<tu><tuv xml:lang="ar"><seg>أ</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>""", "<tu> has no <tuv> in the source language 'en' (found: ar, fr).")]
    [InlineData("""<tu><tuv xml:lang="en"><seg><bpt i="1">&lt;b&gt;</bpt>a</seg></tuv></tu>""", "<bpt i=\"1\"> has no <ept i=\"1\"> after it in the same <seg>.")]
    [InlineData("""<tu><tuv xml:lang="en"><seg>a<ept i="2">&lt;/b&gt;</ept></seg></tuv></tu>""", "<ept i=\"2\"> has no <bpt i=\"2\"> before it in the same <seg>.")]
    [InlineData("""<tu><tuv xml:lang="en"><seg>a<ph x="1">&lt;br/&gt;</ph></seg></tuv><tuv xml:lang="ar"><seg>أ<ph x="2">&lt;br/&gt;</ph></seg></tuv></tu>""", "the x values of the unit's variants differ ({1} / {2}); each inline code must have its counterpart.")]
    public void Validate_RulesTheDtdCannotExpress_AreChecked(string body, string message)
    {
        var problems = Validate(body);

        var problem = Assert.Single(problems);
        Assert.Equal(message, problem.Message);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Validate_AnEmptyFile_IsSaidToBeEmpty()
    {
        var path = folder.Write("empty.tmx", "");

        var error = Assert.Throws<InvalidInputException>(() => TmxValidator.Validate(path));

        Assert.Equal($"{path}: is empty.", error.Message);
    }

    [Fact]
    public void Validate_FileCutShort_GivesThePlaceOnceInFront()
    {
        var whole = TmxReaderTests.Tmx("""<tu><tuv xml:lang="en"><seg>a</seg></tuv></tu>""");
        var path = folder.Write("cut.tmx", whole[..whole.IndexOf("<seg>", StringComparison.Ordinal)]);

        var problem = Assert.Single(TmxValidator.Validate(path));

        Assert.StartsWith("not well-formed XML: ", problem.Message);
        Assert.DoesNotContain("position", problem.Message);
        Assert.True(problem.Line > 1);
    }

    [Theory]
    [InlineData("Translation notes for the Rudaw interview")]                                                     // no XML at all
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><tmx version=\"1.4><header/></tmx>")]                // broken on line 1, after the declaration
    public void Validate_AFileWithoutDoctype_GivesThePlaceTheImportGives(string content)
    {
        var path = folder.Write("line1.tmx", content);

        var problem = Assert.Single(TmxValidator.Validate(path));
        var error = Assert.Throws<InvalidInputException>(() =>
        {
            using var reader = TmxReader.Open(path);
            return reader.Units().ToList();
        });

        Assert.StartsWith($"{path}({problem.Line},{problem.Column}): ", error.Message);
    }

    [Fact]
    public void Validate_SrclangAll_NeedsNoParticularVariant()
    {
        var path = folder.Write("all.tmx", TmxReaderTests.Tmx("""<tu><tuv xml:lang="ar"><seg>أ</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>""").Replace("srclang=\"en\"", "srclang=\"*all*\"", StringComparison.Ordinal));

        Assert.Empty(TmxValidator.Validate(path));
    }

    [Fact]
    public void Validate_EntityBombAndExternalEntities_AreProblemsNotHangs()
    {
        var bomb = folder.Write("bomb.tmx", """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [
             <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
             <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
             <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
             <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            ]>
            <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</seg></tuv></tu></body></tmx>
            """);
        var external = folder.Write("external.tmx", """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "http://example.invalid/evil.dtd">
            <tmx version="1.4"><header/><body/></tmx>
            """);

        Assert.Contains(TmxValidator.Validate(bomb), p => p.Message.Contains("MaxCharactersFromEntities", StringComparison.Ordinal));
        Assert.Contains(TmxValidator.Validate(external), p => p.Message.Contains("is not fetched", StringComparison.Ordinal));
    }
}
