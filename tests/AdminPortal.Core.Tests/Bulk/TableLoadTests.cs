using AdminPortal.Core.Audit;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>
/// Decision 023 (round 4): the rows a bulk import writes through <see cref="TableLoad"/> on SQLite, bound by the
/// binder it compiles from the EF model (each value read typed, converted by its converter's expression), are stored
/// value for value and storage class for storage class as EF's own save stores the same objects: every column of a
/// remote destination, its ring schedule and entries, and an audit entry, with every optional value set and with it
/// left empty. Foreign keys are off on this connection: the rows refer to nothing, only their storage is compared.
/// </summary>
public sealed class TableLoadTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LoadedRows_AreStoredAsEfSavesThem(bool everyOptionalValue)
    {
        await using var db = _database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");

        // Saved by EF.
        var saved = Destination("saved", "+14085550100", everyOptionalValue);
        db.RemoteDestinations.Add(saved);
        db.AuditEntries.Add(Entry(everyOptionalValue));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // The same objects loaded: keys and versions given, as the import gives them.
        var loaded = Destination("loaded", "+14085550101", everyOptionalValue);
        loaded.Id = saved.Id + 100;
        loaded.Version = Guid.NewGuid();
        var schedule = loaded.RingSchedule!;
        schedule.Id = saved.RingSchedule!.Id + 100;
        schedule.RemoteDestinationId = loaded.Id;
        schedule.Version = Guid.NewGuid();
        foreach (var (entry, i) in schedule.Entries.Select((e, i) => (e, i)))
        {
            entry.Id = saved.RingSchedule.Entries.Max(e => e.Id) + 100 + i;
            entry.RingScheduleId = schedule.Id;
            entry.Version = Guid.NewGuid();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await TableLoad.InsertAsync(db, [loaded], withKey: true, default);
            await TableLoad.InsertAsync(db, [schedule], withKey: true, default);
            await TableLoad.InsertAsync(db, schedule.Entries, withKey: true, default);
            await TableLoad.InsertAsync(db, [Entry(everyOptionalValue)], withKey: false, default);
            await transaction.CommitAsync();
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var keys = new[] { "Id", "Name", "DestinationNumber", "CallerIdDigits", "PartialMatchKey", "RemoteDestinationId", "RingScheduleId" };
        foreach (var table in new[] { "RemoteDestinations", "RingSchedules", "RingScheduleEntries", "AuditEntries" })
        {
            var rows = Stored(connection, table, keys);
            Assert.Equal(table == "RingScheduleEntries" ? 4 : 2, rows.Count);
            var half = rows.Count / 2;
            Assert.Equal(rows[..half], rows[half..]);
        }
    }

    private static RemoteDestination Destination(string name, string number, bool everyOptionalValue) => new()
    {
        Name = name,
        DestinationNumber = number,
        CallerIdDigits = CallerIdKeys.ReversedDigits(number),
        PartialMatchKey = CallerIdKeys.PartialMatchKey(number, 10),
        OwnerId = 11,
        RemoteDestinationProfileId = everyOptionalValue ? 12 : null,
        DualModeDeviceId = everyOptionalValue ? 13 : null,
        MobilityProfileId = everyOptionalValue ? 14 : null,
        AccessListId = everyOptionalValue ? 15 : null,
        IsMobilePhone = everyOptionalValue,
        EnableSingleNumberReach = !everyOptionalValue,
        EnableExtendAndConnect = everyOptionalValue,
        AnswerTooSoonTimer = 2_500,
        AnswerTooLateTimer = 25_000,
        DelayBeforeRingingTimer = 0,
        SingleNumberReachVoicemailPolicy = everyOptionalValue ? VoicemailPolicy.UserControl : VoicemailPolicy.UseSystemDefault,
        DialViaOfficeReverseVoicemailPolicy = VoicemailPolicy.TimerControl,
        TimeZone = "America/Chicago",
        CallerFilter = CallerFilterMode.DoNotRingIfCallerInBlockedList,
        RingSchedule = new RingSchedule
        {
            AllTheTime = !everyOptionalValue,
            Entries =
            [
                new RingScheduleEntry { Day = DayOfWeek.Tuesday, Kind = RingScheduleEntryKind.AllDay },
                new RingScheduleEntry { Day = DayOfWeek.Sunday, Kind = RingScheduleEntryKind.FromTo, StartMinute = 480, EndMinute = 1_020 },
            ],
        },
    };

    private static AuditEntry Entry(bool everyOptionalValue) => new()
    {
        At = new DateTime(2026, 12, 3, 18, 30, 15, DateTimeKind.Utc).AddTicks(1_234_567),
        Account = "admin",
        Channel = "Import",
        TokenName = everyOptionalValue ? "nightly 'é'" : null,
        Action = AuditAction.Create,
        ObjectType = nameof(RemoteDestination),
        ObjectId = everyOptionalValue ? 42 : null,
        ObjectName = "loaded \"<&>\"",
        Changes = """[{"field":"name","old":null,"new":"é"}]""",
        JobId = everyOptionalValue ? "5f0c" : null,
    };

    // Each row's columns but its keys and names as storage class and SQL literal; a version as its form (upper-case text of 36).
    private static List<string> Stored(SqliteConnection connection, string table, string[] keys)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        var columns = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }

        command.CommandText = $"SELECT {string.Join(" || ' | ' || ", columns.Where(c => !keys.Contains(c)).Select(c => c == "Version"
            ? "typeof(\"Version\") || ':' || (\"Version\" = upper(\"Version\")) || ':' || length(\"Version\")"
            : $"'{c}=' || typeof(\"{c}\") || ':' || quote(\"{c}\")"))} FROM \"{table}\" ORDER BY \"Id\"";
        var rows = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }
        }

        return rows;
    }
}
