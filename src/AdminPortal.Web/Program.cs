using AdminPortal.Web;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Components;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddScoped<AdminPortal.Core.Cluster.ConfigurationOverview>();
builder.Services.AddScoped<AdminPortal.Core.UnifiedMobility.EndUserQueries>();
builder.Services.AddScoped<AdminPortal.Core.UnifiedMobility.RemoteDestinationQueries>();
builder.Services.AddScoped<AdminPortal.Core.Rules.MobilityTools>();
builder.Services.AddPortalPersistence();
builder.Services.AddPortalAccounts();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(error => error.Run(AdminPortal.Web.Operations.ErrorPage.WriteAsync));
    app.UseHsts();
}

// The id every log line of the request carries (the logging scope's RequestId), for people to quote.
app.Use((context, next) =>
{
    context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
    return next(context);
});

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapDesignReviewExport();
app.MapSignOut();
app.MapHealthEndpoints();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so that test hosts can start the real app.</summary>
public partial class Program;
