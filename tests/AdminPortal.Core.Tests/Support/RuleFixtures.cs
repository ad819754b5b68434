using System.Globalization;
using System.Text;
using AdminPortal.Core.Catalogs;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Rules;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Support;

/// <summary>A mobility user as the rule tests need one: the end user and the remote destination profile.</summary>
public sealed record MobilityUser(int Id, string UserId, int ProfileId);

/// <summary>
/// The configuration the design-rule tests build on, always through the store (so every fixture object passed the
/// same rules the tests are about), plus the assertions they share: a refusal by one rule, a finding about given
/// objects, and a fingerprint of the whole database file to prove that a refused change changed nothing.
/// </summary>
public sealed class RuleFixtures(TestDatabase database)
{
    private int? _poolId;

    public ConfigurationStore Store => database.Store;

    /// <summary>One device pool (no site, no physical location) shared by the profiles and phones of a test.</summary>
    public async Task<int> PoolIdAsync()
    {
        _poolId ??= await Builders.SavedDevicePoolIdAsync(database, "Rules_DP");
        return _poolId.Value;
    }

    public async Task<int> SavedAsync<T>(T entity)
        where T : Entity => Saved(await Store.SaveAsync(entity));

    public async Task<int> NamedAsync<T>(string name)
        where T : NamedEntity, new() => await SavedAsync(new T { Name = name });

    public async Task<int> SiteAsync(string name, int? physicalLocationId, string? pstnAccessCode = "9") =>
        await SavedAsync(new Site { Name = name, PhysicalLocationId = physicalLocationId, PstnAccessCode = pstnAccessCode });

    /// <summary>A new (unsaved) device pool with its required catalogs saved.</summary>
    public Task<DevicePool> NewPoolAsync(string name) => Builders.NewDevicePoolAsync(database, name);

    /// <summary>A user with Enable Mobility and a remote destination profile on the shared pool.</summary>
    public async Task<MobilityUser> UserAsync(string userId, int limit = EndUser.DefaultRemoteDestinationLimit, bool enableMobility = true)
    {
        var user = await SavedAsync(new EndUser { UserId = userId, LastName = userId, EnableMobility = enableMobility, RemoteDestinationLimit = limit });
        var profile = await SavedAsync(new RemoteDestinationProfile { Name = $"{userId.ToUpperInvariant()}_RDP", UserId = user, DevicePoolId = await PoolIdAsync() });
        return new MobilityUser(user, userId, profile);
    }

    /// <summary>A new remote destination of the user's profile with the defaults (SNR on, rings all the time).</summary>
    public static RemoteDestination Destination(MobilityUser owner, string number, string? name = null) => new()
    {
        Name = name ?? $"{owner.UserId} {number.TrimStart('+')}",
        DestinationNumber = number,
        OwnerId = owner.Id,
        RemoteDestinationProfileId = owner.ProfileId,
        RingSchedule = new RingSchedule { AllTheTime = true },
    };

    /// <summary>A new mobility identity: the number of the user's dual-mode device.</summary>
    public static RemoteDestination MobilityIdentity(MobilityUser owner, int deviceId, string number, int? mobilityProfileId = null) => new()
    {
        Name = $"{owner.UserId} identity {number.TrimStart('+')}",
        DestinationNumber = number,
        OwnerId = owner.Id,
        DualModeDeviceId = deviceId,
        MobilityProfileId = mobilityProfileId,
        IsMobilePhone = true,
        RingSchedule = new RingSchedule { AllTheTime = true },
    };

    public async Task<int> AddDestinationAsync(MobilityUser owner, string number, Action<RemoteDestination>? change = null)
    {
        var destination = Destination(owner, number);
        change?.Invoke(destination);
        return await SavedAsync(destination);
    }

    public async Task<int> PhoneAsync(string name, DeviceType type, int? ownerId = null, string? emergencyNumbers = "911,999,112",
        DeviceMobilityMode mode = DeviceMobilityMode.Default) =>
        await SavedAsync(new Phone
        {
            Name = name,
            DeviceType = type,
            DevicePoolId = await PoolIdAsync(),
            OwnerId = ownerId,
            EmergencyNumbers = emergencyNumbers,
            DeviceMobilityMode = mode,
        });

    /// <summary>A stored remote destination with its parts, ready to be edited and saved again.</summary>
    public async Task<RemoteDestination> LoadDestinationAsync(int id) =>
        (await Store.LoadAsync<RemoteDestination>(id))!;

