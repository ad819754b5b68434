using AdminPortal.Core.Cluster;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>W6: Partial Match over remote destinations of different lengths may not match uniquely (SRND L1264).</summary>
public abstract class W6_PartialMatchLengths<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W6_PartialMatchLengths() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveDestination_ShorterThanTheOthersUnderPartialMatch_IsSavedAndWarnsW6ForItOnly()
    {
        await _rules.UsePartialMatchAsync(7);
        var user = await _rules.UserAsync("jsmith");
        var first = await _rules.AddDestinationAsync(user, "+14085551111");
        var second = await _rules.AddDestinationAsync(user, "+14085552222");

        var result = await _rules.Store.SaveAsync(Destination(user, "4085553333"));

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W6", Ref<RemoteDestination>(result.Id), SettingsRef);
        Assert.Contains("10 digits", warning.Message, StringComparison.Ordinal);
        var review = await _rules.ReviewAsync();
        AssertFinding(review, "W6", Ref<RemoteDestination>(result.Id), SettingsRef);
        Assert.DoesNotContain(review, f => f.Rule.Id == "W6" && (f.Concerns(typeof(RemoteDestination), first) || f.Concerns(typeof(RemoteDestination), second)));
    }

    [Fact]
    public async Task SaveDestination_SameLengthAsTheOthers_IsSilent()
    {
        await _rules.UsePartialMatchAsync(7);
        var user = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(user, "+14085551111");
        await _rules.AddDestinationAsync(user, "+14085552222");
        var id = await _rules.AddDestinationAsync(user, "4085553333");

        var result = await _rules.ChangeDestinationAsync(id, r => r.DestinationNumber = "+14085553333");

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W6");
        AssertNoFinding(await _rules.ReviewAsync(), "W6");
    }

    [Fact]
    public async Task SaveDestination_DifferentLengthsUnderCompleteMatch_IsSilent()
    {
        var user = await _rules.UserAsync("jsmith");
        await _rules.AddDestinationAsync(user, "+14085551111");
        await _rules.AddDestinationAsync(user, "+14085552222");

        var result = await _rules.Store.SaveAsync(Destination(user, "4085553333"));

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(CallerIdMatching.CompleteMatch, (await _rules.SettingsAsync()).MatchingCallerIdWithRemoteDestination);
        AssertNoFinding(result.Findings, "W6");
        AssertNoFinding(await _rules.ReviewAsync(), "W6");
    }
}

public sealed class W6_PartialMatchLengths_OnSqlite : W6_PartialMatchLengths<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W6_PartialMatchLengths_OnPostgres : W6_PartialMatchLengths<PostgresTestDatabase>;
