namespace TranslationWorkbench.Core.Text;

/// <summary>The kinds of difference the match key forgets; a near-exact match is penalised once for each kind it has.</summary>
[Flags]
public enum TextFolds
{
    None = 0,

    /// <summary>Harakat, superscript alef and the other Arabic combining marks.</summary>
    Diacritics = 1,

    /// <summary>Hamza seats and alef variants, alef maqsura, ta marbuta, Persian yeh and keheh.</summary>
    LetterForms = 2,

    Tatweel = 4,

    /// <summary>Arabic-Indic and extended digits, the Arabic decimal and thousands separators.</summary>
    Digits = 8,

    /// <summary>Latin (and every other) letter case.</summary>
    Case = 16,

    /// <summary>Bidi controls, ZWJ, ZWNJ, word joiner, BOM, soft hyphen.</summary>
    Invisible = 32,

    /// <summary>Any kind and amount of white space.</summary>
    Spacing = 64,

    All = Diacritics | LetterForms | Tatweel | Digits | Case | Invisible | Spacing,
}
