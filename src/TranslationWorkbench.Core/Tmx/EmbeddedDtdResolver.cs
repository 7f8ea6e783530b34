using System.Reflection;
using System.Xml;

namespace TranslationWorkbench.Core.Tmx;

/// <summary>Serves the TMX 1.4 DTD from the assembly for any "tmx…dtd" system id and refuses every other external resource: validation never touches the network or the disk.</summary>
internal sealed class EmbeddedDtdResolver : XmlResolver
{
    public const string ResourceName = "TranslationWorkbench.Core.Tmx.tmx14.dtd";

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        var fileName = absoluteUri.Segments.LastOrDefault() ?? "";
        if (fileName.StartsWith("tmx", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".dtd", StringComparison.OrdinalIgnoreCase))
        {
            return Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        }
        throw new XmlException($"the external resource {absoluteUri} is not fetched: only the TMX DTD is served.");
    }
}
