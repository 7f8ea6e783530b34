using System.Diagnostics;

namespace TranslationWorkbench.Core.Tests.Interop;

/// <summary>The real peer tools our TMX must satisfy, as Debian installs them (.ci/run installs both).</summary>
internal static class PeerTools
{
    public const string OmegaTJar = "/usr/share/omegat/OmegaT.jar";

    // Debian's own python3: a pyenv python3 earlier on PATH lacks the translate module.
    public const string DebianPython = "/usr/bin/python3";

    public static bool HasOmegaT => File.Exists(OmegaTJar);

    public static bool HasTranslateToolkit => File.Exists(DebianPython) && Run(DebianPython, ["-c", "import translate.storage.tmx"], Path.GetTempPath()).ExitCode == 0;

    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
