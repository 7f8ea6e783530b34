using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>Loads a glossary of "arabic TAB english" lines (UTF-8; blank lines and lines starting with # are skipped).</summary>
public static class GlossaryFile
{
    public static BilingualLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = TextFile.Read(path);
        var entries = new List<LexiconEntry>();
        var lines = TextLines.Of(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = text.Substring(lines[i].Start, lines[i].Length);
            if (lines[i].IsBlank || line.TrimStart().StartsWith('#')) continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
                throw new InvalidInputException($"{path}({i + 1},{line.Length + 1}): expected 'arabic<TAB>english', found no TAB.");
            var arabic = line[..tab].Trim();
            var english = line[(tab + 1)..].Trim();
            if (arabic.Length == 0) throw new InvalidInputException($"{path}({i + 1},1): the Arabic term before the TAB is empty.");
            if (english.Length == 0) throw new InvalidInputException($"{path}({i + 1},{tab + 2}): the English term after the TAB is empty.");
            entries.Add(new LexiconEntry(arabic, english));
        }
        return new BilingualLexicon(entries);
    }
}
