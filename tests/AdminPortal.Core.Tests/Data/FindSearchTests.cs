using System.Linq.Expressions;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Tests.Support;

namespace AdminPortal.Core.Tests.Data;

/// <summary>
/// Find and List's "begins with" on both databases (decision 025): on SQLite it is also a range of lower(Name),
/// answered by an index; the rows found and their count must be what the LIKE alone finds, whatever the case, the
/// wildcard characters in the text or the characters just after the prefix.
/// </summary>
public abstract class FindSearchTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private static readonly string[] Names =
    [
        "bulk 3", "Bulk 30", "BULK 3x", "bulk 39", "bulk 3~", "bulk 4", "bulk 2z", "bulk", "bulk%3", "bulk_3", "bulk 3%", "bulkk 3",
    ];

    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("bulk 3", "BULK 3x,Bulk 30,bulk 3,bulk 3%,bulk 39,bulk 3~")]
    [InlineData("BULK 3%", "bulk 3%")]
    [InlineData("bulk_", "bulk_3")]
    [InlineData("bulk%", "bulk%3")]
    [InlineData("bulk 4", "bulk 4")]
    [InlineData("bulk 5", "")]
    [InlineData("  Bulk 3~ ", "bulk 3~")]
    public async Task BeginsWith_EveryPageTogether_HoldsEveryMatchOnceAndTheCount(string text, string expected)
    {
        await AddAsync(Names);

        var found = new List<string>();
        var totals = new HashSet<int>();
        for (var page = 0; page < 5; page++)
        {
            var result = await _database.Store.FindAsync(Request(MatchCondition.BeginsWith, text, page, pageSize: 2), p => p.Name);
            found.AddRange(result.Rows);
            totals.Add(result.TotalCount);
        }

        var matches = expected.Length == 0 ? [] : expected.Split(',');
        Assert.Equal(matches.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal(matches.Length, Assert.Single(totals));
    }

    [Fact]
    public async Task IsExactly_FindsTheNameWhateverItsCase()
    {
        await AddAsync(Names);

        var result = await _database.Store.FindAsync(Request(MatchCondition.IsExactly, "BULK 30", 0, 25), p => p.Name);

        Assert.Equal(["Bulk 30"], result.Rows);
        Assert.Equal(1, result.TotalCount);
    }

    internal static FindRequest<PhysicalLocation> Request(MatchCondition condition, string text, int page, int pageSize) => new()
    {
        Field = p => p.Name,
        Condition = condition,
        Text = text,
        PageIndex = page,
        PageSize = pageSize,
        SortKeys = new Dictionary<string, LambdaExpression> { ["Name"] = (Expression<Func<PhysicalLocation, string>>)(p => p.Name) },
    };

    // Written directly: the names test the search, not the naming rules the store's validator applies.
    internal static async Task AddAsync(TestDatabase database, IEnumerable<string> names)
    {
        await using var db = database.CreateDbContext();
        db.PhysicalLocations.AddRange(names.Select(n => new PhysicalLocation { Name = n }));
        await db.SaveChangesAsync();
    }

    private Task AddAsync(IEnumerable<string> names) => AddAsync(_database, names);
}

public sealed class FindSearchTests_OnSqlite : FindSearchTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class FindSearchTests_OnPostgres : FindSearchTests<PostgresTestDatabase>;
