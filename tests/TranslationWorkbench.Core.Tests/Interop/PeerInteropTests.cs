using System.Text;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tmx;
using Xunit.Abstractions;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Interop;

/// <summary>
/// Our exported TMX read by the tools translators use: OmegaT fills exact matches from it, Translate Toolkit
/// reads Arabic as source and English as target. Skipped (and shown as skipped) where the Debian packages are
/// missing; .ci/run installs them, so CI runs these.
/// </summary>
public sealed class PeerInteropTests : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly TempFolder folder = new();
    private readonly ITestOutputHelper output;
    private readonly WorkspaceFile workspace;
    private readonly TranslationMemory memory;
    private readonly string exported;

    public PeerInteropTests(ITestOutputHelper output)
    {
        this.output = output;
        workspace = WorkspaceFile.Open(folder.File("workbench.db"), author: "tester");
        TmxImport.Run(workspace, TestData.Path("tmx", "tico19.all.en-ar.tmx"), "tico", "ar", "en");
        using (var batch = workspace.Memories.BeginBatch("tico", "ar", "en"))
        {
            batch.Add(new MemoryUnit
            {
                Source = "رووداو: هل استأنف التحالف الدولي مهامه المشتركة مع الجيش العراقي لمكافحة داعش؟",
                Target = "Rudaw: Has the global coalition resumed its joint missions with the Iraqi army to fight ISIS?",
                Origin = UnitOrigin.Alignment,
            });
            batch.Add(new MemoryUnit { Source = "التحالف الدولي & الجيش العراقي يعقدان اجتماعاً مشتركاً.", Target = "The coalition & the Iraqi army hold a joint meeting." });
            batch.Commit();
        }
        memory = workspace.Memories.Get("tico");
        exported = folder.File("export.tmx");
        TmxExport.Run(workspace, memory, exported);
    }

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public void OmegaT_ExportInTmAuto_FillsTheExactMatches()
    {
        Skip.IfNot(PeerTools.HasOmegaT, $"OmegaT is not installed ({PeerTools.OmegaTJar}); apt-get install omegat");

        // Given an OmegaT project whose source has one segment per line: 30 sentences of the memory and one that is not
        var units = workspace.Memories.Units(memory).Where(u => !u.Source.Contains('\n')).Take(28)
            .Concat(workspace.Memories.Units(memory).TakeLast(2)).ToList();
        const string unknown = "جملة ليست في الذاكرة أبداً.";
        var project = OmegaTProject.Create(folder.File("omegat"), units.Select(u => u.Source).Append(unknown));
        File.Copy(exported, Path.Combine(project.Path, "tm", "auto", "export.tmx"));

        // When OmegaT translates it from the command line
        var (exitCode, _, log) = project.Translate();

        // Then every line found in the memory is English and the unknown one is left as it was
        output.WriteLine(string.Join('\n', log.Split('\n').Where(l => l.Contains(": Warning: ", StringComparison.Ordinal) || l.Contains(": Error: ", StringComparison.Ordinal))));
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(": Error: ", log, StringComparison.Ordinal);
        Assert.DoesNotContain(": Warning: ", log, StringComparison.Ordinal);
        var target = File.ReadAllLines(project.TargetFile, Utf8);
        Assert.Equal(units.Select(u => u.Target).Append(unknown), target);
    }

    [SkippableFact]
    public void TranslateToolkit_ReadsEveryUnitWithArabicAsSource()
    {
        Skip.IfNot(PeerTools.HasTranslateToolkit, "Translate Toolkit is not installed for /usr/bin/python3; apt-get install translate-toolkit");

        const string script = """
            import sys, json
            from translate.storage import factory
            from translate.misc.xml_helpers import getXMLlang
            store = factory.getobject(sys.argv[1])
            units = [u for u in store.units if not u.isheader()]
            print(json.dumps({"type": type(store).__name__,
                              "units": [[u.source, u.target, [getXMLlang(n) for n in u.getlanguageNodes()]] for u in units]}, ensure_ascii=False))
            """;
        var scriptPath = folder.Write("read.py", script);

        var (exitCode, stdout, stderr) = PeerTools.Run(PeerTools.DebianPython, [scriptPath, exported], folder.Path);

        Assert.True(exitCode == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("tmxfile", json.RootElement.GetProperty("type").GetString());
        var read = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        var ours = workspace.Memories.Units(memory).ToList();
        Assert.Equal(ours.Count, read.Count);
        Assert.All(read.Zip(ours), pair =>
        {
            Assert.Equal(pair.Second.Source, pair.First[0].GetString());
            Assert.Equal(pair.Second.Target, pair.First[1].GetString());
            Assert.Equal(["ar", "en"], pair.First[2].EnumerateArray().Select(l => l.GetString()));
        });
        output.WriteLine($"Translate Toolkit read {read.Count} units, Arabic first in every one");
    }
}
