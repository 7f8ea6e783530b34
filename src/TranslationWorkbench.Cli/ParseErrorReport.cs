using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace TranslationWorkbench.Cli;

/// <summary>A command line that does not parse, told as tw tells every error: one "error: …" line on stderr, in a translator's words.</summary>
/// <remarks>
/// System.CommandLine's own messages name .NET types ("as expected type 'System.Nullable`1[System.Int32]'") and
/// print their "did you mean" to stdout; a script reading stdout should get nothing from a failed command.
/// </remarks>
public static partial class ParseErrorReport
{
    // Options one command spells otherwise than another (tw import's --lang is tw align's --source-lang), and the
    // other tools' names for them: too far from the right one for the nearest spelling to find it.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["--lang"] = ["--source-lang"],
        ["--source-lang"] = ["--lang"],
        ["--source-language"] = ["--source-lang", "--lang"],
        ["--src-lang"] = ["--source-lang", "--lang"],
        ["--from"] = ["--source-lang", "--lang"],
        ["--target-language"] = ["--target-lang"],
        ["--tgt-lang"] = ["--target-lang"],
        ["--to"] = ["--target-lang"],
        ["--out"] = ["--output"],
        ["-o"] = ["--output"],
        ["--overwrite"] = ["--force"],
        ["--replace"] = ["--force"],
    };

    public static int Print(ParseResult parsed, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(error);
        var command = parsed.CommandResult.Command;
        var name = Name(parsed.CommandResult);
        var unknownTold = false;
        var anyUnknown = parsed.Errors.Any(parseError => Unrecognized().IsMatch(parseError.Message));
        // "--source-lang --workspace ws.db": the option took the next option as its value, and ws.db is left over
        var valueForgotten = OptionsTakenAsValues(parsed.CommandResult).ToList();
        foreach (var (option, taken) in valueForgotten)
        {
            error.WriteLine($"error: {option} needs a value after it; it took the option {taken} as its value.");
            unknownTold = true;
        }
        // "tw import --source-lang ar": the option is another command's; the words after it are only its echo
        var misplaced = !unknownTold && anyUnknown ? Misplaced(parsed) : null;
        if (misplaced is { } wrong)
        {
            error.WriteLine($"error: {name} has no option '{wrong.Token}'; it takes {wrong.Option.Name}{About(wrong.Option)}.");
            unknownTold = true;
        }
        foreach (var parseError in parsed.Errors)
        {
            // said already: "--max --json" is not a number because --max's value was forgotten
            if (parseError.SymbolResult is OptionResult { Option: var about } && valueForgotten.Exists(forgotten => forgotten.Option == about.Name)) continue;
            // "tw export 1 --out x.txt": that --output is missing is what was just said
            if (misplaced is { Option.Name: var meant } && parseError.Message == $"Option '{meant}' is required.") continue;
            // "tw tm serch": that serch is unknown says it all, not also that tm lacks a command
            if (anyUnknown && parseError.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)) continue;
            var unknown = Unrecognized().Match(parseError.Message);
            if (unknown.Success)
            {
                // the first unknown word says it; the words after it ("3" after "--maxx") are only its echo
                if (unknownTold) continue;
                unknownTold = true;
                error.WriteLine($"error: {Unknown(parsed.CommandResult, name, unknown.Groups["token"].Value)}");
                continue;
            }
            error.WriteLine($"error: {Reword(parseError, command, name)}");
        }
        error.WriteLine($"({name} --help lists what it takes)");
        return TwCommand.Failure;
    }

    /// <summary>Whether an option's value, as parsed, is the name of another option (its own value forgotten).</summary>
    public static bool HasForgottenValue(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return OptionsTakenAsValues(parsed.CommandResult).Any();
    }

    private static string Reword(ParseError parseError, Command command, string name)
    {
        var message = parseError.Message;
        var conversion = CannotParse().Match(message);
        if (conversion.Success)
        {
            return $"{conversion.Groups["name"].Value} {conversion.Groups["value"].Value}: give {Expected(Symbol(parseError)?.ValueType)}.";
        }
        if (parseError.SymbolResult is OptionResult { Option: var option } && message.StartsWith("Required argument missing", StringComparison.Ordinal))
        {
            return $"{option.Name} needs {Expected(option.ValueType)} after it.";
        }
        var notAmong = NotAmong().Match(message);
        if (notAmong.Success)
        {
            var allowed = notAmong.Groups["allowed"].Captures.Select(capture => capture.Value);
            return $"{Symbol(parseError)?.Name ?? "the value"} {notAmong.Groups["value"].Value}: give one of {string.Join(", ", allowed)}.";
        }
        if (message.StartsWith("Required argument missing", StringComparison.Ordinal))
        {
            var arguments = string.Join(" ", command.Arguments.Select(argument => argument.Name));
            return $"{name} needs {arguments}: {name} {arguments}";
        }
        // "Option '--output' is required.": said as the other messages are, with what the option wants
        if (message.StartsWith("Option '", StringComparison.Ordinal) && message.EndsWith("' is required.", StringComparison.Ordinal))
        {
            var required = message["Option '".Length..^"' is required.".Length];
            var description = command.Options.FirstOrDefault(o => o.Name == required)?.Description;
            return $"{name} needs {required}{(description is null ? "" : $" ({description.TrimEnd('.')})")}.";
        }
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return $"{name} needs one of its commands: {string.Join(", ", command.Subcommands.Select(sub => sub.Name))}.";
        }
        return message;
    }

    // the option or argument the error is about: its name and the type of its value
    private static (string Name, Type ValueType)? Symbol(ParseError parseError) => parseError.SymbolResult switch
    {
        OptionResult { Option: var option } => (option.Name, option.ValueType),
        ArgumentResult { Argument: var argument } => (argument.Name, argument.ValueType),
        _ => null,
    };

    private static string Unknown(CommandResult result, string name, string token)
    {
        var command = result.Command;
        // "tw tm delete 1 abc": not a word tw does not know, but a value that is not a number
        var numeric = command.Arguments.FirstOrDefault(argument => IsWholeNumber(argument.ValueType));
        if (numeric is not null && !token.StartsWith('-')) return $"{numeric.Name} {token}: give {Expected(numeric.ValueType)}.";
        var known = command.Subcommands.Select(sub => sub.Name).Concat(OptionNames(result)).Distinct(StringComparer.Ordinal);
        var nearest = known
            .Select(candidate => (candidate, distance: Distance(token, candidate)))
            .Where(pair => pair.distance <= Math.Max(2, token.Length / 3))
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate)
            .Take(3)
            .ToList();
        var what = token.StartsWith('-') ? "option" : "command or argument";
        return nearest.Count == 0
            ? $"{name} has no {what} '{token}'."
            : $"{name} has no {what} '{token}'; did you mean {string.Join(" or ", nearest)}?";
    }

    // An option of another command, or another tool's name for one, where this command has its own: the token and the
    // option it means. System.CommandLine may take such a token as the command's argument, so every token is looked at.
    private static (string Token, Option Option)? Misplaced(ParseResult parsed)
    {
        var own = OptionNames(parsed.CommandResult).ToHashSet(StringComparer.Ordinal);
        var options = parsed.CommandResult.Command.Options;
        foreach (var token in parsed.Tokens)
        {
            if (own.Contains(token.Value) || !Synonyms.TryGetValue(token.Value, out var meant)) continue;
            var option = meant.Select(name => options.FirstOrDefault(option => option.Name == name)).FirstOrDefault(option => option is not null);
            if (option is not null) return (token.Value, option);
        }
        return null;
    }

    // " (the source text's language)": what the option is for, from its description
    private static string About(Option option)
    {
        if (option.Description is not { Length: > 1 } description) return "";
        // "The text's language (BCP 47).": its first clause, for no brackets inside brackets
        var bracket = description.IndexOf(" (", StringComparison.Ordinal);
        var text = (bracket > 1 ? description[..bracket] : description).TrimEnd('.');
        return $" ({(char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text)})";
    }

    // the command's own options, and those it takes from the commands above it (--workspace, --help)
    private static IEnumerable<string> OptionNames(CommandResult result) =>
        result.Command.Options.Concat(Ancestors(result).SelectMany(ancestor => ancestor.Options.Where(option => option.Recursive)))
            .Where(option => !option.Hidden)
            .SelectMany(option => option.Aliases.Prepend(option.Name));

    // options whose value, as parsed, is the name of another option: the value was forgotten
    private static IEnumerable<(string Option, string Taken)> OptionsTakenAsValues(CommandResult result)
    {
        var names = OptionNames(result).ToHashSet(StringComparer.Ordinal);
        return result.Children.OfType<OptionResult>()
            .SelectMany(option => option.Tokens.Where(token => names.Contains(token.Value)).Select(token => (option.Option.Name, token.Value)));
    }

    private static string Expected(Type? type)
    {
        var inner = Inner(type);
        if (IsWholeNumber(type)) return "a whole number";
        if (inner == typeof(double)) return "a number (0.5, not 0,5)";
        if (inner is { IsEnum: true }) return "one of " + string.Join(", ", Enum.GetNames(inner).Select(name => name.ToLowerInvariant()));
        return "a value";
    }

    // int?, long[]: the type of one value
    private static Type? Inner(Type? type) => type is null ? null : Nullable.GetUnderlyingType(type) ?? type.GetElementType() ?? type;

    private static bool IsWholeNumber(Type? type) => Inner(type) is var inner && (inner == typeof(int) || inner == typeof(long));

    private static IEnumerable<Command> Ancestors(CommandResult result)
    {
        for (var current = result.Parent as CommandResult; current is not null; current = current.Parent as CommandResult) yield return current.Command;
    }

    // "tw tm search": the command as typed, from the root down
    private static string Name(CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current is not null; current = current.Parent as CommandResult)
        {
            names.Add(current.Command is RootCommand ? "tw" : current.Command.Name);
        }
        names.Reverse();
        return string.Join(" ", names);
    }

    // Levenshtein distance over characters: for telling "serch" is "search".
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.$")]
    private static partial Regex Unrecognized();

    // System.CommandLine's AcceptOnlyFromAmong: "Argument 'xml' not recognized. Must be one of:\n\t'beads'\n\t'tsv'…"
    [GeneratedRegex(@"^Argument '(?<value>[^']*)' not recognized\. Must be one of:(\s*'(?<allowed>[^']*)')+\s*$")]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (option|argument|command) '(?<name>[^']*)' as expected type")]
    private static partial Regex CannotParse();
}
