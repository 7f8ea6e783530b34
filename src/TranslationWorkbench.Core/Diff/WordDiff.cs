using DiffPlex;

namespace TranslationWorkbench.Core.Diff;

/// <summary>A word-level diff (DiffPlex with <see cref="WordChunker"/>), as runs of kept, deleted and inserted text.</summary>
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
        return operations;
    }

    /// <summary>The old text (<paramref name="forNew"/> false) or the new one, rebuilt from a diff.</summary>
    public static string Apply(IReadOnlyList<DiffOperation> diff, bool forNew)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var skipped = forNew ? DiffKind.Delete : DiffKind.Insert;
        return string.Concat(diff.Where(operation => operation.Kind != skipped).Select(operation => operation.Text));
    }

    private static void Append(List<DiffOperation> operations, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (operations.Count > 0 && operations[^1].Kind == kind) operations[^1] = operations[^1] with { Text = operations[^1].Text + text };
        else operations.Add(new DiffOperation(kind, text));
    }
}
