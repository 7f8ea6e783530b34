using CsCheck;
using TranslationWorkbench.Core.Diff;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Segmentation;
using TranslationWorkbench.Core.Text;
using TranslationWorkbench.Core.Tmx;
using WorkspaceFile = TranslationWorkbench.Core.Workspace.Workspace;

namespace TranslationWorkbench.Core.Tests.Properties;

/// <summary>Properties checked on thousands of generated inputs (CsCheck; a failure prints the seed to reproduce it).</summary>
public sealed class PropertyTests
{
    private const int Iterations = 3000;

    private static string Escape((string Source, string Target) unit) =>
        string.Concat((unit.Source + " ⇥ " + unit.Target).Select(c => c < 0x7F && c >= 0x20 ? c.ToString() : $"\\u{(int)c:X4}"));

    [Fact]
    public void Segmenting_LosesNoText()
    {
        var arabic = Segmenter.For("ar");
        var english = Segmenter.For("en");
        TextGen.Text().Sample(text =>
        {
            foreach (var segmenter in new[] { arabic, english })
            {
                var position = 0;
                foreach (var segment in segmenter.Split(text))
                {
                    Assert.True(string.IsNullOrWhiteSpace(text[position..segment.Start]), "only white space between segments");
                    Assert.Equal(segment.Text, text.Substring(segment.Start, segment.Text.Length));
                    Assert.Equal(segment.Text, segment.Text.Trim());
                    Assert.NotEmpty(segment.Text.Trim());
                    position = segment.End;
                }
                Assert.True(string.IsNullOrWhiteSpace(text[position..]));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Normalising_Twice_IsNormalisingOnce()
    {
        TextGen.Text().Sample(text =>
        {
            var once = MatchKey.Of(text);
            Assert.Equal(once, MatchKey.Of(once));
        }, iter: Iterations);
    }

    [Fact]
    public void WordDiff_AppliedToTheOldText_GivesTheNewOne()
    {
        Gen.Select(TextGen.Text(40), TextGen.Text(40)).Sample((before, after) =>
        {
            var diff = WordDiff.Between(before, after);
            Assert.Equal(after, WordDiff.Apply(diff, forNew: true));
            Assert.Equal(before, WordDiff.Apply(diff, forNew: false));
        }, iter: Iterations);
    }

    [Fact]
    public void TmxExportThenImport_ReturnsTheSameUnits_ForAnyUnicodeText()
    {
        // Given batches of generated units (any text XML 1.0 can carry: Arabic, marks, bidi controls, CR, astral characters)
        var folder = new TempFolder();
        var batches = 0;
        try
        {
            Gen.Select(TextGen.Segment(), TextGen.Segment()).Array[1, 30].Sample(pairs =>
            {
                batches++;
                using var workspace = WorkspaceFile.Open(folder.File($"w{batches}.db"));
                using (var batch = workspace.Memories.BeginBatch("out", "ar", "en"))
                {
                    foreach (var (source, target) in pairs) batch.Add(new MemoryUnit { Source = source, Target = target });
                    batch.Commit();
                }
                var before = workspace.Memories.Units(workspace.Memories.Get("out")).Select(u => (u.Source, u.Target)).ToList();
                // the memory keeps what it was given, character for character (a leading U+FEFF once got lost here)
                Assert.Equal(pairs.Distinct(), before);
                var path = folder.File($"w{batches}.tmx");

                // When they are exported and imported into a new memory
                TmxExport.Run(workspace, workspace.Memories.Get("out"), path);
                var report = TmxImport.Run(workspace, path, "back", "ar", "en");

                // Then the same units come back, character for character
                Assert.Empty(report.Skipped);
                var after = workspace.Memories.Units(workspace.Memories.Get("back")).Select(u => (u.Source, u.Target)).ToList();
                Assert.True(before.Count == after.Count, $"{before.Count} units exported, {after.Count} imported ({report})");
                foreach (var (expected, actual) in before.Zip(after))
                {
                    Assert.True(expected == actual, $"exported {Escape(expected)}, imported {Escape(actual)}");
                }
            }, iter: 300, threads: 1);
        }
        finally
        {
            folder.Dispose();
        }
        Assert.Equal(300, batches);
    }
}
