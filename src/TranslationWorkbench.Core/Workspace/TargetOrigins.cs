namespace TranslationWorkbench.Core.Workspace;

/// <summary>Where a segment's current translation came from, as revisions record it.</summary>
public static class TargetOrigins
{
    /// <summary>Typed or edited and confirmed by a translator.</summary>
    public const string Translation = "translation";

    /// <summary>Filled from the memory by pre-translation; not a human translation until confirmed.</summary>
    public const string Pretranslation = "pretranslation";

    /// <summary>Copied from an identical source segment of the same document when that one was confirmed.</summary>
    public const string Propagation = "propagation";
}
