using AdminPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Benchmarks.Previews;

/// <summary>
/// Contexts on a test database's SQLite file with connection pooling on, as the portal runs (the test database
/// turns pooling off so its file can be deleted at once).
/// </summary>
public sealed class PooledSqliteContexts(string testConnectionString, params IInterceptor[] interceptors) : IDbContextFactory<PortalDbContext>
{
    public string ConnectionString { get; } = new SqliteConnectionStringBuilder(testConnectionString) { Pooling = true }.ConnectionString;

    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UseSqlitePortal(ConnectionString).AddInterceptors(interceptors);
        return new PortalDbContext(options.Options);
    }
}
