using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Data;

public abstract class DemoDataTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesTheDesignGuideExample()
    {
        await using var db = _database.CreateDbContext();

        Assert.True(await DemoData.SeedAsync(db));

        var sites = await db.Sites.Include(s => s.PhysicalLocation).OrderBy(s => s.Name).ToListAsync();
        Assert.Equal(["London:LON_phyloc", "RTP:RTP_phyloc", "San Jose:SJ_phyloc"], sites.Select(s => $"{s.Name}:{s.PhysicalLocation!.Name}"));
        var groups = await db.DevicePools.Include(p => p.DeviceMobilityGroup).Include(p => p.Site)
            .ToDictionaryAsync(p => p.Site!.Name, p => p.DeviceMobilityGroup!.Name);
        Assert.Equal("US_dmg", groups["San Jose"]);
        Assert.Equal("US_dmg", groups["RTP"]);
        Assert.Equal("EUR_dmg", groups["London"]);
        Assert.True(await db.DeviceMobilityInfos.AnyAsync(d => d.Name.Contains("VPN")));
        Assert.True(await db.RemoteDestinations.AnyAsync(r => r.DestinationNumber == "+14085557890"));
        Assert.True(await db.DirectoryNumbers.AnyAsync(d => d.Pattern == "+14085551234"));
    }

    [Fact]
    public async Task Seed_RunTwice_SecondRunChangesNothing()
    {
        await using (var db = _database.CreateDbContext())
        {
            await DemoData.SeedAsync(db);
        }

        var before = await CountsAsync();
        bool seededAgain;
        await using (var db = _database.CreateDbContext())
        {
            seededAgain = await DemoData.SeedAsync(db);
        }

        Assert.False(seededAgain);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<string> CountsAsync()
    {
        await using var db = _database.CreateDbContext();
        return string.Join(",",
            await db.Sites.CountAsync(), await db.DevicePools.CountAsync(), await db.DeviceMobilityInfos.CountAsync(),
            await db.Regions.CountAsync(), await db.EndUsers.CountAsync(), await db.Phones.CountAsync(),
            await db.RemoteDestinations.CountAsync(), await db.AccessListMembers.CountAsync());
    }
}

public sealed class DemoDataTests_OnSqlite : DemoDataTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class DemoDataTests_OnPostgres : DemoDataTests<PostgresTestDatabase>;
