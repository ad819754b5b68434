using System.Security.Cryptography.X509Certificates;
using AdminPortal.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Web;

/// <summary>The portal's persistence wiring: the database, its readiness and health checks, Data Protection keys.</summary>
public static class PortalServices
{
    /// <summary>
    /// Registers the database. Its connection is read when the first context is made, so hosts (and test hosts)
    /// can still override it after this call. Every scoped <see cref="PortalDbContext"/> (Identity's stores) comes
    /// from the one factory, so a host that replaces the factory replaces every context.
    /// </summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContextFactory<PortalDbContext>((container, options) =>
        {
            var settings = container.GetRequiredService<IConfiguration>();
            var contentRoot = container.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            var connectionString = settings.GetConnectionString("Portal")
                ?? throw new InvalidOperationException("ConnectionStrings:Portal is not configured.");
            var databaseProvider = settings["Database:Provider"];
            options.UsePortalDatabase(databaseProvider, connectionString, contentRoot);
            if (string.IsNullOrWhiteSpace(databaseProvider) || string.Equals(databaseProvider, PortalDatabase.SqliteProvider, StringComparison.OrdinalIgnoreCase))
            {
                // SQLite changes a column by rebuilding its table, with foreign keys switched off outside the
                // transaction; EF Core warns about that on every database it migrates through ExplicitIntegerDefaults
                // (every new one). Decision 009 says why it is safe here; the warning is kept for PostgreSQL.
                options.ConfigureWarnings(warnings => warnings.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)));
            }
        });
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddScoped<ConfigurationStore>();
        services.AddScoped<Core.Bulk.BulkImport>();
        services.AddSingleton<Operations.DatabaseReadiness>();
        services.AddHealthChecks().AddCheck<Operations.DatabaseHealthCheck>("database", tags: ["ready"]);
        AddDataProtection(services, configuration);
        return services;
    }

    /// <summary>
    /// Keys in the portal's database: every instance behind a (sticky) load balancer reads the same ring, so a
    /// cookie one instance issued is accepted by the others. With <c>DataProtection:CertificatePath</c> (a PFX file,
    /// <c>DataProtection:CertificatePassword</c>) the keys are encrypted with that certificate, so a copy of the
    /// database alone cannot forge sign-in cookies; without it they are stored as they are (decision 009).
    /// </summary>
    private static void AddDataProtection(IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName("MobilityAdminPortal").PersistKeysToDbContext<PortalDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
    }

    /// <summary>
    /// Applies migrations and, when <c>DemoData:Enabled</c>, seeds the design guide's example; when the database
    /// cannot be reached yet, the portal starts anyway and keeps trying (see <see cref="Operations.DatabaseReadiness"/>).
    /// </summary>
    public static Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Configuration["DataProtection:CertificatePath"]))
        {
            // Said once, plainly, instead of Data Protection's warning for every new key (filtered in appsettings.json).
            app.Logger.LogInformation("Data Protection keys are stored in the portal's database without encryption; set DataProtection:CertificatePath to encrypt them (decision 009).");
        }

        return app.Services.GetRequiredService<Operations.DatabaseReadiness>().PrepareAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary><c>/healthz</c>: the process answers (liveness). <c>/readyz</c>: the database is prepared and reachable (readiness).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
