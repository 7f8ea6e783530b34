using System.Text;
using System.Text.Json;

namespace TranslationWorkbench.Cli.Tests.Commands;

/// <summary>`tw import`, `tw docs` and `tw show` against a real workspace file.</summary>
public sealed class DocumentCommandsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string workspace;

    public DocumentCommandsTests() => workspace = folder.File("workbench.db");

    public void Dispose() => folder.Dispose();

    private static string Seed => Tw.Sample("rudaw-2020-02-07-caggins-interview.ar.txt");

    [Fact]
    public void Import_PrintsIdSegmentsAndWords_AndSaysSoTheSecondTime()
    {
        var first = Tw.Run("import", Seed, "--workspace", workspace, "--name", "interview");
        var second = Tw.Run("import", Seed, "--workspace", workspace);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("imported document 1 'interview' (ar→en): 45 segments, 1,733 words.\n", first.Output.ReplaceLineEndings("\n"));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("already imported as document 1 'interview' (45 segments, 1,733 words); nothing changed.\n", second.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DocsDelete_ADocumentNobodyTranslated_Goes_OneWithTranslationsWantsYes()
    {
        Tw.Run("import", Seed, "--workspace", workspace, "--name", "interview");
        Tw.Run("import", folder.Write("other.txt", "جملة جديدة لا نعرفها.\n"), "--workspace", workspace, "--name", "other");
        Tw.Typing("A new sentence we do not know.\n", "translate", "other", "--workspace", workspace);

        var untranslated = Tw.Run("docs", "delete", "interview", "--workspace", workspace);
        var refused = Tw.Run("docs", "delete", "other", "--workspace", workspace);
        var withYes = Tw.Run("docs", "delete", "2", "--yes", "--workspace", workspace);

        Assert.Equal((0, "deleted document 1 'interview' with its segments and revisions; the memory keeps the units confirmed from it"), (untranslated.ExitCode, untranslated.Output.Trim()));
        Assert.Equal((1, "error: document 2 'other' has 1 translated or drafted segment; give --yes to delete it with them (tw export 2 --output FILE keeps the translation first); nothing changed."), (refused.ExitCode, refused.Error.Trim()));
        Assert.Equal(0, withYes.ExitCode);
        Assert.Contains("no documents yet", Tw.Run("docs", "--workspace", workspace).Output);
        Assert.Contains("target: A new sentence we do not know.", Tw.Run("tm", "search", "جملة جديدة لا نعرفها.", "--workspace", workspace).Output);
    }

    [Theory]
    [InlineData("rudaw-2020-02-07-caggins-interview.en.txt", "ar", "has not one Arabic letter, yet it would be imported as ar; if it is the translation of an Arabic text, align the two (tw align ARABIC.txt ")]
    [InlineData("rudaw-2020-02-07-caggins-interview.en.txt", "ar", "; if it is a text to translate, give its language and the one it goes into, such as --lang en --target-lang ar.")]
    [InlineData("rudaw-2020-02-07-caggins-interview.en.txt", "en", "the source and target languages are both en; give the text's own language (--lang) and the one it is translated into (--target-lang).")]
    [InlineData("rudaw-2020-02-07-caggins-interview.ar.txt", "en", "is written in Arabic script, yet it would be imported as en; is it ar (--lang ar)?")]
    [InlineData("rudaw-2020-02-07-caggins-interview.ar.txt", "fr", "is written in Arabic script, yet it would be imported as fr; is it ar (--lang ar)?")]
    public void Import_TheWrongSide_OrOneLanguageTwice_IsAnError_AndImportsNothing(string sample, string language, string message)
    {
        var tw = Tw.Run("import", Tw.Sample(sample), "--lang", language, "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.Contains(message, tw.Error);
        // the file as it was given, not only its name
        Assert.StartsWith($"error: {Tw.Sample(sample)}: ", tw.Error);
        Assert.Equal(1, Tw.Run("show", "1", "--workspace", workspace).ExitCode); // no document 1
    }

    [Fact]
    public void Import_TheEnglishSide_GivenItsLanguages_AsAdvised_IsImported()
    {
        var english = Tw.Sample("rudaw-2020-02-07-caggins-interview.en.txt");

        var advised = Tw.Run("import", english, "--lang", "en", "--target-lang", "ar", "--workspace", workspace);

        Assert.Equal(0, advised.ExitCode);
        Assert.StartsWith("imported document 1 'rudaw-2020-02-07-caggins-interview.en' (en→ar)", advised.Output);
    }

    [Fact]
    public void Docs_ListsProgress()
    {
        Tw.Run("import", Seed, "--workspace", workspace, "--name", "interview");

        var tw = Tw.Run("docs", "--workspace", workspace);

        Assert.Equal(0, tw.ExitCode);
        Assert.Contains("   1  0/45           0/1,733             0%  -                 interview (ar→en)", tw.Output);
    }

    [Fact]
    public void Docs_Json_IsParseable()
    {
        Tw.Run("import", Seed, "--workspace", workspace);

        var tw = Tw.Run("docs", "--workspace", workspace, "--json");

        var document = Assert.Single(JsonDocument.Parse(tw.Output).RootElement.EnumerateArray());
        Assert.Equal(45, document.GetProperty("segments").GetInt32());
        Assert.Equal("ar", document.GetProperty("sourceLanguage").GetString());
    }

    [Fact]
    public void Show_ListsSegmentsWithStatus_ByIdOrName()
    {
        Tw.Run("import", Seed, "--workspace", workspace, "--name", "interview");

        var byName = Tw.Run("show", "interview", "--workspace", workspace);
        var byId = Tw.Run("show", "1", "--workspace", workspace);

        Assert.Equal(byName.Output, byId.Output);
        Assert.Contains("  14 #14    [new] رووداو: هل استأنف التحالف الدولي مهامه المشتركة مع الجيش العراقي لمكافحة داعش؟", byId.Output);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("windows-1256")]
    [InlineData("folder")]
    [InlineData("missing")]
    public void Import_BadFile_FailsWithoutTouchingTheWorkspace(string kind)
    {
        Tw.Run("import", Seed, "--workspace", workspace);
        // Closing the pooled connections checkpoints the WAL into the file now, not at some moment during the
        // command under test (the pool closes idle connections on a timer: this test failed on a busy machine).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = File.ReadAllBytes(workspace);
        var path = kind switch
        {
            "empty" => folder.Write("empty.txt", ""),
            "binary" => folder.Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
            "windows-1256" => folder.Write("legacy.txt", CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes("رووداو")),
            "folder" => folder.Path,
            _ => folder.File("missing.txt"),
        };

        var tw = Tw.Run("import", path, "--workspace", workspace);

        Assert.Equal(1, tw.ExitCode);
        Assert.StartsWith($"error: {path}", tw.Error);
        Assert.DoesNotContain("   at ", tw.Error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(workspace));
        Assert.Single(JsonDocument.Parse(Tw.Run("docs", "--json", "--workspace", workspace).Output).RootElement.EnumerateArray());
    }

    [Fact]
    public void AnyCommand_WorkspaceThatIsNotADatabase_IsAnError()
    {
        var notes = folder.Write("notes.txt", "my notes");

        var tw = Tw.Run("docs", "--workspace", notes);

        Assert.Equal(1, tw.ExitCode);
        Assert.Equal($"error: {notes}: is not a workspace (not an SQLite database); give another --workspace path.", tw.Error.Trim());
        Assert.Equal("my notes", File.ReadAllText(notes));
    }

    [Theory]
    [InlineData("docs")]
    [InlineData("show", "1")]
    [InlineData("tm", "search", "داعش")]
    [InlineData("check")]
    public void ReadingCommand_OnAPathWithNoWorkspace_IsAnError_AndCreatesNothing(params string[] command)
    {
        var missing = folder.File("typo.db");

        var tw = Tw.Run([.. command, "--workspace", missing]);

        Assert.Equal(1, tw.ExitCode);
        Assert.StartsWith($"error: {missing}: no such workspace; `tw import FILE` or `tw tm import FILE` makes one", tw.Error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void ImportingCommand_ThatFails_LeavesNoNewWorkspaceBehind()
    {
        var fresh = folder.File("fresh.db");
        var broken = folder.Write("broken.tmx", "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"ar\"><seg>نص");
        var english = folder.Write("english.txt", "Only English here.");

        var tmx = Tw.Run("tm", "import", broken, "--workspace", fresh);
        var text = Tw.Run("import", english, "--workspace", fresh);

        Assert.Equal((1, 1), (tmx.ExitCode, text.ExitCode));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(fresh)!, "fresh.db*"));
    }

    [Fact]
    public void ImportingCommand_ThatFails_KeepsAnExistingWorkspace()
    {
        Assert.Equal(0, Tw.Run("import", Seed, "--workspace", workspace).ExitCode);

        var failed = Tw.Run("import", folder.Write("english.txt", "Only English here."), "--workspace", workspace);

        Assert.Equal(1, failed.ExitCode);
        Assert.Single(JsonDocument.Parse(Tw.Run("docs", "--json", "--workspace", workspace).Output).RootElement.EnumerateArray());
    }
}
