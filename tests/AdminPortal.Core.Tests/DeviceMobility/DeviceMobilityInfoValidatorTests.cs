using AdminPortal.Core.Tests.Support;
using static AdminPortal.Core.Tests.Support.Builders;

namespace AdminPortal.Core.Tests.DeviceMobility;

/// <summary>R10: DMI subnets well-formed, mask size in range (0 only for the catch-all), host bits zero, no duplicate subnet/mask.</summary>
public abstract class DeviceMobilityInfoValidatorTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private int _poolId;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _poolId = await SavedDevicePoolIdAsync(_database);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("10.1.2.0", 24)]
    [InlineData("10.0.0.0", 8)]
    [InlineData("0.0.0.0", 1)]
    [InlineData("0.0.0.0", 0)]
    [InlineData("::", 0)]
    [InlineData("192.168.1.128", 25)]
    [InlineData("10.1.2.3", 32)]
    [InlineData("2001:db8::", 32)]
    [InlineData("2001:db8:30::", 48)]
    [InlineData("::1", 128)]
    public async Task Validate_WellFormedSubnet_HasNoErrors(string subnet, int mask)
    {
        var errors = await ErrorsAsync(_database, Dmi("Valid_dmi", subnet, mask, _poolId));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("10.1.2.0", 33, "SubnetMaskSize", "1-32")]
    [InlineData("10.1.2.0", -1, "SubnetMaskSize", "1-32")]
    [InlineData("10.1.2.0", 0, "Subnet", "catch-all")]
    [InlineData("2001:db8::", 0, "Subnet", "catch-all")]
    [InlineData("::1", -1, "SubnetMaskSize", "1-128")]
    [InlineData("999.1.1.1", 24, "Subnet", "IPv4 address")]
    [InlineData("10.1.2", 24, "Subnet", "IPv4 address")]
    [InlineData("10.01.2.0", 24, "Subnet", "IPv4 address")]
    [InlineData("ten.one.two.zero", 24, "Subnet", "IPv4 address")]
    [InlineData("10.1.2.0/24", 24, "Subnet", "IPv4 address")]
    [InlineData("10.1.2.3", 24, "Subnet", "host bits")]
    [InlineData("::1", 129, "SubnetMaskSize", "1-128")]
    [InlineData("2001:db8::1", 64, "Subnet", "host bits")]
    [InlineData("fe80::1%eth0", 64, "Subnet", "IPv6 address")]
    [InlineData("", 24, "Subnet", "required")]
    public async Task Validate_BadSubnet_NamesTheFieldAndR10(string subnet, int mask, string field, string expected)
    {
        var errors = await ErrorsAsync(_database, Dmi("Bad_dmi", subnet, mask, _poolId));

        var error = Assert.Single(errors, e => e.Field == field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HostBitsSet_SuggestsTheNetworkAddress()
    {
        var errors = await ErrorsAsync(_database, Dmi("Host_dmi", "10.1.2.3", 24, _poolId));

        Assert.Contains(errors, e => e.Message.Contains("10.1.2.0/24", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10.1.2.0", 24, "10.1.2.0", 24)]
    [InlineData("2001:db8::", 32, "2001:DB8:0::", 32)]
    public async Task Validate_SameSubnetAndMaskAsAnother_IsDuplicate(string first, int firstMask, string second, int secondMask)
    {
        Assert.True((await _database.Store.SaveAsync(Dmi("First_dmi", first, firstMask, _poolId))).Succeeded);

        var errors = await ErrorsAsync(_database, Dmi("Second_dmi", second, secondMask, _poolId));

        Assert.Contains(errors, e => e.Field == "Subnet" && e.Message.Contains("already has subnet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_SameSubnetOtherMask_IsAllowed()
    {
        Assert.True((await _database.Store.SaveAsync(Dmi("Wide_dmi", "10.1.0.0", 16, _poolId))).Succeeded);

        var errors = await ErrorsAsync(_database, Dmi("Narrow_dmi", "10.1.0.0", 24, _poolId));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Validate_NoDevicePool_IsRefused()
    {
        var errors = await ErrorsAsync(_database, Dmi("Empty_dmi", "10.9.0.0", 16));

        Assert.Contains(errors, e => e.Field == "DevicePools");
    }

    [Fact]
    public async Task Validate_SamePoolTwice_IsRefused()
    {
        var errors = await ErrorsAsync(_database, Dmi("Twice_dmi", "10.9.0.0", 16, _poolId, _poolId));

        Assert.Contains(errors, e => e.Message.Contains("only once", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_UnknownPool_IsRefused()
    {
        var errors = await ErrorsAsync(_database, Dmi("Ghost_dmi", "10.9.0.0", 16, 4242));

        Assert.Contains(errors, e => e.Field.StartsWith("DevicePools[0]", StringComparison.Ordinal));
    }
}

public sealed class DeviceMobilityInfoValidatorTests_OnSqlite : DeviceMobilityInfoValidatorTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class DeviceMobilityInfoValidatorTests_OnPostgres : DeviceMobilityInfoValidatorTests<PostgresTestDatabase>;
