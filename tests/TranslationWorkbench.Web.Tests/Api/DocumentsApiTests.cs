using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TranslationWorkbench.Web.Tests.Api;

public sealed class DocumentsApiTests
{
    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    [Fact]
    public async Task Upload_ListSegmentsAndDelete()
    {
        await using var host = await ApiHost.StartAsync();
        var bytes = await File.ReadAllBytesAsync(ApiHost.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"));

        var upload = await host.Client.PostAsync("/api/documents", Upload(bytes, "interview.ar.txt", ("name", "interview")));
        var again = await host.Client.PostAsync("/api/documents", Upload(bytes, "interview.ar.txt"));
        var list = await host.GetJson<JsonElement>("/api/documents");
        var id = list[0].GetProperty("id").GetInt64();
        var segments = await host.GetJson<JsonElement>($"/api/documents/{id}/segments");
        var onlyNew = await host.GetJson<JsonElement>($"/api/documents/{id}/segments?status=new");
        var delete = await host.Client.DeleteAsync($"/api/documents/{id}");
        var afterDelete = await host.Client.GetAsync($"/api/documents/{id}");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal("interview", list[0].GetProperty("name").GetString());
        Assert.Equal(45, list[0].GetProperty("segments").GetInt32());
        Assert.Equal(45, segments.GetArrayLength());
        Assert.Equal(45, onlyNew.GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
    }

    [Theory]
    [InlineData(new byte[0], "empty.txt", "empty.txt: is empty.")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "image.png", "image.png(1,1): not valid UTF-8 (byte 0x89); this looks like a binary file, not text.")]
    [InlineData(new byte[] { 0xD1, 0xE6, 0xE6, 0xCF, 0xC7, 0xE6 }, "legacy.txt", "legacy.txt(1,1): not valid UTF-8 (byte 0xD1); it looks like a legacy Arabic code page")]
    [InlineData(new byte[] { 0x48, 0x69, 0x2E }, "english.txt", "english.txt: has not one Arabic letter, yet it would be imported as ar; if it is the translation of an Arabic text, align the two (on the Alignment page); if it is a text to translate, give its language and the one it goes into, such as From en, To ar.")]
    [InlineData(new byte[] { 0xD9, 0x86, 0xD8, 0xB5, 0x15 }, "controls.txt", "controls.txt(1,3): U+0015, a control character, cannot be stored (TMX cannot carry it).")]
    [InlineData(new byte[] { 0x3C, 0x74, 0x6D, 0x78, 0x3E }, "memory.tmx", "memory.tmx: is a TMX file (XML); to bring its units into a memory use the Memory page's Import TMX or TSV.")]
    public async Task Upload_BadFile_IsAProblemAndChangesNothing(byte[] bytes, string fileName, string detail)
    {
        await using var host = await ApiHost.StartAsync();

        var response = await host.Client.PostAsync("/api/documents", Upload(bytes, fileName));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(0, (await host.GetJson<JsonElement>("/api/documents")).GetArrayLength());
    }

    [Fact]
    public async Task Upload_ClientFileNameWithAPath_IsOnlyAName()
    {
        await using var host = await ApiHost.StartAsync();

        var response = await host.Client.PostAsync("/api/documents", Upload("نص قصير."u8.ToArray(), "../../etc/evil.txt"));

        var document = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("document");
        Assert.Equal("evil.txt", document.GetProperty("originFile").GetString());
    }

    [Fact]
    public async Task UnknownDocument_Is404Everywhere()
    {
        await using var host = await ApiHost.StartAsync();

        foreach (var url in new[] { "/api/documents/99", "/api/documents/99/segments", "/api/documents/99/analysis", "/api/documents/99/export.txt", "/api/documents/99/export.tmx" })
        {
            var response = await host.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task BadStatusFilter_Is400()
    {
        await using var host = await ApiHost.StartAsync(workspace => Assert.Equal(0, Cli.TwCommand.Run(["import", ApiHost.Sample("rudaw-2020-02-07-caggins-interview.ar.txt"), "--workspace", workspace], TextWriter.Null, TextWriter.Null)));

        var response = await host.Client.GetAsync("/api/documents/1/segments?status=finished");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
