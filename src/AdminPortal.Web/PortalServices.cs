using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

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
        return services;
    }

    /// <summary>Applies migrations and, when <c>DemoData:Enabled</c>, seeds the design guide's example.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AdminPortal.Database");
        await DatabaseStartup.PrepareAsync(db, app.Configuration.GetValue("DemoData:Enabled", false), logger);
    }
}
