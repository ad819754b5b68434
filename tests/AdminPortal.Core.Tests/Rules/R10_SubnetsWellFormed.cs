using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AdminPortal.Core.Tests.Support.Builders;
using static AdminPortal.Core.Tests.Support.RuleFixtures;

namespace AdminPortal.Core.Tests.Rules;

/// <summary>
/// R10: Device Mobility Info subnets well-formed, mask size in range (0 only for the catch-all 0.0.0.0/0 or ::/0),
/// no duplicate subnet/mask (AXL, SRND L417). The field
/// rules are tested at length in DeviceMobilityInfoValidatorTests; here the store's refusal and its rule id.
/// </summary>
public abstract class R10_SubnetsWellFormed<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;

    protected R10_SubnetsWellFormed() => _rules = new RuleFixtures(_database);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("10.1.2.0", 24)]
    [InlineData("2001:db8:30::", 48)]
    [InlineData("0.0.0.0", 0)]
    [InlineData("::", 0)]
    public async Task Save_WellFormedSubnet_IsAllowed(string subnet, int mask)
    {
        var result = await _rules.Store.SaveAsync(Dmi("test_dmi", subnet, mask, await _rules.PoolIdAsync()));

        Assert.True(result.Succeeded, Describe(result));
    }

    [Theory]
    [InlineData("10.1.2.3", 24, "Subnet")]
    [InlineData("10.1.2", 24, "Subnet")]
    [InlineData("10.1.2.0", 33, "SubnetMaskSize")]
    [InlineData("10.1.2.0", -1, "SubnetMaskSize")]
    [InlineData("10.1.2.0", 0, "Subnet")]
    [InlineData("::1", 0, "Subnet")]
    [InlineData("2001:db8::", 129, "SubnetMaskSize")]
    public async Task Save_MalformedSubnet_IsRefusedOnTheField(string subnet, int mask, string field)
    {
        var pool = await _rules.PoolIdAsync();
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(Dmi("test_dmi", subnet, mask, pool));

        AssertRefused(result, "R10", field, "AXL");
        Assert.Equal(before, await _rules.FingerprintAsync());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.DeviceMobilityInfos.AnyAsync());
    }

    [Theory]
    [InlineData("10.10.0.0", 16, "10.10.0.0", 16)]
    [InlineData("2001:db8:30::", 48, "2001:DB8:30:0::", 48)]
    public async Task Save_SubnetAndMaskOfAnotherDmi_IsRefusedOnSubnet(string first, int firstMask, string second, int secondMask)
    {
        var pool = await _rules.PoolIdAsync();
        await _rules.SavedAsync(Dmi("first_dmi", first, firstMask, pool));
        var before = await _rules.FingerprintAsync();

        var result = await _rules.Store.SaveAsync(Dmi("second_dmi", second, secondMask, pool));

        AssertRefused(result, "R10", "Subnet", "AXL");
        Assert.Equal(before, await _rules.FingerprintAsync());
    }

    [Fact]
    public async Task Save_SameSubnetWithAnotherMask_IsAllowed()
    {
        var pool = await _rules.PoolIdAsync();
        await _rules.SavedAsync(Dmi("wide_dmi", "10.10.0.0", 16, pool));

        var result = await _rules.Store.SaveAsync(Dmi("narrow_dmi", "10.10.0.0", 24, pool));

        Assert.True(result.Succeeded, Describe(result));
    }
}

public sealed class R10_SubnetsWellFormed_OnSqlite : R10_SubnetsWellFormed<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class R10_SubnetsWellFormed_OnPostgres : R10_SubnetsWellFormed<PostgresTestDatabase>;
