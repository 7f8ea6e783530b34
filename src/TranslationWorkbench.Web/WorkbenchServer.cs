using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using TranslationWorkbench.Core.Workspace;
using TranslationWorkbench.Web.Api;

namespace TranslationWorkbench.Web;

/// <summary>The local web workbench: a minimal JSON API under /api and the static pages in wwwroot.</summary>
public static class WorkbenchServer
{
    public static WebApplication Build(WorkbenchServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { WebRootPath = webRoot, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxRequestBytes);
        builder.Services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.Converters.Add(new SafeIntegerConverter());
            json.SerializerOptions.Converters.Add(new UtcTimeJsonConverter());
        });
        builder.Services.AddProblemDetails();
        // a missing query parameter or unreadable JSON: a BadHttpRequestException that ProblemMiddleware turns into a
        // 400 saying what was wrong, instead of a bare 400 with no detail
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(_ => Core.Workspace.Workspace.Open(options.WorkspacePath, author: options.Author, memories: options.Memories));
        configure?.Invoke(builder);

        var app = builder.Build();
        // empty error responses (404 unknown route, 415 not JSON, 405) become ProblemDetails too
        app.UseStatusCodePages();
        app.UseMiddleware<ProblemMiddleware>();
        app.UseMiddleware<SameOriginMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(webRoot),
            OnPrepareResponse = context => context.Context.Response.Headers["Cache-Control"] = "no-cache",
        });
        var api = app.MapGroup("/api");
        DocumentsApi.Map(api);
        SegmentsApi.Map(api);
        MemoriesApi.Map(api);
        AlignmentApi.Map(api);
        return app;
    }
}
