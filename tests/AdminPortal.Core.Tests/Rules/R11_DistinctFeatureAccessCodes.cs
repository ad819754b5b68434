using AdminPortal.Core.Cluster;
using AdminPortal.Core.Rules;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R11: the six Enterprise Feature Access codes are distinct (SRND Table 21-2).</summary>
public abstract class R11_DistinctFeatureAccessCodes<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R11_DistinctFeatureAccessCodes() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveSettings_OwnDistinctCodes_AreAllowed()
    {
        var result = await _rules.ChangeSettingsAsync(s =>
        {
            s.HoldCode = "#1";
            s.ExclusiveHoldCode = "#2";
            s.ResumeCode = "#3";
            s.TransferCode = "#4";
            s.ConferenceCode = "#5";
            s.SessionHandoffCode = "#6";
        });

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal("#5", (await _rules.SettingsAsync()).ConferenceCode);
    }

    [Theory]
    [InlineData("Conference", "*81", "ConferenceCode", "Conference *81 is already the Hold code")]
    [InlineData("Transfer", "*74", "SessionHandoffCode", "Session Handoff *74 is already the Transfer code")]
    [InlineData("ExclusiveHold", "*83", "ResumeCode", "Resume *83 is already the Exclusive Hold code")]
    public async Task SaveSettings_CodeUsedByAnotherFeature_IsRefusedNextToTheLaterCode(string feature, string code, string field, string says)
    {
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeSettingsAsync(s => Set(s, feature, code));

        // The message stands next to the later of the two codes in the form's order.
        var error = AssertRefused(result, "R11", field, "SRND Table 21-2");
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        var stored = await db.ClusterMobilitySettings.AsNoTracking().SingleAsync();
        Assert.Equal(["*81", "*82", "*83", "*84", "*85", "*74"],
            new[] { stored.HoldCode, stored.ExclusiveHoldCode, stored.ResumeCode, stored.TransferCode, stored.ConferenceCode, stored.SessionHandoffCode });
    }

    [Fact]
    public async Task RunAsync_RepeatedCodeWrittenBypassingTheStore_ReportsR11OnTheSettings()
    {
        await using (var db = _database.CreateDbContext())
        {
            await db.ClusterMobilitySettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.ResumeCode, "*81"));
        }

        var finding = AssertFinding(await _rules.ReviewAsync(), "R11", SettingsRef);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("*81", finding.Message, StringComparison.Ordinal);
    }

    private static void Set(ClusterMobilitySettings settings, string feature, string code)
    {
        switch (feature)
        {
            case "Conference":
                settings.ConferenceCode = code;
                break;
            case "Transfer":
                settings.TransferCode = code;
                break;
            case "ExclusiveHold":
                settings.ExclusiveHoldCode = code;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(feature), feature, "Unknown feature code.");
        }
    }
}

public sealed class R11_DistinctFeatureAccessCodes_OnSqlite : R11_DistinctFeatureAccessCodes<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R11_DistinctFeatureAccessCodes_OnPostgres : R11_DistinctFeatureAccessCodes<PostgresTestDatabase>;
