using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>W5: configure remote destinations in +E.164 (SRND L1251).</summary>
public abstract class W5_PlusE164<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W5_PlusE164() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveDestination_NationalNumber_IsSavedAndWarnsW5()
    {
        var user = await _rules.UserAsync("jsmith");

        var result = await _rules.Store.SaveAsync(Destination(user, "4085557890"));

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W5", Ref<RemoteDestination>(result.Id));
        Assert.Contains("4085557890", warning.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W5", Ref<RemoteDestination>(result.Id));
    }

    [Fact]
    public async Task SaveDestination_RewrittenInPlusE164_IsSilent()
    {
        var user = await _rules.UserAsync("jsmith");
        var id = await _rules.AddDestinationAsync(user, "4085557890");

        var result = await _rules.ChangeDestinationAsync(id, r => r.DestinationNumber = "+14085557890");

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W5");
        AssertNoFinding(await _rules.ReviewAsync(), "W5");
    }
}

public sealed class W5_PlusE164_OnSqlite : W5_PlusE164<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W5_PlusE164_OnPostgres : W5_PlusE164<PostgresTestDatabase>;
