using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>W9: dual-mode devices list the emergency numbers (911, 999, 112) to send them over the cellular network (SRND L2198).</summary>
public abstract class W9_DualModeEmergencyNumbers<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W9_DualModeEmergencyNumbers() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(DeviceType.CiscoDualModeForIPhone)]
    [InlineData(DeviceType.CiscoDualModeForAndroid)]
    public async Task SavePhone_DualModeWithoutEmergencyNumbers_IsSavedAndWarnsW9(DeviceType type)
    {
        var result = await _rules.Store.SaveAsync(new Phone { Name = "BOTBCHEN", DeviceType = type, DevicePoolId = await _rules.PoolIdAsync() });

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W9", Ref<Phone>(result.Id));
        Assert.Contains("BOTBCHEN", warning.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W9", Ref<Phone>(result.Id));
    }

    [Fact]
    public async Task SavePhone_EmergencyNumbersListed_IsSilent()
    {
        var phone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, emergencyNumbers: null);

        var result = await _rules.ChangeAsync<Phone>(phone, p => p.EmergencyNumbers = "911, 999, 112");

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W9");
        AssertNoFinding(await _rules.ReviewAsync(), "W9");
        Assert.Equal("911,999,112", (await _rules.LoadAsync<Phone>(phone)).EmergencyNumbers);
    }

    [Fact]
    public async Task SavePhone_DeskPhoneWithoutEmergencyNumbers_IsSilent()
    {
        var result = await _rules.Store.SaveAsync(new Phone { Name = "SEP001122334455", DeviceType = DeviceType.CiscoIpPhone8865, DevicePoolId = await _rules.PoolIdAsync() });

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W9");
        AssertNoFinding(await _rules.ReviewAsync(), "W9");
    }
}

public sealed class W9_DualModeEmergencyNumbers_OnSqlite : W9_DualModeEmergencyNumbers<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W9_DualModeEmergencyNumbers_OnPostgres : W9_DualModeEmergencyNumbers<PostgresTestDatabase>;
