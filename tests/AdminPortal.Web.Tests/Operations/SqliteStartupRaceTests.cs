using System.Net;
using AdminPortal.Core.Data;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Web.Tests.Operations;

/// <summary>Two portal hosts starting at once on one new SQLite file take turns (the file lock of <see cref="StartupLock"/>): both come up, seeded once.</summary>
public sealed class SqliteStartupRaceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"adminportal-race-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task TwoInstances_StartingAtOnceOnANewFile_MigrateAndSeedItOnce()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={_file};Pooling=False", ["DemoData:Enabled"] = "true" };
        await using var first = new PortalHost(settings);
        await using var second = new PortalHost(settings);

        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            client.Dispose();
        }

        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UseSqlitePortal($"Data Source={_file};Pooling=False");
        await using var db = new PortalDbContext(options.Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(AccountBootstrap.DemoAccounts.Count, await db.Users.CountAsync());
        Assert.Equal(await db.Sites.Select(s => s.Name).Distinct().CountAsync(), await db.Sites.CountAsync());
        Assert.True(await db.Sites.AnyAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".startup-lock" })
        {
            File.Delete(_file + suffix);
        }
    }
}
