namespace TranslationWorkbench.Core.Matching;

/// <summary>Match tokens as 64-bit hashes (XXH3): ids that need no shared vocabulary, so that several workbenches can write one server's postings at once.</summary>
public static class TokenHashes
{
    public static long Of(string token) => Text.TextHash.Of(token);

    /// <summary>The hashes of a text's match tokens, in order.</summary>
    public static long[] OfText(string text) => MatchTokens.Of(text).Select(Of).ToArray();
}
