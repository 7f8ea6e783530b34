using System.Text.Json;

namespace TranslationWorkbench.Web.Tests.E2E;

/// <summary>The alignment edits (wwwroot/js/beads.js), run in Chromium as the page runs them.</summary>
public sealed class BeadEditsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // beads as "source indexes:target indexes" separated by spaces, e.g. "0:0 1,2:1 3:"
    [SkippableTheory]
    [InlineData("mergeWithNext", "0:0 1:1 2:2", 0, "0,1:0,1 2:2")]
    [InlineData("mergeWithNext", "0:0 1:1", 1, "0:0 1:1")]
    [InlineData("split", "0,1:0,1 2:2", 0, "0:0 1:1 2:2")]
    [InlineData("split", "0,1:0 2:1", 0, "0:0 1: 2:1")]
    [InlineData("split", "0:0 1:1", 0, "0:0 1:1")]
    [InlineData("unpair", "0:0 1:1", 1, "0:0 1: :1")]
    [InlineData("upSource", "0:0 1,2:1", 1, "0,1:0 2:1")]
    [InlineData("downTarget", "0:0,1 1:2", 0, "0:0 1:1,2")]
    [InlineData("downSource", "0:0 :1", 0, ":0 0:1")]
    [InlineData("upTarget", "0: 1:0", 1, "0:0 1:")]
    public async Task Edit_KeepsOrderAndCoversEverySentenceOnce(string edit, string before, int index, string after)
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/align");

        var result = await page.EvaluateAsync<JsonElement>("""
            async ([edit, before, index]) => {
              const beads = await import('/js/beads.js');
              const parse = (text) => text.split(' ').map((bead) => {
                const [s, t] = bead.split(':');
                return { source: s ? s.split(',').map(Number) : [], target: t ? t.split(',').map(Number) : [], confidence: 0.9 };
              });
              const run = {
                mergeWithNext: (b) => beads.mergeWithNext(b, index),
                split: (b) => beads.split(b, index),
                unpair: (b) => beads.unpair(b, index),
                upSource: (b) => beads.moveSentence(b, index, 'source', -1),
                downSource: (b) => beads.moveSentence(b, index, 'source', 1),
                upTarget: (b) => beads.moveSentence(b, index, 'target', -1),
                downTarget: (b) => beads.moveSentence(b, index, 'target', 1),
              }[edit];
              return run(parse(before)).map((b) => `${b.source.join(',')}:${b.target.join(',')}`).join(' ');
            }
            """, new object[] { edit, before, index });

        Assert.Equal(after, result.GetString());
    }

    [SkippableFact]
    public async Task Pairs_JoinEachBeadsSentences_AndLeaveOutOneSidedBeads()
    {
        Skip.IfNot(BrowserFixture.ChromiumPath is not null, BrowserFixture.SkipReason);
        await using var site = await WorkbenchSite.StartAsync();
        var page = await site.OpenAsync(browser.Browser, "#/align");

        var pairs = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const { pairs } = await import('/js/beads.js');
              const source = [{ text: 'أ.' }, { text: 'ب.' }, { text: 'ج.' }];
              const target = [{ text: 'A.' }, { text: 'B.' }];
              return pairs([
                { source: [0, 1], target: [0], confidence: 0.4 },
                { source: [2], target: [], confidence: 0.9 },
                { source: [], target: [1], confidence: null, edited: true },
              ], source, target);
            }
            """);

        Assert.Equal(1, pairs.GetArrayLength());
        Assert.Equal(("أ. ب.", "A.", 0.4), (pairs[0].GetProperty("source").GetString(), pairs[0].GetProperty("target").GetString(), pairs[0].GetProperty("confidence").GetDouble()));
    }
}
