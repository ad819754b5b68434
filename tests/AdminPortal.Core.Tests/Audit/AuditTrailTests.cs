using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Audit;

/// <summary>
/// Every change the store commits leaves exactly one audit entry, in the same transaction, with the account and
/// channel its <see cref="IChangeAuthorization"/> named and each field's old and new value; a refused change leaves
/// none; concurrent writers never lose one.
/// </summary>
public abstract class AuditTrailTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    private int _poolId;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _poolId = await Builders.SavedDevicePoolIdAsync(_database);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private ConfigurationStore StoreAs(ChangeActor actor) => new(_database, new Actor(actor));

    [Fact]
    public async Task Create_Update_Delete_EachLeaveOneEntryWithOldAndNewValues()
    {
        var store = StoreAs(new ChangeActor("alice", ChangeChannel.Page, MayChange: true));
        var user = await store.SaveAsync(new EndUser { UserId = "jdoe", LastName = "Doe", EnableMobility = true, RemoteDestinationLimit = 4 });
        Assert.True(user.Succeeded);

        var created = await EntriesAsync("End User");
        var entry = Assert.Single(created);
        Assert.Equal(("alice", "Page", AuditAction.Create, user.Id, "jdoe"), (entry.Account, entry.Channel, entry.Action, entry.ObjectId, entry.ObjectName));
        Assert.Contains(AuditTrail.ChangesOf(entry), c => c is { Field: "lastName", Old: null, New: "Doe" });
        Assert.True(entry.At > DateTime.UtcNow.AddMinutes(-1) && entry.At <= DateTime.UtcNow);

        var loaded = (await store.LoadAsync<EndUser>(user.Id))!;
        loaded.LastName = "Dough";
        loaded.RemoteDestinationLimit = 6;
        Assert.True((await store.SaveAsync(loaded)).Succeeded);
        var update = (await EntriesAsync("End User")).Single(e => e.Action == AuditAction.Update);
        var changes = AuditTrail.ChangesOf(update);
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c is { Field: "lastName", Old: "Doe", New: "Dough" });
        Assert.Contains(changes, c => c is { Field: "remoteDestinationLimit", Old: "4", New: "6" });

        // Saved again without a change: no entry.
        loaded = (await store.LoadAsync<EndUser>(user.Id))!;
        Assert.True((await store.SaveAsync(loaded)).Succeeded);
        Assert.Equal(2, (await EntriesAsync("End User")).Count);

        Assert.True((await store.DeleteAsync<EndUser>([user.Id])).Deleted == 1);
        var deleted = (await EntriesAsync("End User")).Single(e => e.Action == AuditAction.Delete);
        Assert.Contains(AuditTrail.ChangesOf(deleted), c => c is { Field: "lastName", Old: "Dough", New: null });
    }

    [Fact]
    public async Task Pin_IsMaskedInTheEntry()
    {
        var store = StoreAs(new ChangeActor("alice", ChangeChannel.Api, MayChange: true, TokenName: "ansible"));
        var user = await store.SaveAsync(new EndUser { UserId = "pinned", LastName = "Pin", Pin = "12345" });
        var loaded = (await store.LoadAsync<EndUser>(user.Id))!;
        loaded.Pin = "54321";
        Assert.True((await store.SaveAsync(loaded)).Succeeded);

        var entries = await EntriesAsync("End User");
        Assert.All(entries, e => Assert.DoesNotContain("12345", e.Changes, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("54321", e.Changes, StringComparison.Ordinal));
        var update = entries.Single(e => e.Action == AuditAction.Update);
        Assert.Equal(("Api", "ansible"), (update.Channel, update.TokenName));
        Assert.Contains(AuditTrail.ChangesOf(update), c => c is { Field: "pin", Old: AuditTrail.Masked, New: AuditTrail.Masked });
    }

    [Fact]
    public async Task RefusedChanges_LeaveNoEntry()
    {
        var store = StoreAs(new ChangeActor("alice", ChangeChannel.Page, MayChange: true));
        Assert.False((await store.SaveAsync(new EndUser { UserId = "", LastName = "" })).Succeeded);

        var readOnly = StoreAs(new ChangeActor("reader", ChangeChannel.Page, MayChange: false));
        Assert.False((await readOnly.SaveAsync(new EndUser { UserId = "ro", LastName = "Ro" })).Succeeded);

        // A stale edit (someone saved in between) is refused: only the first save is logged.
        var user = await store.SaveAsync(new EndUser { UserId = "race", LastName = "Race" });
        var first = (await store.LoadAsync<EndUser>(user.Id))!;
        var second = (await store.LoadAsync<EndUser>(user.Id))!;
        first.LastName = "First";
        second.LastName = "Second";
        Assert.True((await store.SaveAsync(first)).Succeeded);
        Assert.Equal(SaveRefusal.Stale, (await store.SaveAsync(second)).Refusal);

        // A delete refused while in use (R12).
        var profile = await store.SaveAsync(new RemoteDestinationProfile { Name = "RACE_RDP", UserId = user.Id, DevicePoolId = _poolId });
        Assert.True(profile.Succeeded);
        Assert.Equal(0, (await store.DeleteAsync<EndUser>([user.Id])).Deleted);

        var entries = await EntriesAsync(null);
        Assert.Equal(3, entries.Count);
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Create], entries.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.DoesNotContain(entries, e => e.Account == "reader");
    }

    [Fact]
    public async Task ConcurrentWriters_NeverLoseAnEntry()
    {
        const int writers = 8;
        const int each = 5;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = StoreAs(new ChangeActor($"writer{w}", ChangeChannel.Api, MayChange: true));
            for (var i = 0; i < each; i++)
            {
                var saved = await store.SaveAsync(new EndUser { UserId = $"w{w}u{i}", LastName = "Concurrent" });
                Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
            }
        })));

        var entries = await EntriesAsync("End User");
        Assert.Equal(writers * each, entries.Count);
        Assert.Equal(writers * each, entries.Select(e => e.ObjectId).Distinct().Count());
        Assert.All(Enumerable.Range(0, writers), w => Assert.Equal(each, entries.Count(e => e.Account == $"writer{w}")));
    }

    [Fact]
    public async Task AuditLog_FiltersAndPagesInTheDatabase_AndExportsCsv()
    {
        var alice = StoreAs(new ChangeActor("alice", ChangeChannel.Page, MayChange: true));
        var bob = StoreAs(new ChangeActor("bob", ChangeChannel.Api, MayChange: true));
        for (var i = 0; i < 7; i++)
        {
            await alice.SaveAsync(new EndUser { UserId = $"a{i}", LastName = "Alice's" });
        }

        var target = await bob.SaveAsync(new EndUser { UserId = "bob.user", LastName = "Bob's, \"quoted\"", FirstName = "=SUM(A1)" });
        Assert.True(target.Succeeded, string.Join("; ", target.Errors));
        var log = new AuditLog(_database);

        var all = await log.FindAsync(new AuditFilter(), 0, 50);
        Assert.Equal(9, all.TotalCount); // the device pool the fixture saved, 7 by alice, 1 by bob
        var page = await log.FindAsync(new AuditFilter { Account = "alice" }, 1, 5);
        Assert.Equal(7, page.TotalCount);
        Assert.Equal(2, page.Rows.Count);
        Assert.True(page.Rows[0].Id > page.Rows[1].Id);
        Assert.Equal(1, (await log.FindAsync(new AuditFilter { Channel = ChangeChannel.Api }, 0, 50)).TotalCount);
        Assert.Equal(1, (await log.FindAsync(new AuditFilter { ObjectType = "End User", ObjectId = target.Id }, 0, 50)).TotalCount);
        Assert.Equal(1, (await log.FindAsync(new AuditFilter { ObjectName = "BOB.U" }, 0, 50)).TotalCount);
        Assert.Equal(0, (await log.FindAsync(new AuditFilter { Action = AuditAction.Delete }, 0, 50)).TotalCount);
        Assert.Equal(0, (await log.FindAsync(new AuditFilter { From = DateTime.UtcNow.AddMinutes(1) }, 0, 50)).TotalCount);
        Assert.Equal(9, (await log.FindAsync(new AuditFilter { From = DateTime.UtcNow.AddMinutes(-5), To = DateTime.UtcNow.AddMinutes(1) }, 0, 50)).TotalCount);

        var csv = new StringWriter();
        await log.WriteCsvAsync(new AuditFilter { Account = "bob" }, csv);
        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Time (UTC),Account,Channel,", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains(",bob,Api,,Create,End User,", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(",lastName,,\"Bob's, \"\"quoted\"\"\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(",firstName,,'=SUM(A1)", StringComparison.Ordinal));
    }

    private async Task<List<AuditEntry>> EntriesAsync(string? objectType)
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(e => objectType == null ? e.ObjectType != "Device Pool" : e.ObjectType == objectType).OrderBy(e => e.Id).ToListAsync();
    }

    private sealed class Actor(ChangeActor actor) : IChangeAuthorization
    {
        public Task<ChangeActor> ActorAsync(CancellationToken cancellation = default) => Task.FromResult(actor);
    }
}

public sealed class AuditTrailTests_OnSqlite : AuditTrailTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class AuditTrailTests_OnPostgres : AuditTrailTests<PostgresTestDatabase>;
