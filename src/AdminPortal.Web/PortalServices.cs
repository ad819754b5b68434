using AdminPortal.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AdminPortal.Web;

/// <summary>The portal's persistence wiring, shared by Program and the test hosts.</summary>
public static class PortalServices
{
    /// <summary>
    /// Registers the database. Configuration is read when the first context is made, so hosts (and test hosts)
    /// can still override it after this call.
    /// </summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services)
    {
        services.AddDbContextFactory<PortalDbContext>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var contentRoot = provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            var connectionString = configuration.GetConnectionString("Portal")
                ?? throw new InvalidOperationException("ConnectionStrings:Portal is not configured.");
            options.UsePortalDatabase(configuration["Database:Provider"], connectionString, contentRoot);
        });
        services.AddScoped<ConfigurationStore>();
        services.AddSingleton<Operations.DatabaseReadiness>();
        services.AddHealthChecks().AddCheck<Operations.DatabaseHealthCheck>("database", tags: ["ready"]);
        // Keys in the portal's database: every instance behind a (sticky) load balancer reads the same ring, so a
        // cookie one instance issued is accepted by the others.
        services.AddDataProtection().SetApplicationName("MobilityAdminPortal").PersistKeysToDbContext<PortalDbContext>();
        return services;
    }

    /// <summary>
    /// Applies migrations and, when <c>DemoData:Enabled</c>, seeds the design guide's example; when the database
    /// cannot be reached yet, the portal starts anyway and keeps trying (see <see cref="Operations.DatabaseReadiness"/>).
    /// </summary>
    public static Task PrepareDatabaseAsync(this WebApplication app) =>
        app.Services.GetRequiredService<Operations.DatabaseReadiness>().PrepareAsync(app.Lifetime.ApplicationStopping);

    /// <summary><c>/healthz</c>: the process answers (liveness). <c>/readyz</c>: the database is prepared and reachable (readiness).</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
