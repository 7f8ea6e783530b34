namespace TranslationWorkbench.Core.Alignment;

/// <summary>What kind of evidence a concept is; each kind has its own weight in <see cref="AlignmentModel"/>.</summary>
internal enum ConceptKind : byte
{
    /// <summary>A number, Arabic-Indic digits folded, thousands separators and leading zeros dropped.</summary>
    Number,
    /// <summary>An English content word (stemmed): matched by Latin-script tokens in Arabic and by lexicon translations.</summary>
    Word,
    /// <summary>The consonant skeleton of a name, three classes or more.</summary>
    Name,
    /// <summary>A two-class skeleton (ديالى/Diyala "TL"): often right, often chance.</summary>
    ShortName,
    /// <summary>A mark that translation keeps: question mark, quotation, parenthesis, percent.</summary>
    Mark,
    /// <summary>An Arabic stem: never matched directly, only counted to learn the document's lexicon.</summary>
    ArabicStem,
}