    public async Task<T> LoadAsync<T>(int id)
        where T : Entity => (await Store.LoadAsync<T>(id))!;

    public async Task<ClusterMobilitySettings> SettingsAsync() => await LoadAsync<ClusterMobilitySettings>(ClusterMobilitySettings.SingletonId);

    /// <summary>Loads the cluster settings, changes them and saves them through the store.</summary>
    public async Task<SaveResult> ChangeSettingsAsync(Action<ClusterMobilitySettings> change)
    {
        var settings = await SettingsAsync();
        change(settings);
        return await Store.SaveAsync(settings);
    }

    public async Task<SaveResult> ChangeAsync<T>(int id, Action<T> change)
        where T : Entity
    {
        var entity = await LoadAsync<T>(id);
        change(entity);
        return await Store.SaveAsync(entity);
    }

    public async Task<SaveResult> ChangeDestinationAsync(int id, Action<RemoteDestination> change)
    {
        var destination = await LoadDestinationAsync(id);
        change(destination);
        return await Store.SaveAsync(destination);
    }

    public async Task UsePartialMatchAsync(int digits) =>
        Saved(await ChangeSettingsAsync(s =>
        {
            s.MatchingCallerIdWithRemoteDestination = CallerIdMatching.PartialMatch;
            s.PartialMatchDigits = digits;
        }));

    /// <summary>The design review of the whole stored configuration, over a fresh context.</summary>
    public async Task<IReadOnlyList<Finding>> ReviewAsync()
    {
        await using var db = database.CreateDbContext();
        return await new DesignReview(db).RunAsync();
    }

    /// <summary>
    /// Every row of every table of the model (read over a fresh connection, in primary-key order), in one string:
    /// equal before and after a refused change when the change left no trace, not even in the write-lock row.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        await using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var entityType in db.Model.GetEntityTypes().OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            var table = entityType.GetTableName()!;
            var keys = string.Join(", ", entityType.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            text.Append('[').Append(table).Append(']').AppendLine();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {keys}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public static int Saved(SaveResult result)
    {
        Assert.True(result.Succeeded, Describe(result));
        return result.Id;
    }

    public static string Describe(SaveResult result) =>
        result.Succeeded ? $"saved #{result.Id}" : "refused: " + string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"));

    /// <summary>
    /// The save was refused, and only by <paramref name="ruleId"/> on <paramref name="field"/>: every message
    /// reads "Rn: why (source)." with the guide's source. Returns the first error for more checks.
    /// </summary>
    public static FieldError AssertRefused(SaveResult result, string ruleId, string field, string source)
    {
        Assert.False(result.Succeeded, "The save should have been refused by " + ruleId);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal(ruleId, e.RuleId);
            Assert.Equal(field, e.Field);
            Assert.StartsWith(ruleId + ": ", e.Message, StringComparison.Ordinal);
            Assert.Contains(source, e.Message, StringComparison.Ordinal);
        });
        return result.Errors[0];
    }

    /// <summary>The one finding of <paramref name="ruleId"/> among <paramref name="findings"/> that concerns every given object.</summary>
    public static Finding AssertFinding(IEnumerable<Finding> findings, string ruleId, params (Type Kind, int Id)[] objects)
    {
        var matching = findings.Where(f => f.Rule.Id == ruleId && objects.All(o => f.Concerns(o.Kind, o.Id))).ToList();
        Assert.True(matching.Count == 1,
            $"Expected one {ruleId} finding about {string.Join(", ", objects.Select(o => $"{o.Kind.Name} #{o.Id}"))}; got: "
            + string.Join(" | ", findings.Select(f => $"{f.Rule.Id} {f.Message}")));
        return matching[0];
    }

    public static void AssertNoFinding(IEnumerable<Finding> findings, string ruleId) =>
        Assert.DoesNotContain(findings, f => f.Rule.Id == ruleId);

    public static (Type Kind, int Id) Ref<T>(int id) => (typeof(T), id);

    public static (Type Kind, int Id) SettingsRef => (typeof(ClusterMobilitySettings), ClusterMobilitySettings.SingletonId);

    /// <summary>A calling search space for a pool's Device Mobility CSS (W2).</summary>
    public Task<int> CssAsync(string name) => NamedAsync<CallingSearchSpace>(name);
}
