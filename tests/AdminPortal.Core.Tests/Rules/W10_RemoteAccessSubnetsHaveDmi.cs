using AdminPortal.Core.Cluster;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Support.Builders;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// W10: where device mobility is used, the VPN concentrator / Expressway-C subnets have a Device Mobility Info,
/// or devices connecting through them keep their home pool (SRND L489-491, L609).
/// </summary>
public abstract class W10_RemoteAccessSubnetsHaveDmi<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected W10_RemoteAccessSubnetsHaveDmi() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SaveSettings_DeviceMobilityOnWithoutDeclaredSubnets_IsSavedAndWarnsW10()
    {
        var result = await _rules.ChangeSettingsAsync(s => s.DeviceMobilityMode = SystemDeviceMobilityMode.On);

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W10", SettingsRef);
        Assert.Contains("no VPN concentrator or Expressway-C subnets are declared", warning.Message, StringComparison.Ordinal);
        AssertFinding(await _rules.ReviewAsync(), "W10", SettingsRef);
    }

    [Fact]
    public async Task SaveSettings_DeclaredSubnetWithoutDmi_IsSavedAndWarnsW10NamingIt()
    {
        var result = await _rules.ChangeSettingsAsync(s =>
        {
            s.DeviceMobilityMode = SystemDeviceMobilityMode.On;
            s.RemoteAccessSubnets = "172.16.100.0/24";
        });

        Assert.True(result.Succeeded, Describe(result));
        var warning = AssertFinding(result.Findings, "W10", SettingsRef);
        Assert.Contains("172.16.100.0/24", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("172.16.100.0", 24)]
    [InlineData("172.16.0.0", 16)]
    public async Task SaveSettings_DeclaredSubnetCoveredByADmi_IsSilent(string subnet, int mask)
    {
        Saved(await _rules.ChangeSettingsAsync(s =>
        {
            s.DeviceMobilityMode = SystemDeviceMobilityMode.On;
            s.RemoteAccessSubnets = "172.16.100.0/24";
        }));
        await _rules.SavedAsync(Dmi("VPN_concentrator_dmi", subnet, mask, await _rules.PoolIdAsync()));

        var result = await _rules.ChangeSettingsAsync(s => s.SessionHandoffAlertingTimerSeconds = 12);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W10");
        AssertNoFinding(await _rules.ReviewAsync(), "W10");
    }

    [Fact]
    public async Task RunAsync_OnePhoneWithDeviceMobilityOnWhileTheClusterIsOff_WarnsW10()
    {
        await _rules.PhoneAsync("SEP001122334455", DeviceType.CiscoIpPhone8865, mode: DeviceMobilityMode.Off);
        AssertNoFinding(await _rules.ReviewAsync(), "W10");

        await _rules.PhoneAsync("SEP00AABBCCDDEE", DeviceType.CiscoIpPhone8845, mode: DeviceMobilityMode.On);

        AssertFinding(await _rules.ReviewAsync(), "W10", SettingsRef);
    }

    [Fact]
    public async Task SaveSettings_DeviceMobilityOff_IsSilentWithNothingDeclared()
    {
        var result = await _rules.ChangeSettingsAsync(s => s.DeviceMobilityMode = SystemDeviceMobilityMode.Off);

        Assert.True(result.Succeeded, Describe(result));
        AssertNoFinding(result.Findings, "W10");
        AssertNoFinding(await _rules.ReviewAsync(), "W10");
    }
}

public sealed class W10_RemoteAccessSubnetsHaveDmi_OnSqlite : W10_RemoteAccessSubnetsHaveDmi<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class W10_RemoteAccessSubnetsHaveDmi_OnPostgres : W10_RemoteAccessSubnetsHaveDmi<PostgresTestDatabase>;
