using TranslationWorkbench.Cli;

return TwCommand.Run(args, Console.Out, Console.Error);
