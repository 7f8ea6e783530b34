using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TranslationWorkbench.Web.Tests.Api;

public sealed class MemoriesApiTests
{
    private const string Tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ar" datatype="plaintext"/>
        <body>
        <tu><tuv xml:lang="ar"><seg>قوات سوريا الديمقراطية تواصل عملها.</seg></tuv><tuv xml:lang="en"><seg>The SDF continue their work.</seg></tuv></tu>
        <tu><tuv xml:lang="ar"><seg>&lt;script&gt;alert(1)&lt;/script&gt;</seg></tuv><tuv xml:lang="en"><seg>A script.</seg></tuv></tu>
        </body></tmx>
        """;

    private static MultipartFormDataContent Upload(string text, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new StringContent(text);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(file, "file", fileName);
        return form;
    }

    [Fact]
    public async Task ImportBrowseEditDeleteExport()
    {
        await using var host = await ApiHost.StartAsync();

        var import = await host.Client.PostAsync("/api/memories/import", Upload(Tmx, "sdf.tmx"));
        var memories = await host.GetJson<JsonElement>("/api/memories");
        var id = memories[0].GetProperty("id").GetInt64();
        var units = await host.GetJson<JsonElement>($"/api/memories/{id}/units");
        var unitId = units.EnumerateArray().First(u => u.GetProperty("target").GetString() == "The SDF continue their work.").GetProperty("id").GetInt64();
        var swapped = await host.Client.PutAsJsonAsync($"/api/units/{unitId}", new { source = "The SDF continue their work now.", target = "قوات سوريا الديمقراطية تواصل عملها الآن." });
        var edit = await host.Client.PutAsJsonAsync($"/api/units/{unitId}", new { source = "قوات سوريا الديمقراطية تواصل عملها الآن.", target = "The SDF continue their work now." });
        var concordance = await host.Client.PostAsJsonAsync("/api/concordance", new { text = "الديمقراطيه", memoryId = id });
        var export = await host.Client.GetAsync($"/api/memories/{id}/export.tmx");
        var delete = await host.Client.DeleteAsync($"/api/units/{unitId}");
        var deleteAgain = await host.Client.DeleteAsync($"/api/units/{unitId}");

        var report = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, "sdf.tmx"), (report.GetProperty("imported").GetInt32(), report.GetProperty("file").GetString()));
        // the import made the memory: said, with the memories there were (none), for the page to show
        Assert.Equal("ar", report.GetProperty("newMemory").GetProperty("sourceLanguage").GetString());
        Assert.Equal(0, report.GetProperty("newMemory").GetProperty("otherMemories").GetArrayLength());
        Assert.Equal(2, units.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, swapped.StatusCode);
        Assert.Contains("has not one Arabic letter, and memory 'default' is ar→en: is it the translation?", await swapped.Content.ReadAsStringAsync());
        Assert.Equal("The SDF continue their work now.", (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("target").GetString());
        var hit = (await concordance.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal(unitId, hit.GetProperty("unit").GetProperty("id").GetInt64());
        Assert.Equal(hit.GetProperty("inSource").GetProperty("start").GetInt32(), hit.GetProperty("sourceHits")[0].GetProperty("start").GetInt32());
        Assert.Equal(0, hit.GetProperty("targetHits").GetArrayLength());
        Assert.Equal("application/x-tmx+xml", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The SDF continue their work now.", await export.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
    }

    [Fact]
    public async Task WithoutAMemoryId_TheOnlyMemory_IsUsed_AndNoEmptyDefaultIsMade()
    {
        await using var host = await ApiHost.StartAsync();
        using var memoryForm = Upload(Tmx, "sdf.tmx");
        memoryForm.Add(new StringContent("news"), "memory");
        await host.Client.PostAsync("/api/memories/import", memoryForm);
        using var document = new MultipartFormDataContent();
        var text = new StringContent("قوات سوريا الديمقراطية تواصل عملها.\n");
        text.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        document.Add(text, "file", "sdf.ar.txt");
        var documentId = (await (await host.Client.PostAsync("/api/documents", document)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("document").GetProperty("id").GetInt64();
        var segmentId = (await host.GetJson<JsonElement>($"/api/documents/{documentId}/segments"))[0].GetProperty("id").GetInt64();

        var matches = await host.GetJson<JsonElement>($"/api/segments/{segmentId}/matches");
        var analysis = await host.GetJson<JsonElement>($"/api/documents/{documentId}/analysis");
        var concordance = await host.Client.PostAsJsonAsync("/api/concordance", new { text = "الديمقراطية" });
        var memories = await host.GetJson<JsonElement>("/api/memories");

        Assert.Equal("news", matches.GetProperty("memory").GetString());
        Assert.Equal(100, matches.GetProperty("matches")[0].GetProperty("score").GetInt32());
        Assert.Equal("news", analysis.GetProperty("memory").GetString());
        Assert.Equal(1, (await concordance.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(["news"], memories.EnumerateArray().Select(memory => memory.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("empty.tmx")]
    [InlineData("empty.tsv")]
    public async Task Import_AnEmptyFile_IsSaidToBeEmpty(string fileName)
    {
        await using var host = await ApiHost.StartAsync();

        var response = await host.Client.PostAsync("/api/memories/import", Upload("", fileName));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"{fileName}: is empty.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, (await host.GetJson<JsonElement>("/api/memories")).GetArrayLength());
    }

    [Fact]
    public async Task Import_BrokenTmx_IsAProblemNamingTheUploadNotATemporaryFile()
    {
        await using var host = await ApiHost.StartAsync();

        var response = await host.Client.PostAsync("/api/memories/import", Upload(Tmx[..^40], "broken.tmx"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.StartsWith("broken.tmx(", detail);
        Assert.Equal(0, (await host.GetJson<JsonElement>("/api/memories")).GetArrayLength());
    }

    [Fact]
    public async Task ForeignOrigin_CannotChangeData()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Client.PostAsync("/api/memories/import", Upload(Tmx, "sdf.tmx"));
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/units/1");
        request.Headers.Add("Origin", "http://attacker.example");
        using var crossSite = new HttpRequestMessage(HttpMethod.Delete, "/api/units/1");
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await host.Client.SendAsync(request);
        var response2 = await host.Client.SendAsync(crossSite);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, response2.StatusCode);
        Assert.Equal(2, (await host.GetJson<JsonElement>("/api/memories"))[0].GetProperty("units").GetInt32());
    }

    [Fact]
    public async Task TooLargeUpload_IsRefused()
    {
        await using var host = await ApiHost.StartAsync();
        var big = new string('ا', 65 * 1024 * 1024 / 2 + 1024);

        var response = await host.Client.PostAsync("/api/memories/import", Upload(big, "big.tmx"));

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal(0, (await host.GetJson<JsonElement>("/api/memories")).GetArrayLength());
    }

    [Fact]
    public async Task UnknownMemory_Is404_WithoutTheServersPaths()
    {
        await using var host = await ApiHost.StartAsync();

        var units = await host.Client.GetAsync("/api/memories/99/units");
        var export = await host.Client.GetAsync("/api/memories/99/export.tmx");
        var concordance = await host.Client.PostAsJsonAsync("/api/concordance", new { text = "x", memoryId = 99 });

        foreach (var response in new[] { units, export, concordance })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(host.WorkspacePath, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task LargeHashes_GoOutAsStrings_SmallNumbersAsNumbers()
    {
        await using var host = await ApiHost.StartAsync(workspace => Cli.TwCommand.Run(["import", ApiHost.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"), "--workspace", workspace], TextWriter.Null, TextWriter.Null));

        var segment = await host.GetJson<JsonElement>("/api/segments/1");

        Assert.Equal(JsonValueKind.Number, segment.GetProperty("id").ValueKind);
        var hash = segment.GetProperty("sourceHash");
        Assert.True(hash.ValueKind == JsonValueKind.String || Math.Abs(hash.GetInt64()) < (1L << 53), hash.ToString());
    }
}
