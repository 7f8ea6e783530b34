using System.Text;

namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>A document's sentences laid out as a page, with the offsets where its sentences end.</summary>
internal sealed record PageLayout(string Text, IReadOnlySet<int> SentenceEnds)
{
    private static readonly char[] FinalMarks = ['.', '!', '?', '؟', '۔', '…'];
    private static readonly char[] Closers = ['"', '\'', '”', '’', '»', ')', ']'];

    public static PageLayout Of(IReadOnlyList<string> sentences)
    {
        var text = new StringBuilder();
        var ends = new HashSet<int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].Trim();
            text.Append(sentence);
            if (i == sentences.Count - 1) break;
            ends.Add(text.Length);
            text.Append(EndsWithFinalMark(sentence) ? ' ' : '\n');
        }
        return new PageLayout(text.ToString(), ends);
    }

    /// <summary>A line for each boundary missed or invented, with the text around it.</summary>
    public IEnumerable<string> Describe(IReadOnlySet<int> predicted)
    {
        foreach (var end in SentenceEnds.Except(predicted).Order()) yield return $"  missed:   {Around(end)}";
        foreach (var end in predicted.Except(SentenceEnds).Order()) yield return $"  invented: {Around(end)}";
    }

    private string Around(int offset)
    {
        var from = Math.Max(0, offset - 40);
        var to = Math.Min(Text.Length, offset + 30);
        return (Text[from..offset] + " ‖ " + Text[offset..to]).ReplaceLineEndings("⏎");
    }

    private static bool EndsWithFinalMark(string sentence)
    {
        var trimmed = sentence.TrimEnd(Closers);
        return trimmed.Length > 0 && FinalMarks.Contains(trimmed[^1]);
    }
}
