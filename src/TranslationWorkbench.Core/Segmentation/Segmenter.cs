using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Segmentation;

/// <summary>Cuts text into sentences with SRX rules; line breaks are hard boundaries, blank lines end paragraphs.</summary>
/// <remarks>
/// A paragraph ends at a blank line. A text with no blank line at all is taken to hold one paragraph per line
/// (the usual layout of exported or pasted text). Segments are trimmed of white space, so the segments in order
/// are the input without the white space between them. The rules see one line at a time, so a rule's ^ is the
/// start of a line (default.srx's list-marker rules rely on it).
/// </remarks>
public sealed class Segmenter
{
    private readonly IReadOnlyList<CompiledRule> rules;

    public Segmenter(IReadOnlyList<SegmentationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules.Select(CompiledRule.Compile).ToList();
    }

    /// <summary>A segmenter with the bundled rules for <paramref name="language"/>.</summary>
    public static Segmenter For(string language) => new(SegmentationRules.Default.For(language));

    public IReadOnlyList<Segment> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLines.Of(text);
        var oneParagraphPerLine = !lines.Any(line => line.IsBlank);
        var segments = new List<Segment>();
        var paragraph = 0;
        var paragraphHasText = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                if (paragraphHasText) paragraph++;
                paragraphHasText = false;
                continue;
            }
            if (oneParagraphPerLine && paragraphHasText) paragraph++;
            SplitLine(text, line, paragraph, segments);
            paragraphHasText = true;
        }
        return segments;
    }

    private void SplitLine(string text, TextLine line, int paragraph, List<Segment> segments)
    {
        var lineText = text.Substring(line.Start, line.Length);
        var start = 0;
        foreach (var boundary in Boundaries(lineText))
        {
            AddTrimmed(text, line.Start + start, line.Start + boundary, paragraph, segments);
            start = boundary;
        }
        AddTrimmed(text, line.Start + start, line.End, paragraph, segments);
    }

    // SRX 2.0 §2.6: at each position a break rule proposes, the first rule (break or not) that applies decides.
    private SortedSet<int> Boundaries(string line)
    {
        var candidates = new SortedSet<int>();
        foreach (var rule in rules)
        {
            if (!rule.Break) continue;
            foreach (var match in rule.Anywhere.EnumerateMatches(line))
            {
                if (match.Index > 0 && match.Index < line.Length) candidates.Add(match.Index);
            }
        }
        candidates.RemoveWhere(position => !rules.First(rule => rule.AppliesAt(line, position)).Break);
        return candidates;
    }

    private static void AddTrimmed(string text, int start, int end, int paragraph, List<Segment> segments)
    {
        while (start < end && ArabicLetters.IsSpace(text[start])) start++;
        while (end > start && ArabicLetters.IsSpace(text[end - 1])) end--;
        if (end > start) segments.Add(new Segment(text.Substring(start, end - start), start, paragraph));
    }
}
