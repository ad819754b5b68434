using AdminPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.LoadTests;

/// <summary>Contexts on the SQLite file the <c>seed</c> verb fills (pooled connections, as the portal runs).</summary>
internal sealed class FileContexts(string connectionString) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UseSqlitePortal(connectionString);
        return new PortalDbContext(options.Options);
    }
}
