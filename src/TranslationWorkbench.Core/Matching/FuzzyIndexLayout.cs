namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The fuzzy index file, version 2: a 96-byte header, then sections aligned to 8 bytes, little-endian.
/// Token ids are assigned by falling document frequency, so the commonest tokens have the smallest ids.
/// </summary>
/// <remarks>
/// <code>
/// header         magic "TWFZIDX1", version, unit count N, vocabulary size V, reserved,
///                covered max unit id, covered change seq, token count T, string chars C, posting count P
/// unit ids       N × int64, ascending
/// unit memories  N × int64
/// token starts   (N + 1) × int64 into the token pool
/// token pool     T × int32 token ids, each unit's match tokens in order
/// string starts  (V + 1) × int32 into the string pool
/// string pool    C × UTF-16 code units, token id order
/// sorted ids     V × int32 token ids in ordinal order of their text (lookup by binary search)
/// posting starts (V + 1) × int64
/// postings       P × int32 unit ordinals, each unit once per distinct token, ordered by memory, unit length
///                and ordinal (<see cref="PostingKeys"/>; version 1 had ordinal order)
/// </code>
/// </remarks>
internal static class FuzzyIndexLayout
{
    public const int HeaderBytes = 96;
    public const int Version = 2;
    public static ReadOnlySpan<byte> Magic => "TWFZIDX1"u8;

    public static long Align(long offset) => (offset + 7) & ~7L;
}
