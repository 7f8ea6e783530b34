using System.Globalization;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>Reads and writes alignments in Vecalign's format: one bead per line, "[1,2]:[1]", "[3]:[]", 0-based, Arabic first.</summary>
/// <remarks>
/// The writer writes no spaces and, when asked, a TAB and the bead's confidence. The reader also takes what
/// Vecalign's <c>read_alignments</c> takes (Python list literals, so "[1, 2]"), ignores a trailing TAB and number
/// (keeping it as the bead's confidence; 1 when there is none) and skips blank lines.
/// </remarks>
public static class BeadFormat
{
    /// <summary>"[1,2]:[1]".</summary>
    public static string Format(Bead bead)
    {
        ArgumentNullException.ThrowIfNull(bead);
        return $"[{string.Join(',', bead.Source)}]:[{string.Join(',', bead.Target)}]";
    }

    public static void Write(TextWriter writer, IEnumerable<Bead> beads, bool withConfidence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(beads);
        foreach (var bead in beads)
        {
            writer.Write(Format(bead));
            if (withConfidence) writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{bead.Confidence:0.000}"));
            writer.Write('\n');
        }
    }

    public static string ToText(IEnumerable<Bead> beads, bool withConfidence)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, beads, withConfidence);
        return text.ToString();
    }

    public static IReadOnlyList<Bead> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(TextFile.Read(path), path);
    }

    /// <param name="name">The file name used in error messages.</param>
    public static IReadOnlyList<Bead> Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var beads = new List<Bead>();
        var lines = TextLines.Of(text);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            beads.Add(new LineParser(text.Substring(lines[i].Start, lines[i].Length), name, i + 1).Bead());
        }
        return beads;
    }

    private sealed class LineParser(string line, string name, int lineNumber)
    {
        private int position;

        public Bead Bead()
        {
            var source = List();
            SkipSpaces();
            Expect(':');
            var target = List();
            SkipSpaces();
            var confidence = 1.0;
            if (position < line.Length)
            {
                var rest = line[position..].Trim();
                if (!double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out confidence) || confidence is < 0 or > 1)
                    throw Error($"expected the end of the line or a confidence between 0 and 1, found '{rest}'");
            }
            if (source.Count == 0 && target.Count == 0) throw Error("expected a sentence index on at least one side, found '[]:[]'", column: 1);
            return new Bead(source, target, confidence);
        }

        private List<int> List()
        {
            SkipSpaces();
            Expect('[');
            var indices = new List<int>();
            SkipSpaces();
            if (Peek() == ']')
            {
                position++;
                return indices;
            }
            while (true)
            {
                SkipSpaces();
                indices.Add(Index());
                SkipSpaces();
                if (Peek() == ']')
                {
                    position++;
                    return indices;
                }
                Expect(',');
            }
        }

        private int Index()
        {
            var start = position;
            while (position < line.Length && char.IsAsciiDigit(line[position])) position++;
            if (position == start) throw Error($"expected a sentence index (0, 1, 2, …), found {Found()}", column: start + 1);
            if (!int.TryParse(line.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                throw Error($"expected a sentence index, found the out-of-range number {line[start..position]}", column: start + 1);
            return index;
        }

        private void Expect(char expected)
        {
            if (Peek() != expected) throw Error($"expected '{expected}', found {Found()}");
            position++;
        }

        private char Peek() => position < line.Length ? line[position] : '\0';

        private string Found() => position < line.Length ? $"'{line[position]}'" : "the end of the line";

        private void SkipSpaces()
        {
            while (position < line.Length && line[position] is ' ' or '\t') position++;
        }

        private InvalidInputException Error(string message, int? column = null) =>
            new($"{name}({lineNumber},{column ?? position + 1}): {message}.");
    }
}
