using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>R9: mobility identities only on dual-mode smartphones (iPhone, Android), never tablets or desk phones (SRND L1916, L1856).</summary>
public abstract class R9_MobilityIdentityOnDualModeOnly<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R9_MobilityIdentityOnDualModeOnly() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(DeviceType.CiscoDualModeForIPhone)]
    [InlineData(DeviceType.CiscoDualModeForAndroid)]
    public async Task Save_MobilityIdentityOnADualModeSmartphone_IsAllowed(DeviceType type)
    {
        var bchen = await _rules.UserAsync("bchen");
        var device = await _rules.PhoneAsync("BOTBCHEN", type, bchen.Id);

        var result = await _rules.Store.SaveAsync(MobilityIdentity(bchen, device, "+14085559012"));

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(device, (await _rules.LoadDestinationAsync(result.Id)).DualModeDeviceId);
    }

    [Theory]
    [InlineData(DeviceType.CiscoJabberForTablet)]
    [InlineData(DeviceType.CiscoIpPhone8865)]
    [InlineData(DeviceType.CiscoJabberForDesktop)]
    public async Task Save_MobilityIdentityOnAnotherDeviceType_IsRefusedOnDualModeDeviceId(DeviceType type)
    {
        var bchen = await _rules.UserAsync("bchen");
        var device = await _rules.PhoneAsync("TABBCHEN", type, bchen.Id);
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(MobilityIdentity(bchen, device, "+14085559012"));

        AssertRefused(result, "R9", "DualModeDeviceId", "SRND L1916");
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.RemoteDestinations.AnyAsync());
    }

    [Fact]
    public async Task Save_MobilityProfileOnAPlainRemoteDestination_IsRefused()
    {
        var bchen = await _rules.UserAsync("bchen");
        var profile = await _rules.SavedAsync(new MobilityProfile { Name = "DVO_Profile" });
        var destination = Destination(bchen, "+14085559012");
        destination.MobilityProfileId = profile;
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(destination);

        // Dial via office goes with a dual-mode device's mobility identity only (reported as a field rule, no rule id).
        Assert.False(result.Succeeded);
        Assert.Equal("MobilityProfileId", Assert.Single(result.Errors).Field);
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task SavePhone_WithAMobilityIdentityChangedToATablet_IsRefusedOnDeviceType()
    {
        var bchen = await _rules.UserAsync("bchen");
        var iphone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, bchen.Id);
        await _rules.SavedAsync(MobilityIdentity(bchen, iphone, "+14085559012"));
        var before = await _rules.FingerprintAsync();

        var result = await _rules.ChangeAsync<Phone>(iphone, p => p.DeviceType = DeviceType.CiscoJabberForTablet);

        var error = AssertRefused(result, "R9", "DeviceType", "SRND L1916");
        Assert.Contains("TCTBCHEN has a mobility identity", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _rules.FingerprintAsync());
        Assert.Equal(DeviceType.CiscoDualModeForIPhone, (await _rules.LoadAsync<Phone>(iphone)).DeviceType);
    }

    [Fact]
    public async Task SavePhone_WithAMobilityIdentityChangedToAnotherSmartphoneType_IsAllowed()
    {
        var bchen = await _rules.UserAsync("bchen");
        var phone = await _rules.PhoneAsync("BOTBCHEN", DeviceType.CiscoDualModeForIPhone, bchen.Id);
        await _rules.SavedAsync(MobilityIdentity(bchen, phone, "+14085559012"));

        var result = await _rules.ChangeAsync<Phone>(phone, p => p.DeviceType = DeviceType.CiscoDualModeForAndroid);

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task SavePhone_WithoutMobilityIdentityChangedToATablet_IsAllowed()
    {
        var bchen = await _rules.UserAsync("bchen");
        var phone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, bchen.Id);

        var result = await _rules.ChangeAsync<Phone>(phone, p => p.DeviceType = DeviceType.CiscoJabberForTablet);

        Assert.True(result.Succeeded, Describe(result));
    }

    [Fact]
    public async Task RunAsync_DeviceTypeChangedBypassingTheStore_ReportsR9()
    {
        var bchen = await _rules.UserAsync("bchen");
        var phone = await _rules.PhoneAsync("TCTBCHEN", DeviceType.CiscoDualModeForIPhone, bchen.Id);
        var identity = await _rules.SavedAsync(MobilityIdentity(bchen, phone, "+14085559012"));
        await using (var db = _database.CreateDbContext())
        {
            await db.Phones.Where(p => p.Id == phone).ExecuteUpdateAsync(s => s.SetProperty(p => p.DeviceType, DeviceType.CiscoJabberForTablet));
        }

        AssertFinding(await _rules.ReviewAsync(), "R9", Ref<RemoteDestination>(identity), Ref<Phone>(phone));
    }
}

public sealed class R9_MobilityIdentityOnDualModeOnly_OnSqlite : R9_MobilityIdentityOnDualModeOnly<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R9_MobilityIdentityOnDualModeOnly_OnPostgres : R9_MobilityIdentityOnDualModeOnly<PostgresTestDatabase>;
