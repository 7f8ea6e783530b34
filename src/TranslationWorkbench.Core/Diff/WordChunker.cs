using DiffPlex;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Diff;

/// <summary>
/// Cuts text for DiffPlex into the workbench's tokens and the text between them: every Arabic and Latin
/// punctuation mark (، ؛ ؟ included) is a piece of its own, and the pieces put together give the text back.
/// </summary>
public sealed class WordChunker : IChunker
{
    public static WordChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<string>();
        var position = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Start > position) pieces.Add(text[position..token.Start]);
            pieces.Add(token.TextIn(text));
            position = token.End;
        }
        if (position < text.Length) pieces.Add(text[position..]);
        return pieces;
    }
}
