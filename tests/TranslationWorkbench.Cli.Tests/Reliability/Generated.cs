using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Cli.Tests.Reliability;

/// <summary>Large inputs made on the spot for the crash and concurrency tests (not committed: they would weigh megabytes).</summary>
internal static class Generated
{
    private static readonly string[] Words = ["التحالف", "الدولي", "داعش", "العراق", "القوات", "الأمنية", "في", "مع", "ديالى", "كركوك", "الموصل", "الأنبار", "عمليات", "مشتركة", "ضد"];

    public static string Sentence(int seed, int salt = 0)
    {
        var random = new Random(seed * 31 + salt);
        return string.Join(' ', Enumerable.Range(0, random.Next(6, 20)).Select(_ => Words[random.Next(Words.Length)])) + $" {seed}.";
    }

    /// <summary>A TMX of <paramref name="units"/> distinct Arabic→English units.</summary>
    public static string Tmx(string path, int units, int salt = 0)
    {
        var memory = new TranslationMemory(0, "generated", "ar", "en", "");
        using var writer = TmxWriter.Create(File.Create(path), TmxExport.HeaderFor(memory, DateTimeOffset.UnixEpoch));
        for (var i = 0; i < units; i++)
        {
            writer.Write(TmxExport.ToTmx(new MemoryUnit { Id = i + 1, Source = Sentence(i, salt), Target = $"Generated sentence {salt}-{i}." }, memory));
        }
        return path;
    }

    /// <summary>A TSV of <paramref name="units"/> distinct pairs.</summary>
    public static string Tsv(string path, int units, int salt)
    {
        File.WriteAllLines(path, Enumerable.Range(0, units).Select(i => $"{Sentence(i, salt)} {salt}\tPair {salt}-{i}."));
        return path;
    }
}
