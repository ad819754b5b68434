using AdminPortal.Web;
using AdminPortal.Web.Operations;

var builder = WebApplication.CreateBuilder(args);
if (PortalCommands.IsCommand(args))
{
    // backup/restore: the portal's configuration, no web host (decision 014).
    return await PortalCommands.RunAsync(args, builder.Configuration, builder.Environment.ContentRootPath, Console.Out, Console.Error);
}

builder.AddMobilityPortal();

var app = builder.Build();
app.UseMobilityPortal();

await app.PrepareDatabaseAsync();
await app.RunAsync();
return PortalCommands.Done;

/// <summary>Entry point; public so that test hosts can start the real app.</summary>
public partial class Program;
