using System.CommandLine;
using TranslationWorkbench.Core.Segmentation;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw segment FILE`: prints the sentences of a text, one per line or as JSON.</summary>
public static class SegmentCommand
{
    private const string EnglishRules = "en";

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A text file (UTF-8 or UTF-16 with BOM)." };
        var language = CommonOptions.Language("--lang", "ar", "The text's language (BCP 47); without it, ar, or en for a text with no Arabic letter.");
        var json = CommonOptions.Json();
        var rules = new Option<string?>("--rules") { Description = "SRX 2.0 rules to use instead of the bundled ones." };
        var encoding = CommonOptions.Encoding();
        var command = new Command("segment", "Split a text into sentences, one per line.") { file, language, json, rules, encoding };
        command.SetAction(parseResult =>
        {
            var lang = LanguageCode.Check(parseResult.GetValue(language)!, "--lang");
            var path = parseResult.GetValue(file)!;
            var text = TextFile.Read(path, parseResult.GetValue(encoding));
            // tw import's check: a text taken for Arabic without one Arabic letter is not Arabic, and Arabic rules
            // would cut its "Mr." and "St.". A --lang the translator gave stands; stdout keeps the segments alone.
            if (!CommonOptions.IsGiven(parseResult, language) && ArabicScript.IsMissingFrom(text, lang))
            {
                lang = EnglishRules;
                parseResult.InvocationConfiguration.Error.WriteLine($"note: {path} has no Arabic letter; segmented with the English rules (give --lang to choose).");
            }
            var rulesPath = parseResult.GetValue(rules);
            var segmenter = rulesPath is null ? Segmenter.For(lang) : new Segmenter(SrxReader.Read(rulesPath).For(lang));
            var segments = segmenter.Split(text);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, segments.Select((s, i) => new { index = i, paragraph = s.Paragraph, start = s.Start, text = s.Text }));
            }
            else
            {
                foreach (var segment in segments) output.WriteLine(segment.Text);
            }
            return 0;
        });
        return command;
    }
}
