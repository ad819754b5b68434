using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web;

/// <summary>The portal's persistence wiring, shared by Program and the test hosts.</summary>
public static class PortalServices
{
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"] ?? PortalDatabase.SqliteProvider;
        if (!string.Equals(provider, PortalDatabase.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use '{PortalDatabase.SqliteProvider}'.");
        }

        var connectionString = configuration.GetConnectionString("Portal")
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is not configured.");
        var resolved = PortalDatabase.ResolveSqliteConnectionString(connectionString, contentRoot);
        services.AddDbContextFactory<PortalDbContext>(options => options.UseSqlitePortal(resolved));
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
