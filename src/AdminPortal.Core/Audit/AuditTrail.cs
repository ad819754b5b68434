using System.Text.Json;
using System.Text.Json.Nodes;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Audit;

/// <summary>
/// Turns a change into its audit entry: the object before and after, read as AXL names it (references by name, parts
/// such as a ring schedule or an access list's members as their AXL lists), compared field by field. Secrets the
/// resource never shows (an end user's PIN) are compared on the stored value and written as "****".
/// </summary>
public static class AuditTrail
{
    public const string Masked = "****";

    private static readonly string[] NameFields = ["name", "destination", "userid", "pattern"];

    // The name of the one object without one of NameFields: the cluster's mobility settings.
    private const string Nameless = "Mobility service parameters";

    /// <summary>The object as the audit compares it (null when it does not exist), read inside the caller's transaction.</summary>
    public static async Task<AuditedState?> ReadAsync(PortalDbContext db, Type entityType, int id, CancellationToken cancellation)
    {
        var resource = await AxlResources.ReadAsync(db, entityType, id, cancellation);
        if (resource is null)
        {
            return null;
        }

        var pin = entityType == typeof(EndUser)
            ? await db.EndUsers.Where(u => u.Id == id).Select(u => u.Pin).SingleOrDefaultAsync(cancellation)
            : null;
        return new AuditedState(resource, pin);
    }

    /// <summary>
    /// Writes the entry for the change just saved in <paramref name="db"/> (before its transaction commits): the object
    /// now against <paramref name="before"/>. Nothing when the change changed nothing; says whether it wrote one.
    /// </summary>
    public static async Task<bool> RecordAsync(PortalDbContext db, ChangeActor actor, Type entityType, int id, AuditedState? before, CancellationToken cancellation)
    {
        var after = await ReadAsync(db, entityType, id, cancellation);
        if (Entry(actor, entityType, id, before, after, DateTime.UtcNow) is not { } entry)
        {
            return false;
        }

        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellation);
        return true;
    }

    /// <summary>The entry for a change from <paramref name="before"/> to <paramref name="after"/> (either null for a create or a delete); null when nothing changed.</summary>
    public static AuditEntry? Entry(ChangeActor actor, Type entityType, int id, AuditedState? before, AuditedState? after, DateTime at)
    {
        var action = before is null ? AuditAction.Create : after is null ? AuditAction.Delete : AuditAction.Update;
        var changes = Compare(before?.Resource, after?.Resource);
        if (before?.Secret != after?.Secret)
        {
            changes.Add(new AuditChange("pin", before?.Secret is null ? null : Masked, after?.Secret is null ? null : Masked));
        }

        if (action == AuditAction.Update && changes.Count == 0)
        {
            return null;
        }

        return NewEntry(actor, entityType, id, action, NameOf(after?.Resource ?? before?.Resource), JsonSerializer.Serialize(changes, AxlJsonOptions.Strict), at);
    }

    /// <summary>
    /// The entry <see cref="Entry"/> writes for the creation of <paramref name="resource"/> (every field it holds, from
    /// nothing), written straight from the resource (<see cref="CreatedFields{TAxl}"/>): a bulk import writes tens of
    /// thousands of them.
    /// </summary>
    public static AuditEntry CreateEntry<TAxl>(ChangeActor actor, Type entityType, int id, TAxl resource, DateTime at)
        where TAxl : class
    {
        var (changes, name) = CreatedFields<TAxl>.Write(resource, NameFields);
        return NewEntry(actor, entityType, id, AuditAction.Create, name ?? Nameless, changes, at);
    }

    private static AuditEntry NewEntry(ChangeActor actor, Type entityType, int id, AuditAction action, string name, string changes, DateTime at) => new()
    {
        At = at,
        Account = actor.Account,
        Channel = actor.Channel.ToString(),
        TokenName = actor.TokenName,
        JobId = actor.JobId,
        Action = action,
        ObjectType = ObjectLabels.For(entityType),
        ObjectId = id,
        ObjectName = name,
        Changes = changes,
    };

    /// <summary>The entry for a change to a portal account or an API token (channel Account); secrets never appear in <paramref name="changes"/>.</summary>
    public static AuditEntry AccountEntry(ChangeActor actor, AuditAction action, string objectType, string name, IReadOnlyList<AuditChange> changes, DateTime at) => new()
    {
        At = at,
        Account = actor.Account,
        Channel = nameof(ChangeChannel.Account),
        TokenName = actor.TokenName,
        Action = action,
        ObjectType = objectType,
        ObjectName = name,
        Changes = JsonSerializer.Serialize(changes, AxlJsonOptions.Strict),
    };

    /// <summary>The changed fields of an entry, as it stored them.</summary>
    public static IReadOnlyList<AuditChange> ChangesOf(AuditEntry entry) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes, AxlJsonOptions.Strict) ?? [];

    private static List<AuditChange> Compare(JsonObject? before, JsonObject? after)
    {
        var fields = (before?.Select(p => p.Key) ?? []).Union(after?.Select(p => p.Key) ?? []).Where(f => f != "id");
        var changes = new List<AuditChange>();
        foreach (var field in fields)
        {
            var old = Text(before?[field]);
            var now = Text(after?[field]);
            if (old != now && !(before is null && now is null) && !(after is null && old is null))
            {
                changes.Add(new AuditChange(field, old, now));
            }
        }

        return changes;
    }

    // Text as a person reads it: a string without quotes, an empty list as nothing, anything else as its JSON.
    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonArray { Count: 0 } => null,
        _ => node.ToJsonString(AxlJsonOptions.Strict),
    };

    private static string NameOf(JsonObject? resource) =>
        NameFields.Select(f => Text(resource?[f])).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? Nameless;
}
