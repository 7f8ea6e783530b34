using System.Text;

namespace TranslationWorkbench.Core.Tests.Interop;

/// <summary>
/// A minimal OmegaT 3.6 project on disk (OmegaT cannot create one from the command line): ar→en, sentence
/// segmentation off and one segment per line of source/interview.txt, so that each line must equal one &lt;seg&gt;.
/// </summary>
internal sealed record OmegaTProject(string Path)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private const string ProjectFile = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <omegat>
            <project version="1.0">
                <source_dir>__DEFAULT__</source_dir>
                <target_dir>__DEFAULT__</target_dir>
                <tm_dir>__DEFAULT__</tm_dir>
                <glossary_dir>__DEFAULT__</glossary_dir>
                <glossary_file>__DEFAULT__</glossary_file>
                <dictionary_dir>__DEFAULT__</dictionary_dir>
                <source_lang>ar</source_lang>
                <target_lang>en</target_lang>
                <source_tok>org.omegat.tokenizer.LuceneArabicTokenizer</source_tok>
                <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
                <sentence_seg>false</sentence_seg>
                <support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags>
            </project>
        </omegat>
        """;

    // OmegaT's text filter joins lines until a blank line unless told to cut at every line break.
    private const string Filters = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <filters>
            <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
                <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
                <option name="segmentOn" value="BREAKS"/>
            </filter>
        </filters>
        """;

    public string TargetFile => System.IO.Path.Combine(Path, "target", "interview.txt");

    public static OmegaTProject Create(string path, IEnumerable<string> sourceLines)
    {
        foreach (var folder in new[] { "source", "target", "tm/auto", "glossary", "dictionary", "omegat", "../config" })
        {
            Directory.CreateDirectory(System.IO.Path.Combine(path, folder));
        }
        File.WriteAllText(System.IO.Path.Combine(path, "omegat.project"), ProjectFile, Utf8);
        File.WriteAllText(System.IO.Path.Combine(path, "omegat", "filters.xml"), Filters, Utf8);
        File.WriteAllText(System.IO.Path.Combine(path, "source", "interview.txt"), string.Join('\n', sourceLines) + "\n", Utf8);
        return new OmegaTProject(path);
    }

    /// <summary>Runs OmegaT's console-translate mode; its exit code is 0 even when it drops a TMX, so read the log too.</summary>
    public (int ExitCode, string Output, string Log) Translate()
    {
        var parent = Directory.GetParent(Path)!.FullName;
        var config = System.IO.Path.Combine(parent, "config");
        return PeerTools.Run("java",
            ["-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", $"-Duser.home={parent}", "-jar", PeerTools.OmegaTJar,
             "--mode=console-translate", $"--config-dir={config}", "--disable-project-locking", "--no-team", Path],
            parent, new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" });
    }
}
