using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AdminPortal.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without starting the web app or reaching a
/// server (adding a migration does not connect).
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UsePostgresPortal("Host=localhost;Database=adminportal_design_time");
        return new PortalDbContext(options.Options);
    }
}
