using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;

namespace AdminPortal.Core.Tests.Support;

/// <summary>Small, valid objects for tests; each test changes only what it is about.</summary>
public static class Builders
{
    /// <summary>Adds the four required catalogs of a device pool and returns a valid pool using them.</summary>
    public static async Task<DevicePool> NewDevicePoolAsync(TestDatabase database, string name = "Test_DP")
    {
        await using var db = database.CreateDbContext();
        var cm = db.UnifiedCmGroups.Add(new UnifiedCmGroup { Name = $"{name}_cm" }).Entity;
        var dt = db.DateTimeGroups.Add(new DateTimeGroup { Name = $"{name}_dt" }).Entity;
        var region = db.Regions.Add(new Region { Name = $"{name}_region" }).Entity;
        var srst = db.SrstReferences.Add(new SrstReference { Name = $"{name}_srst" }).Entity;
        await db.SaveChangesAsync();
        return new DevicePool
        {
            Name = name,
            UnifiedCmGroupId = cm.Id,
            DateTimeGroupId = dt.Id,
            RegionId = region.Id,
            SrstReferenceId = srst.Id,
        };
    }

    public static async Task<int> SavedDevicePoolIdAsync(TestDatabase database, string name = "Test_DP")
    {
        var result = await database.Store.SaveAsync(await NewDevicePoolAsync(database, name));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Id;
    }

    public static DeviceMobilityInfo Dmi(string name, string subnet, int mask, params int[] poolIds) => new()
    {
        Name = name,
        Subnet = subnet,
        SubnetMaskSize = mask,
        DevicePools = [.. poolIds.Select(id => new DeviceMobilityInfoDevicePool { DevicePoolId = id })],
    };

    public static async Task<IReadOnlyList<FieldError>> ErrorsAsync<T>(TestDatabase database, T entity)
        where T : Common.Entity
    {
        entity.Normalize();
        return await database.Store.ValidateAsync(entity);
    }
}
