using System.Diagnostics;

namespace TranslationWorkbench.Cli.Tests;

/// <summary>Runs the built `tw` as a separate process, for what only a real process shows: environment, exit codes, signals.</summary>
internal static class TwProcess
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "tw.dll");

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Program);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove("TW_WORKSPACE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return info;
    }

    public static Tw Run(IReadOnlyDictionary<string, string>? environment, params string[] args) => Run(StartInfo(environment, args), args);

    /// <summary>Runs the `tw` executable itself, as an installed tw is run, rather than `dotnet tw.dll`.</summary>
    public static Tw RunExecutable(params string[] args)
    {
        var info = StartInfo(null, args);
        info.FileName = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "tw.exe" : "tw");
        info.ArgumentList.RemoveAt(0);
        return Run(info, args);
    }

    private static Tw Run(ProcessStartInfo info, string[] args)
    {
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tw {string.Join(' ', args)} did not finish in two minutes");
        }
        return new Tw(process.ExitCode, output.Result, error.Result);
    }
}
