using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using TranslationWorkbench.Core;
using TranslationWorkbench.Web;

namespace TranslationWorkbench.Cli.Commands;

/// <summary>`tw serve`: the web workbench on 127.0.0.1 (or --host), until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(GlobalOptions options)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. The default, 127.0.0.1, lets only this machine in; see the README before using 0.0.0.0.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var open = new Option<bool>("--open") { Description = "Open the workbench in the default browser." };
        var command = new Command("serve", "Start the web workbench.") { port, host, open };
        command.SetAction(parseResult =>
        {
            var workspacePath = options.WorkspacePath(parseResult);
            var portNumber = parseResult.GetValue(port);
            if (portNumber is < 1 or > 65535) throw new InvalidInputException($"--port {portNumber}: give a port from 1 to 65535.");
            // opened once here so that a bad workspace or shared memory is an error before anything listens
            options.OpenWorkspace(parseResult).Dispose();
            var memoryDb = options.MemoryDbConnection(parseResult);
            var server = new WorkbenchServerOptions(workspacePath, parseResult.GetValue(host)!, portNumber)
            {
                Author = Environment.GetEnvironmentVariable("TW_AUTHOR"),
                Memories = memoryDb is null ? null : workspace => Postgres.PostgresMemoryStore.Open(memoryDb, workspace.Clock, workspace.Author),
            };
            var app = WorkbenchServer.Build(server);
            app.Start();
            var url = $"http://{(server.Host is "0.0.0.0" or "::" ? "127.0.0.1" : server.Host)}:{portNumber}/";
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine($"TranslationWorkbench on {url} (workspace {workspacePath}{(memoryDb is null ? "" : ", shared memory on PostgreSQL")}); Ctrl+C stops it.");
            if (server.Host is not ("127.0.0.1" or "localhost" or "::1"))
                output.WriteLine($"warning: listening on {server.Host}: anyone who can reach this machine can read and change the workspace (see the README).");
            if (parseResult.GetValue(open)) Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
            app.WaitForShutdown();
            return 0;
        });
        return command;
    }
}
