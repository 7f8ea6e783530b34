using DiffPlex;

namespace TranslationWorkbench.Core.Diff;

/// <summary>A word-level diff (DiffPlex with <see cref="WordChunker"/>), as runs of kept, deleted and inserted text.</summary>
/// <remarks>
/// A reworded phrase comes out of DiffPlex as changes interleaved with the spaces and short words the two wordings
/// happen to share ("[-a-]{+several+} [-number-]{+areas+} of[- areas in-]"). Such a kept piece, no longer than the
/// changes on either side of it, is folded into them, as diff-match-patch's semantic clean-up does, so the phrase
/// reads as one change: "[-a number of areas in-]{+several areas of+}".
/// </remarks>
public static class WordDiff
{
    public static IReadOnlyList<DiffOperation> Between(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var operations = new List<DiffOperation>();
        var oldPosition = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(operations, DiffKind.Equal, result.PiecesOld, oldPosition, block.DeleteStartA - oldPosition);
            Append(operations, DiffKind.Delete, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(operations, DiffKind.Insert, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldPosition = block.DeleteStartA + block.DeleteCountA;
        }
        Append(operations, DiffKind.Equal, result.PiecesOld, oldPosition, result.PiecesOld.Count - oldPosition);
        return FoldShortEqualities(operations);
    }

    /// <summary>The old text (<paramref name="forNew"/> false) or the new one, rebuilt from a diff.</summary>
    public static string Apply(IReadOnlyList<DiffOperation> diff, bool forNew)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var skipped = forNew ? DiffKind.Delete : DiffKind.Insert;
        return string.Concat(diff.Where(operation => operation.Kind != skipped).Select(operation => operation.Text));
    }

    private static List<DiffOperation> FoldShortEqualities(List<DiffOperation> operations)
    {
        var groups = new List<(string Deleted, string Inserted, string? Kept)>();
        foreach (var operation in operations)
        {
            if (operation.Kind == DiffKind.Equal)
            {
                groups.Add(("", "", operation.Text));
                continue;
            }
            if (groups.Count == 0 || groups[^1].Kept is not null) groups.Add(("", "", null));
            var (deleted, inserted, _) = groups[^1];
            groups[^1] = operation.Kind == DiffKind.Delete ? (deleted + operation.Text, inserted, null) : (deleted, inserted + operation.Text, null);
        }
        // a kept piece between two changes, no longer than either: into both sides of one change
        for (var i = 1; i + 1 < groups.Count; i++)
        {
            var (before, kept, after) = (groups[i - 1], groups[i], groups[i + 1]);
            if (kept.Kept is not { } text || before.Kept is not null || after.Kept is not null) continue;
            if (text.Length > Math.Max(before.Deleted.Length, before.Inserted.Length) || text.Length > Math.Max(after.Deleted.Length, after.Inserted.Length)) continue;
            groups[i - 1] = (before.Deleted + text + after.Deleted, before.Inserted + text + after.Inserted, null);
            groups.RemoveRange(i, 2);
            i = Math.Max(0, i - 3); // the kept piece before the grown change may fold now too
        }
        var folded = new List<DiffOperation>();
        foreach (var (deleted, inserted, kept) in groups)
        {
            if (kept is not null) folded.Add(new DiffOperation(DiffKind.Equal, kept));
            if (deleted.Length > 0) folded.Add(new DiffOperation(DiffKind.Delete, deleted));
            if (inserted.Length > 0) folded.Add(new DiffOperation(DiffKind.Insert, inserted));
        }
        return folded;
    }

    private static void Append(List<DiffOperation> operations, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (operations.Count > 0 && operations[^1].Kind == kind) operations[^1] = operations[^1] with { Text = operations[^1].Text + text };
        else operations.Add(new DiffOperation(kind, text));
    }
}
