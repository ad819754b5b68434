using AdminPortal.Core.Cluster;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>The design guide's own example, as DemoData seeds it, breaks no hard rule.</summary>
public abstract class DemoDataDesignReview<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateDbContext();
        Assert.True(await DemoData.SeedAsync(db));
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task RunAsync_SeededDemoConfiguration_HasNoErrorFindings()
    {
        await using var db = _database.CreateDbContext();

        var findings = await new DesignReview(db).RunAsync();

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
        Assert.All(findings, f => Assert.False(f.Rule.IsHard, $"{f.Rule.Id}: {f.Message}"));
        // The demo declares the VPN concentrators' subnet and gives it a Device Mobility Info (SRND L489).
        Assert.DoesNotContain(findings, f => f.Rule.Id == "W10");
    }

    [Fact]
    public async Task ForObjectAsync_EachDemoObject_GivesTheWholeReviewsRecommendationsAboutIt()
    {
        await using var db = _database.CreateDbContext();
        var all = await new DesignReview(db).RunAsync();
        var objects = new List<(Type Kind, int Id)> { (typeof(ClusterMobilitySettings), ClusterMobilitySettings.SingletonId) };
        objects.AddRange((await db.RemoteDestinations.Select(r => r.Id).ToListAsync()).Select(id => (typeof(RemoteDestination), id)));
        objects.AddRange((await db.EndUsers.Select(u => u.Id).ToListAsync()).Select(id => (typeof(EndUser), id)));
        objects.AddRange((await db.Phones.Select(p => p.Id).ToListAsync()).Select(id => (typeof(Phone), id)));
        objects.AddRange((await db.Sites.Select(s => s.Id).ToListAsync()).Select(id => (typeof(Site), id)));
        objects.AddRange((await db.DeviceMobilityInfos.Select(d => d.Id).ToListAsync()).Select(id => (typeof(DeviceMobilityInfo), id)));
        objects.AddRange((await db.MobilityProfiles.Select(m => m.Id).ToListAsync()).Select(id => (typeof(MobilityProfile), id)));

        foreach (var (kind, id) in objects)
        {
            var expected = all.Where(f => !f.Rule.IsHard && f.Concerns(kind, id)).Select(f => $"{f.Rule.Id} {f.Message}").Order(StringComparer.Ordinal);
            var actual = (await new DesignReview(db).ForObjectAsync(kind, id)).Select(f => $"{f.Rule.Id} {f.Message}").Order(StringComparer.Ordinal);

            Assert.Equal(expected, actual);
        }
    }
}

public sealed class DemoDataDesignReview_OnSqlite : DemoDataDesignReview<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class DemoDataDesignReview_OnPostgres : DemoDataDesignReview<PostgresTestDatabase>;
