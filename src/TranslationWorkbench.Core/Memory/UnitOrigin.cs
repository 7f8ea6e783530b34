namespace TranslationWorkbench.Core.Memory;

/// <summary>How a unit came into the memory.</summary>
public enum UnitOrigin
{
    /// <summary>Paired by the sentence aligner from an existing translation.</summary>
    Alignment,

    /// <summary>Confirmed by a translator in the workbench.</summary>
    Translation,

    /// <summary>Read from a TMX or TSV file.</summary>
    Import,
}
