using AdminPortal.Web;
using AdminPortal.Web.Components;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddScoped<AdminPortal.Web.Components.Pages.Admin.ConfigurationOverview>();
builder.Services.AddScoped<AdminPortal.Core.Rules.MobilityTools>();
builder.Services.AddPortalPersistence();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapDesignReviewExport();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so that test hosts can start the real app.</summary>
public partial class Program;
