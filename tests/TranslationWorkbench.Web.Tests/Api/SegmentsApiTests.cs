using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TranslationWorkbench.Web.Tests.Api;

public sealed class SegmentsApiTests
{
    // A document whose first and last sentences are the same, and a memory that knows the second one.
    private static Task<ApiHost> Start() => ApiHost.StartAsync(workspace =>
    {
        var folder = Path.GetDirectoryName(workspace)!;
        var text = Path.Combine(folder, "doc.txt");
        File.WriteAllText(text, "قال المتحدث إن الوضع مستقر.\nوخلال الأسبوع الماضي اختطف تسعة أشخاص في ديالى.\nقال المتحدث إن الوضع مستقر.\n");
        var pairs = Path.Combine(folder, "pairs.tsv");
        File.WriteAllText(pairs, "وخلال الأسبوع الماضي اختطف سبعة أشخاص في ديالى.\tLast week seven people were kidnapped in Diyala.\n");
        Assert.Equal(0, Cli.TwCommand.Run(["import", text, "--workspace", workspace, "--name", "doc"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, Cli.TwCommand.Run(["tm", "import", pairs, "--workspace", workspace], TextWriter.Null, TextWriter.Null));
    });

    [Fact]
    public async Task Matches_GiveScoreKindAndDiff()
    {
        await using var host = await Start();

        var result = await host.GetJson<JsonElement>("/api/segments/2/matches");

        var match = result.GetProperty("matches")[0];
        Assert.Equal(88, match.GetProperty("score").GetInt32());
        Assert.Equal("fuzzy", match.GetProperty("kind").GetString());
        Assert.Equal("Last week seven people were kidnapped in Diyala.", match.GetProperty("target").GetString());
        var diff = match.GetProperty("diff").EnumerateArray().Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("text").GetString())).ToList();
        Assert.Contains(("delete", "سبعة"), diff);
        Assert.Contains(("insert", "تسعة"), diff);
    }

    [Fact]
    public async Task Confirm_PropagatesWritesTheMemoryAndRecordsRevisions()
    {
        await using var host = await Start();

        var confirm = await host.Client.PostAsJsonAsync("/api/segments/1/confirm", new { target = "The spokesman said the situation is stable." });
        var draft = await host.Client.PostAsJsonAsync("/api/segments/1/draft", new { target = "The spokesman said things are calm." });
        var revisions = await host.GetJson<JsonElement>("/api/segments/1/revisions");
        var diff = await host.GetJson<JsonElement>("/api/segments/1/diff?from=1&to=2");
        var latest = await host.GetJson<JsonElement>("/api/segments/1/diff");
        var third = await host.GetJson<JsonElement>("/api/segments/3");
        var memories = await host.GetJson<JsonElement>("/api/memories");

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var confirmation = await confirm.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([3L], confirmation.GetProperty("propagated").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(2, revisions.GetArrayLength());
        Assert.Equal("draft", revisions[1].GetProperty("status").GetString());
        Assert.Contains(diff.GetProperty("diff").EnumerateArray(), d => d.GetProperty("kind").GetString() == "insert" && d.GetProperty("text").GetString()!.Contains("calm", StringComparison.Ordinal));
        // without from and to, as tw diff: the latest revision against the one before
        Assert.Equal((1, 2), (latest.GetProperty("from").GetInt32(), latest.GetProperty("to").GetInt32()));
        Assert.Equal(diff.GetProperty("diff").GetRawText(), latest.GetProperty("diff").GetRawText());
        Assert.Equal(("translated", "propagation"), (third.GetProperty("status").GetString(), third.GetProperty("targetOrigin").GetString()));
        Assert.Equal(2, memories[0].GetProperty("units").GetInt32());
    }

    [Fact]
    public async Task Confirm_EmptyTarget_Is400AndChangesNothing()
    {
        await using var host = await Start();

        var response = await host.Client.PostAsJsonAsync("/api/segments/1/confirm", new { target = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the translation is empty; type one, or leave the segment.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, (await host.GetJson<JsonElement>("/api/segments/1/revisions")).GetArrayLength());
    }

    [Fact]
    public async Task Confirm_NotJson_Is4xx_AndUnknownSegment404()
    {
        await using var host = await Start();

        var notJson = await host.Client.PostAsync("/api/segments/1/confirm", new StringContent("target=hello"));
        var missing = await host.Client.PostAsJsonAsync("/api/segments/999/confirm", new { target = "x" });
        var badRevision = await host.Client.GetAsync("/api/segments/1/diff?from=1&to=2");
        var brokenJson = await host.Client.PostAsync("/api/segments/1/confirm", new StringContent("{\"target\": ", System.Text.Encoding.UTF8, "application/json"));
        var notANumber = await host.Client.GetAsync("/api/segments/1/matches?max=many");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        // a request that cannot be read says why, not a bare 400
        // in the API's words, not ASP.NET's ("Failed to bind parameter \"Nullable<int> max\" from \"many\".")
        Assert.Equal(HttpStatusCode.BadRequest, brokenJson.StatusCode);
        Assert.Equal("the body is not the JSON this route reads (line 1, byte 12).", (await brokenJson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Equal("max: \"many\" is not a whole number.", (await notANumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badRevision.StatusCode);
    }

    [Fact]
    public async Task Pretranslate_AnalysisAndExport()
    {
        await using var host = await Start();
        await host.Client.PostAsJsonAsync("/api/segments/1/confirm", new { target = "The spokesman said the situation is stable." });

        var pretranslate = await host.Client.PostAsJsonAsync("/api/documents/1/pretranslate", new { minScore = 85 });
        var analysis = await host.GetJson<JsonElement>("/api/documents/1/analysis");
        var text = await host.Client.GetAsync("/api/documents/1/export.txt");
        var tmx = await host.Client.GetAsync("/api/documents/1/export.tmx");

        Assert.Equal(1, (await pretranslate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("filled").GetInt32());
        Assert.Equal(3, analysis.GetProperty("totalSegments").GetInt32());
        Assert.Equal("The spokesman said the situation is stable.\nLast week seven people were kidnapped in Diyala.\nThe spokesman said the situation is stable.\n", await text.Content.ReadAsStringAsync());
        Assert.Equal("0", text.Headers.GetValues("X-Untranslated-Segments").Single());
        var tmxText = await tmx.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", tmxText);
        Assert.Contains("<tuv xml:lang=\"ar\"><seg>قال المتحدث إن الوضع مستقر.</seg></tuv>", tmxText);
    }
}
