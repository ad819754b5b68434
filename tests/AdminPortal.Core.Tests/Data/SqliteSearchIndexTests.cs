using System.Linq.Expressions;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Data;

/// <summary>
/// SQLite only (decision 025): the remote destination list's queries are answered by the name indexes, not by
/// reading the table; the range the search adds on SQLite finds exactly the rows the LIKE alone finds.
/// </summary>
public sealed class SqliteSearchIndexTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task NameBeginsWith_CountAndPage_ReadTheLowerNameIndex()
    {
        await LargeCluster.SeedAsync(_database, 300);
        var plans = new QueryPlans();
        var store = new ConfigurationStore(new PlannedContexts(_database.ConnectionString, plans), new SystemChange("tests"));

        var page = await store.FindAsync(Destinations("bulk 1", page: 1), r => r.Name);

        Assert.Equal(111, page.TotalCount); // bulk 1, bulk 10-19, bulk 100-199
        Assert.Equal(["bulk 121", "bulk 122", "bulk 123"], page.Rows.Take(3));
        Assert.Equal(2, plans.Seen.Count);
        Assert.All(plans.Seen, p => Assert.Contains("INDEX IX_RemoteDestinations_LowerName (<expr>>? AND <expr><?)", p.Plan));
    }

    [Fact]
    public async Task WholeList_Page_ReadsTheNameIndexInOrder()
    {
        await LargeCluster.SeedAsync(_database, 300);
        var plans = new QueryPlans();
        var store = new ConfigurationStore(new PlannedContexts(_database.ConnectionString, plans), new SystemChange("tests"));

        var page = await store.FindAsync(Destinations("", page: 0), r => r.Name);

        Assert.Equal(300, page.TotalCount);
        Assert.Equal(["bulk 0", "bulk 1", "bulk 10"], page.Rows.Take(3));
        var rows = plans.Seen.Single(p => p.Sql.Contains("ORDER BY"));
        Assert.Contains("INDEX IX_RemoteDestinations_Name", rows.Plan);
        Assert.DoesNotContain("TEMP B-TREE", rows.Plan);
    }

    [Fact]
    public async Task BeginsWith_RangeAndLikeAlone_FindTheSameRowsForEveryPrefix()
    {
        string[] names =
        [
            "SJ_a", "sj_B", "SJ", "sj%x", "sj_", "Sk", "sJ\u00e9", "\u00c4bc", "\u00e4bc", "\u00e4", "s", "rz", "t\u00e4", "bulk 3", "bulk 30",
            "bulk 4", "bulk 3~", "bulk 3\u007f", "x\ud7fe1", "x\ud7ff", "x\ud7ff2", "y\ufffd", "zz", "z{", "\U0001F600a",
        ];
        await FindSearchTests<SqliteTestDatabase>.AddAsync(_database, names);
        var prefixes = names.SelectMany(n => Enumerable.Range(1, n.Length).Select(i => n[..i]))
            .Concat(["S", "SJ_", "%", "_", "~", "\u00c4", "Z", "bulk 3\u007f"])
            .Where(p => !char.IsHighSurrogate(p[^1]))
            .Distinct();

        await using var db = _database.CreateDbContext();
        var compared = 0;
        foreach (var prefix in prefixes)
        {
            var request = FindSearchTests<SqliteTestDatabase>.Request(MatchCondition.BeginsWith, prefix, 0, 100);
            var withRange = await request.Apply(db.PhysicalLocations, binaryText: true).Select(p => p.Name).OrderBy(n => n).ToListAsync();
            var likeAlone = await request.Apply(db.PhysicalLocations, binaryText: false).Select(p => p.Name).OrderBy(n => n).ToListAsync();
            Assert.True(likeAlone.SequenceEqual(withRange), $"'{prefix}': LIKE alone [{string.Join(",", likeAlone)}], with the range [{string.Join(",", withRange)}]");
            compared += likeAlone.Count;
        }

        Assert.True(compared > names.Length, $"{compared} rows compared");
    }

    private static FindRequest<RemoteDestination> Destinations(string text, int page) => new()
    {
        Field = r => r.Name,
        Condition = MatchCondition.BeginsWith,
        Text = text,
        PageIndex = page,
        PageSize = 25,
        SortKeys = new Dictionary<string, LambdaExpression> { ["Name"] = (Expression<Func<RemoteDestination, string>>)(r => r.Name) },
    };

    private sealed class PlannedContexts(string connectionString, QueryPlans plans) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<PortalDbContext>();
            options.UseSqlitePortal(connectionString).AddInterceptors(plans);
            return new PortalDbContext(options.Options);
        }
    }
}
