using AdminPortal.Web.Accounts;
using AdminPortal.Web.Api;
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
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMobilityPortal(builder.Configuration);
        return builder;
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
        app.MapSignOut();
        // The API authenticates by its own scheme only (Basic or a token, never the cookie): see decision 011.
        app.MapMobilityApi();
        app.MapMe();
        app.MapPreviewApi();
        app.MapApiDocument();
        app.MapHealthEndpoints();
        app.MapMetrics();
        return app;
    }
}
