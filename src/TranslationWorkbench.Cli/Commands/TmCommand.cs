using System.CommandLine;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw tm …`: the translation memory's commands.</summary>
public static class TmCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("tm", "Work with translation memories: list, import, export, search, concordance, edit and delete units.");
        command.Subcommands.Add(TmListCommand.Create(options));
        command.Subcommands.Add(TmImportCommand.Create(options));
        command.Subcommands.Add(TmExportCommand.Create(options));
        command.Subcommands.Add(TmSearchCommand.Create(options));
        command.Subcommands.Add(TmConcordanceCommand.Create(options));
        command.Subcommands.Add(TmEditCommand.Create(options));
        command.Subcommands.Add(TmDeleteCommand.Create(options));
        command.Subcommands.Add(TmDropCommand.Create(options));
        command.Subcommands.Add(TmMigrateCommand.Create());
        return command;
    }

    /// <summary>"; other memories: tico (3,070 units); --memory NAME searches one", or "" when there is no other: said where nothing was found.</summary>
    public static string OtherMemories(Core.Memory.ITranslationMemoryStore store, Core.Memory.TranslationMemory searched)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(searched);
        var others = store.List().Where(memory => memory.Id != searched.Id).Select(memory => memory.Name).ToList();
        return others.Count == 0 ? "" : $"; other memories: {string.Join(", ", others)} (--memory NAME searches one)";
    }

    /// <summary>--memory of a command that works on a memory there is: see <see cref="ChosenMemory"/>.</summary>
    public static Option<string> Memory() => Memory("The memory's name (default: the one called default, or the only memory there is).");

    /// <summary>--memory of a command that adds units: they go to "default" unless another is named.</summary>
    public static Option<string> MemoryToFill() => Memory("The memory's name, made if it does not exist.");

    private static Option<string> Memory(string description) => new("--memory")
    {
        Description = description,
        DefaultValueFactory = _ => Core.Memory.TranslationMemory.DefaultName,
    };
}
