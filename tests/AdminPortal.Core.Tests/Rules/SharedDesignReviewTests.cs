using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// The design review shared by every tab (decision 022): the same findings while the configuration is unchanged, a
/// new review as soon as a change is committed, and one computation for requests that arrive together.
/// </summary>
public abstract class SharedDesignReviewTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected SharedDesignReviewTests() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Review_ConfigurationUnchanged_IsTheSameFindingsForEveryReader()
    {
        var review = new SharedDesignReview(_database);
        var user = await _rules.UserAsync("mgarcia");
        await _rules.AddDestinationAsync(user, "+19195558001");

        var first = await review.ReviewAsync();
        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => review.ReviewAsync()));

        Assert.All(together, findings => Assert.Same(first, findings));
    }

    [Fact]
    public async Task Review_AfterASave_ShowsTheChange()
    {
        var review = new SharedDesignReview(_database);
        var user = await _rules.UserAsync("mgarcia");
        var mobile = await _rules.AddDestinationAsync(user, "+19195558001");
        var before = await review.ReviewAsync();
        AssertNoFinding(before, "W7");

        var second = await _rules.Store.SaveAsync(Destination(user, "+19195553002"));

        Assert.True(second.Succeeded, Describe(second));
        var after = await review.ReviewAsync();
        Assert.NotSame(before, after);
        AssertFinding(after, "W7", Ref<EndUser>(user.Id), Ref<RemoteDestination>(second.Id), Ref<RemoteDestination>(mobile));
        Assert.Equal((await _rules.ReviewAsync()).Count, after.Count);
    }
}

public sealed class SharedDesignReviewTests_OnSqlite : SharedDesignReviewTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class SharedDesignReviewTests_OnPostgres : SharedDesignReviewTests<PostgresTestDatabase>;
