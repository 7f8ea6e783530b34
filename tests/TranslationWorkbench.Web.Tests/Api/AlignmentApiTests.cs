using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TranslationWorkbench.Web.Tests.Api;

public sealed class AlignmentApiTests
{
    [Fact]
    public async Task Align_TheSampleInterview_ThenCommitThePairsAReviewerKept()
    {
        await using var host = await ApiHost.StartAsync();
        var arabic = await File.ReadAllTextAsync(ApiHost.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"));
        var english = await File.ReadAllTextAsync(ApiHost.Sample("rudaw-2020-02-07-caggins-interview.en.txt"));

        var aligned = await (await host.Client.PostAsJsonAsync("/api/align", new { sourceText = arabic, targetText = english })).Content.ReadFromJsonAsync<JsonElement>();
        var source = aligned.GetProperty("source").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        var target = aligned.GetProperty("target").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        var beads = aligned.GetProperty("beads").EnumerateArray().ToList();
        var pairs = beads.Select(b => new
        {
            source = string.Join(' ', b.GetProperty("source").EnumerateArray().Select(i => source[i.GetInt32()])),
            target = string.Join(' ', b.GetProperty("target").EnumerateArray().Select(i => target[i.GetInt32()])),
            confidence = b.GetProperty("confidence").GetDouble(),
        }).ToList();
        var commit = await host.Client.PostAsJsonAsync("/api/align/commit", new { pairs, document = "interview", minConfidence = 0.9 });

        Assert.Equal(45, source.Count);
        Assert.Equal(87, target.Count);
        Assert.True(aligned.GetProperty("evidence").GetProperty("looksLikeTranslation").GetBoolean());
        Assert.Equal(JsonValueKind.Null, aligned.GetProperty("evidence").GetProperty("objection").ValueKind);
        Assert.Equal(source.Count, beads.Sum(b => b.GetProperty("source").GetArrayLength()));
        Assert.Equal(target.Count, beads.Sum(b => b.GetProperty("target").GetArrayLength()));
        var report = await commit.Content.ReadFromJsonAsync<JsonElement>();
        var stored = report.GetProperty("stored").GetInt32();
        Assert.Equal(pairs.Count(p => p.source.Length > 0 && p.target.Length > 0 && p.confidence >= 0.9), stored);
        Assert.Equal(pairs.Count - stored, report.GetProperty("skipped").GetArrayLength());
        Assert.Equal(stored, (await host.GetJson<JsonElement>("/api/memories"))[0].GetProperty("units").GetInt32());
    }

    [Fact]
    public async Task Align_AnArticleAndAnotherArticlesTranslation_SaysWhyTheyDoNotLookLikeOne()
    {
        await using var host = await ApiHost.StartAsync();
        var arabic = ApiHost.NtrexPage("000.ar");
        var english = ApiHost.NtrexPage("001.en");

        var aligned = await (await host.Client.PostAsJsonAsync("/api/align", new { sourceText = arabic, targetText = english })).Content.ReadFromJsonAsync<JsonElement>();

        var evidence = aligned.GetProperty("evidence");
        Assert.False(evidence.GetProperty("looksLikeTranslation").GetBoolean());
        Assert.Equal(0, evidence.GetProperty("pairsSharing").GetInt32());
        Assert.Equal(
            "The Arabic text and the English text do not look like a text and its translation: none of the 5 sentence pairs shares a number or a name, and 3 of 15 Arabic sentences have no counterpart",
            evidence.GetProperty("objection").GetString());
    }

    [Fact]
    public async Task Align_BadInput_IsAProblem()
    {
        await using var host = await ApiHost.StartAsync();

        var empty = await host.Client.PostAsJsonAsync("/api/align", new { sourceText = "", targetText = "Text." });
        var lopsided = await host.Client.PostAsJsonAsync("/api/align", new { sourceText = "جملة واحدة.", targetText = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"Sentence {i}.")) });
        var noPairs = await host.Client.PostAsJsonAsync("/api/align/commit", new { pairs = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lopsided.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPairs.StatusCode);
        Assert.Equal(0, (await host.GetJson<JsonElement>("/api/memories")).GetArrayLength());
    }
}
