using System.Text.Json;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Audit;

/// <summary>
/// The bulk import's audit entry of a created object (<see cref="AuditTrail.CreateEntry{TAxl}"/>, written straight
/// from the resource's properties) is the entry the store writes for a create (<see cref="AuditTrail.Entry"/>, which
/// compares the serialized resource with nothing): the same name and the same changes, character for character.
/// </summary>
public sealed class CreateEntryTests : IAsyncLifetime
{
    private static readonly ChangeActor Importer = new("tests", ChangeChannel.Import, MayChange: true) { JobId = "job-7" };

    private static readonly DateTime At = new(2026, 12, 3, 9, 30, 0, DateTimeKind.Utc);

    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task EveryDemoObjectOfEveryFileType_GetsTheEntryOfAStoreCreate()
    {
        await using var db = _database.CreateDbContext();
        await DemoData.SeedAsync(db);
        var compared = 0;
        foreach (var type in BulkObjectTypes.InDependencyOrder)
        {
            var set = (IQueryable<Entity>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.EntityType).Invoke(db, null)!;
            foreach (var id in await set.Select(e => e.Id).ToListAsync())
            {
                var stored = await AxlResources.ReadAsync(db, type.EntityType, id, default);
                var resource = stored!.Deserialize(type.ResourceType, AxlJsonOptions.Strict)!;
                AssertSameEntry(type.EntityType, id, resource);
                compared++;
            }
        }

        Assert.True(compared > 50, $"{compared} demo objects compared");
    }

    [Fact]
    public void HandWrittenValues_EscapedListsEnumsAndNothings_GetTheEntryOfAStoreCreate()
    {
        AssertSameEntry(typeof(RemoteDestination), 12, new AxlRemoteDestination
        {
            Name = "Café \"mobile\" <jsmith> & 'co' \\ \u00e9\u4e2d\U0001F4F1\t\u0001",
            Destination = "+14085550100",
            OwnerUserId = "jsmith",
            RemoteDestinationProfileName = "",
            DualModeDeviceName = null,
            IsMobilePhone = true,
            EnableExtendAndConnect = false,
            AnswerTooSoonTimer = -1,
            AnswerTooLateTimer = int.MaxValue,
            SingleNumberReachVoicemail = VoicemailPolicy.TimerControl,
            DialViaOfficeReverseVoicemail = VoicemailPolicy.UserControl,
            TimeZone = "America/Los_Angeles",
            RingSchedule =
            [
                new AxlRingScheduleMember { StartDay = "Mon", EndDay = "Fri", StartTime = "08:00", EndTime = "17:00" },
                new AxlRingScheduleMember { StartDay = "Sat", EndDay = "Sat", StartTime = "00:00", EndTime = "24:00" },
            ],
            AccessListName = "VIP <allowed>",
            LineAssociations = [new AxlLine { Pattern = "1001", RoutePartitionName = "Internal_PT" }, new AxlLine { Pattern = "1002" }],
        });
        AssertSameEntry(typeof(RemoteDestination), 13, new AxlRemoteDestination { Name = "", Destination = "", OwnerUserId = "" });
        AssertSameEntry(typeof(EndUser), 14, new AxlEndUser { Userid = "jsmith", LastName = "Smith", Pin = AxlSecret.Of("12345") });
    }

    private static void AssertSameEntry(Type entityType, int id, object resource)
    {
        var after = new AuditedState(JsonSerializer.SerializeToNode(resource, resource.GetType(), AxlJsonOptions.Strict)!.AsObject(), null);
        var expected = AuditTrail.Entry(Importer, entityType, id, null, after, At)!;
        var created = (AuditEntry)typeof(AuditTrail).GetMethod(nameof(AuditTrail.CreateEntry))!.MakeGenericMethod(resource.GetType())
            .Invoke(null, [Importer, entityType, id, resource, At])!;
        Assert.Equal(
            (expected.ObjectName, expected.Changes, expected.ObjectType, expected.ObjectId, expected.Action, expected.Channel, expected.JobId, expected.At),
            (created.ObjectName, created.Changes, created.ObjectType, created.ObjectId, created.Action, created.Channel, created.JobId, created.At));
    }
}
