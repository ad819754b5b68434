using AdminPortal.Web.Accounts;
using AdminPortal.Web.Api;
using AdminPortal.Web.Bulk;
using AdminPortal.Web.Components;
using AdminPortal.Web.Operations;
using MudBlazor.Services;

namespace AdminPortal.Web;

/// <summary>
/// The one place the portal is put together. <c>Program</c> and the bUnit base both call
/// <see cref="AddMobilityPortal(IServiceCollection, IConfiguration)"/>, so a test runs with the app's own services; a new page's
/// service is registered there, a new endpoint or middleware in <see cref="UseMobilityPortal"/>, and nowhere else.
/// </summary>
public static class MobilityPortal
{
    /// <summary>The web host: Razor components on the server, the checks a host makes when it starts, then every service.</summary>
    public static WebApplicationBuilder AddMobilityPortal(this WebApplicationBuilder builder)
    {
        // Every environment checks the container as it is built: a missing registration (say the store's
        // IChangeAuthorization) stops the start naming it, instead of failing on the first save.
        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // Hosting of the components; bUnit hosts them itself, so these stay out of the shared list below.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(LimitCircuits).AddHubOptions(LimitHub);
        builder.Services.AddMobilityPortal(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// What one circuit (a browser tab) may hold on the server, set here and not left to the defaults (decisions 019
    /// and 021; figures in docs/benchmarks.md, "Circuits under load"). One instance is sized for 200 administrators.
    /// </summary>
    private static void LimitCircuits(Microsoft.AspNetCore.Components.Server.CircuitOptions circuits)
    {
        // A tab whose connection drops (a proxy restart, a laptop waking) keeps its circuit, so unsaved edits survive a
        // reconnect. A closed tab ends its circuit at once, so only such drops fill this: room for every administrator
        // an instance is sized for (the default is 100). A retained circuit holds what it held idle (about 1 MB measured
        // after decision 021's trims), so 200 of them bound this list at ~200 MB.
        circuits.DisconnectedCircuitMaxRetained = 200;
        // A blip (proxy restart, Wi-Fi hand-over) reconnects within seconds; a tab away for 2 minutes is asked to
        // reload. Shorter than the 3-minute default: 150 dropped tabs otherwise held their memory a minute longer.
        circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
        // The portal's JS calls (MudBlazor's popovers and observers, focus, downloads) answer in milliseconds; a call
        // that does not answer in 30 s is a dead tab, and waiting the default minute only holds its state longer.
        circuits.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
        // Render batches buffered for a tab that stops acknowledging (a slow or frozen browser): the default, stated,
        // so that one slow client's backlog stays bounded.
        circuits.MaxBufferedUnacknowledgedRenderBatches = 10;
    }

    /// <summary>The SignalR hub every circuit talks through.</summary>
    private static void LimitHub(Microsoft.AspNetCore.SignalR.HubOptions hub)
    {
        // The largest message a tab sends is a form field's value (text fields are capped at a few hundred characters;
        // uploads stream in chunks below this): the 32 KB default, stated, bounds what one client can make the server
        // buffer before any check runs.
        hub.MaximumReceiveMessageSize = 32 * 1024;
        // One event at a time per tab, as Blazor expects (the default).
        hub.MaximumParallelInvocationsPerClient = 1;
        // A tab silent for 30 s (two missed 15 s pings) is gone: its circuit moves to the disconnected list above.
        hub.KeepAliveInterval = TimeSpan.FromSeconds(15);
        hub.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
    }

    /// <summary>
    /// Every service the pages, endpoints and background work of the portal use. <paramref name="configuration"/> is
    /// read here only for what must be known at registration (the Data Protection certificate); everything else
    /// reads the host's configuration when it is first used.
    /// </summary>
    public static IServiceCollection AddMobilityPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMudServices();
        services.AddScoped<Core.Cluster.ConfigurationOverview>();
        services.AddScoped<Core.UnifiedMobility.EndUserQueries>();
        services.AddScoped<Core.UnifiedMobility.RemoteDestinationQueries>();
        services.AddScoped<Core.Rules.MobilityTools>();
        // One design review for the process, recomputed only when the configuration changes (decision 022).
        services.AddSingleton<Core.Rules.SharedDesignReview>();
        services.AddScoped<Core.Audit.AuditLog>();
        services.AddScoped<Core.Interchange.AxlService>();
        services.AddScoped<Core.SelfCare.SelfCareAxl>();
        services.AddSingleton<Core.Bulk.BulkExport>();
        services.AddSingleton<Core.Previews.DeviceMobilityPreviewService>();
        services.AddSingleton<Core.Previews.CallerIdMatchService>();
        services.AddScoped<Core.Previews.RingPreviewService>();
        services.AddPortalPersistence(configuration);
        services.AddPortalAccounts();
        services.AddApiAuthentication();
        services.AddApiDocument();
        services.AddPortalTelemetry();
        services.AddPortalBackups();
        services.AddBulkAdministration();
        return services;
    }

    /// <summary>The request pipeline and every endpoint, in order.</summary>
    public static WebApplication UseMobilityPortal(this WebApplication app)
    {
        // First, so that every response has them, including errors, redirects and static files.
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(error => error.Run(ErrorPage.WriteAsync));
            app.UseHsts();
        }

        app.UseStatusCodePagesByChannel(PortalUrls.NotFound);
        app.UseSignInThrottling();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapDesignReviewExport();
        app.MapAuditLogExport();
        app.MapBulkExportDownloads();
        app.MapImportJobReportDownload();
        app.MapSignOut();
        // The API authenticates by its own scheme only (Basic or a token, never the cookie): see decision 011.
        app.MapMobilityApi();
        app.MapMe();
        app.MapPreviewApi();
        app.MapApiDocument();
        app.MapHealthEndpoints();
        app.MapMetrics();
        app.MapMemoryDiagnostics();
        return app;
    }
}
