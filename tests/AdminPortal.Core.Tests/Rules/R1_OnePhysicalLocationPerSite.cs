using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R1: one physical location per site; a device pool's physical location is its site's (SRND L484, L415).</summary>
public abstract class R1_OnePhysicalLocationPerSite<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R1_OnePhysicalLocationPerSite() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SavePool_InItsSitesPhysicalLocation_IsAllowed()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var site = await _rules.SiteAsync("San Jose", sanJose);
        var pool = await _rules.NewPoolAsync("SJ_DP");
        pool.SiteId = site;
        pool.PhysicalLocationId = sanJose;

        var result = await _rules.Store.SaveAsync(pool);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(sanJose, (await _rules.LoadAsync<DevicePool>(result.Id)).PhysicalLocationId);
    }

    [Fact]
    public async Task SavePool_InAnotherPhysicalLocationThanItsSite_IsRefusedOnPhysicalLocationId()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var rtp = await _rules.NamedAsync<PhysicalLocation>("RTP_phyloc");
        var site = await _rules.SiteAsync("San Jose", sanJose);
        var pool = await _rules.NewPoolAsync("SJ_DP");
        pool.SiteId = site;
        pool.PhysicalLocationId = rtp;
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(pool);

        var error = AssertRefused(result, "R1", "PhysicalLocationId", "SRND L484");
        Assert.Contains("San Jose", error.Message, StringComparison.Ordinal);
        Assert.Contains("SJ_phyloc", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.DevicePools.AnyAsync(p => p.Name == "SJ_DP"));
    }

    [Fact]
    public async Task SavePool_WithPhysicalLocationInSiteWithoutOne_IsRefusedOnPhysicalLocationId()
    {
        var rtp = await _rules.NamedAsync<PhysicalLocation>("RTP_phyloc");
        var site = await _rules.SiteAsync("Branch", physicalLocationId: null);
        var pool = await _rules.NewPoolAsync("Branch_DP");
        pool.SiteId = site;
        pool.PhysicalLocationId = rtp;
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(pool);

        var error = AssertRefused(result, "R1", "PhysicalLocationId", "SRND L484");
        Assert.Contains("Branch has no physical location", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task SavePool_WithoutPhysicalLocationInSiteWithOne_IsRefusedOnPhysicalLocationId()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var site = await _rules.SiteAsync("San Jose", sanJose);
        var pool = await _rules.NewPoolAsync("SJ_DP");
        pool.SiteId = site;
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(pool);

        AssertRefused(result, "R1", "PhysicalLocationId", "SRND L484");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task SavePool_WithoutSite_AnyPhysicalLocationIsAllowed()
    {
        var rtp = await _rules.NamedAsync<PhysicalLocation>("RTP_phyloc");
        var pool = await _rules.NewPoolAsync("Floating_DP");
        pool.PhysicalLocationId = rtp;

        var result = await _rules.Store.SaveAsync(pool);

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task SaveSite_PhysicalLocationChanged_MovesItsPoolsAlongAndLeavesOtherSitesAlone()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var rtp = await _rules.NamedAsync<PhysicalLocation>("RTP_phyloc");
        var site = await _rules.SiteAsync("San Jose", sanJose);
        var otherSite = await _rules.SiteAsync("Campus 2", sanJose);
        var pools = new List<int>();
        foreach (var (name, owner) in new[] { ("SJ_DP", site), ("SJ_Lobby_DP", site), ("C2_DP", otherSite) })
        {
            var pool = await _rules.NewPoolAsync(name);
            pool.SiteId = owner;
            pool.PhysicalLocationId = sanJose;
            pools.Add(await _rules.SavedAsync(pool));
        }

        var result = await _rules.ChangeAsync<Site>(site, s => s.PhysicalLocationId = rtp);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(rtp, (await _rules.LoadAsync<Site>(site)).PhysicalLocationId);
        Assert.Equal(rtp, (await _rules.LoadAsync<DevicePool>(pools[0])).PhysicalLocationId);
        Assert.Equal(rtp, (await _rules.LoadAsync<DevicePool>(pools[1])).PhysicalLocationId);
        Assert.Equal(sanJose, (await _rules.LoadAsync<DevicePool>(pools[2])).PhysicalLocationId);
        AssertNoFinding(await _rules.ReviewAsync(), "R1");
    }

    [Fact]
    public async Task SaveSite_PhysicalLocationRemoved_ClearsItsPools()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var site = await _rules.SiteAsync("San Jose", sanJose);
        var pool = await _rules.NewPoolAsync("SJ_DP");
        pool.SiteId = site;
        pool.PhysicalLocationId = sanJose;
        var poolId = await _rules.SavedAsync(pool);

        var result = await _rules.ChangeAsync<Site>(site, s => s.PhysicalLocationId = null);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Null((await _rules.LoadAsync<DevicePool>(poolId)).PhysicalLocationId);
    }

    [Fact]
    public async Task SaveSite_RefusedForAnotherReason_LeavesItsPoolsWhereTheyWere()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var rtp = await _rules.NamedAsync<PhysicalLocation>("RTP_phyloc");
        var site = await _rules.SiteAsync("San Jose", sanJose);
        var pool = await _rules.NewPoolAsync("SJ_DP");
        pool.SiteId = site;
        pool.PhysicalLocationId = sanJose;
        await _rules.SavedAsync(pool);
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeAsync<Site>(site, s => { s.PhysicalLocationId = rtp; s.PstnAccessCode = "x"; });

        Assert.False(result.Succeeded);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task SaveSite_PhysicalLocationChangedWithoutPools_IsAllowed()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var rtp = await _rules.NamedAsync<PhysicalLocation>("RTP_phyloc");
        var site = await _rules.SiteAsync("New site", sanJose);

        var result = await _rules.ChangeAsync<Site>(site, s => s.PhysicalLocationId = rtp);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(rtp, (await _rules.LoadAsync<Site>(site)).PhysicalLocationId);
    }

    [Fact]
    public async Task RunAsync_MismatchInsertedBypassingTheStore_ReportsR1ForThePoolAndItsSite()
    {
        var pool = await _rules.NewPoolAsync("SJ_DP");
        int poolId;
        int siteId;
        await using (var db = _database.CreateDbContext())
        {
            var sanJose = db.PhysicalLocations.Add(new PhysicalLocation { Name = "SJ_phyloc" }).Entity;
            var rtp = db.PhysicalLocations.Add(new PhysicalLocation { Name = "RTP_phyloc" }).Entity;
            var site = db.Sites.Add(new Site { Name = "San Jose", PhysicalLocation = sanJose }).Entity;
            pool.Site = site;
            pool.PhysicalLocation = rtp;
            db.DevicePools.Add(pool);
            await db.SaveChangesAsync();
            (poolId, siteId) = (pool.Id, site.Id);
        }

        var findings = await _rules.ReviewAsync();

        var finding = AssertFinding(findings, "R1", Ref<DevicePool>(poolId), Ref<Site>(siteId));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("RTP_phyloc", finding.Message, StringComparison.Ordinal);
        Assert.Contains("SJ_phyloc", finding.Message, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Error, findings[0].Severity);
    }

    [Fact]
    public async Task RunAsync_PoolsInTheirSitesPhysicalLocation_ReportsNoR1()
    {
        var sanJose = await _rules.NamedAsync<PhysicalLocation>("SJ_phyloc");
        var site = await _rules.SiteAsync("San Jose", sanJose);
        var pool = await _rules.NewPoolAsync("SJ_DP");
        pool.SiteId = site;
        pool.PhysicalLocationId = sanJose;
        await _rules.SavedAsync(pool);

        AssertNoFinding(await _rules.ReviewAsync(), "R1");
    }
}

public sealed class R1_OnePhysicalLocationPerSite_OnSqlite : R1_OnePhysicalLocationPerSite<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R1_OnePhysicalLocationPerSite_OnPostgres : R1_OnePhysicalLocationPerSite<PostgresTestDatabase>;
