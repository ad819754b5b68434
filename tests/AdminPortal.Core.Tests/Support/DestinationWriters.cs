using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// End users with a remote destination profile each, and the destinations they add: the writers of the concurrency,
/// backup and load tests, each saving through its own <see cref="ConfigurationStore"/> (and so its own connection).
/// </summary>
public static class DestinationWriters
{
    public static async Task<List<(int Owner, int Profile)>> CreateAsync(TestDatabase database, int count, int limit, string prefix = "writer")
    {
        var poolId = await Builders.SavedDevicePoolIdAsync(database, $"{prefix}s_DP");
        var writers = new List<(int, int)>();
        for (var w = 0; w < count; w++)
        {
            var user = await database.Store.SaveAsync(new EndUser { UserId = $"{prefix}{w}", LastName = "Writer", EnableMobility = true, RemoteDestinationLimit = limit });
            Assert.True(user.Succeeded, string.Join("; ", user.Errors));
            var profile = await database.Store.SaveAsync(new RemoteDestinationProfile { Name = $"{prefix.ToUpperInvariant()}{w}_RDP", UserId = user.Id, DevicePoolId = poolId });
            Assert.True(profile.Succeeded, string.Join("; ", profile.Errors));
            writers.Add((user.Id, profile.Id));
        }

        return writers;
    }

    public static RemoteDestination NewDestination((int Owner, int Profile) writer, string number) => new()
    {
        Name = $"mobile {number.TrimStart('+')}",
        DestinationNumber = number,
        OwnerId = writer.Owner,
        RemoteDestinationProfileId = writer.Profile,
        RingSchedule = new RingSchedule { AllTheTime = true },
    };
}
