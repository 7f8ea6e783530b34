using System.Globalization;

namespace TranslationWorkbench.Cli;

/// <summary>A counter on stderr for long work ("12,000 units…"), shown only when stderr is a terminal so logs stay clean.</summary>
public sealed class StderrProgress(TextWriter error, string unit) : IProgress<int>, IDisposable
{
    private readonly bool visible = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private bool shown;

    public void Report(int value)
    {
        if (!visible) return;
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value:N0} {unit}…"));
        shown = true;
    }

    public void Dispose()
    {
        if (shown) error.Write("\r\u001b[K");
    }
}
