using System.Globalization;
using AdminPortal.Core.Common;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Previews;

/// <summary>
/// The ring preview over the stored configuration: reads the inputs as a page or a query string gives them, loads
/// the called user (four queries) and runs <see cref="RingPreviews.Compute"/>. Scoped or transient; it keeps nothing.
/// </summary>
public sealed class RingPreviewService(IDbContextFactory<PortalDbContext> contexts, TimeProvider? clock = null)
{
    public const string DefaultTimeZone = "UTC";

    /// <summary>The administrator's preview: <see cref="RingPreviewRequest.User"/> is a User ID or one of the user's directory numbers.</summary>
    public async Task<PreviewResult<RingPreview>> PreviewAsync(RingPreviewRequest request, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(request.User))
        {
            return PreviewResult.Invalid<RingPreview>("user", "Enter the called user's User ID or one of their directory numbers.");
        }

        if (Inputs(request) is { Errors.Count: > 0 } invalid)
        {
            return new PreviewResult<RingPreview>(null, invalid.Errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var text = request.User.Trim();
        var id = await db.EndUsers.AsNoTracking().Where(u => u.UserId == text).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellation);
        if (id is null)
        {
            var owners = (await db.PhoneLines.AsNoTracking().Where(l => l.DirectoryNumber!.Pattern == text && l.Phone!.OwnerId != null)
                    .Select(l => l.Phone!.OwnerId!.Value).ToListAsync(cancellation))
                .Concat(await db.RemoteDestinationProfileLines.AsNoTracking().Where(l => l.DirectoryNumber!.Pattern == text)
                    .Select(l => l.RemoteDestinationProfile!.UserId).ToListAsync(cancellation))
                .Distinct().ToList();
            if (owners.Count > 1)
            {
                var names = await db.EndUsers.AsNoTracking().Where(u => owners.Contains(u.Id)).OrderBy(u => u.UserId).Select(u => u.UserId).ToListAsync(cancellation);
                return PreviewResult.Invalid<RingPreview>("user", $"{text} is a line of several users ({string.Join(", ", names)}): enter a User ID.");
            }

            id = owners.Count == 1 ? owners[0] : null;
        }

        return id is null
            ? PreviewResult.Missing<RingPreview>("user", $"There is no end user with User ID {text}, and no phone or profile of a user has the line {text}.")
            : await PreviewOfAsync(db, id.Value, request, cancellation);
    }

    /// <summary>
    /// The preview of one end user, whoever is named in the request: Self Care calls it with the signed-in user's
    /// End User id, so an end user only ever sees their own phones. Null result (not found) when the id is no user.
    /// </summary>
    public async Task<PreviewResult<RingPreview>> PreviewOfAsync(int endUserId, RingPreviewRequest request, CancellationToken cancellation = default)
    {
        if (Inputs(request) is { Errors.Count: > 0 } invalid)
        {
            return new PreviewResult<RingPreview>(null, invalid.Errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await PreviewOfAsync(db, endUserId, request, cancellation);
    }

    /// <summary>Loads what a ring preview of the user reads; null when there is no such user.</summary>
    public static async Task<RingSubject?> SubjectAsync(PortalDbContext db, int endUserId, CancellationToken cancellation = default)
    {
        var user = await db.EndUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == endUserId, cancellation);
        if (user is null)
        {
            return null;
        }

        var phones = await db.Phones.AsNoTracking().Where(p => p.OwnerId == endUserId)
            .Include(p => p.Lines).ThenInclude(l => l.DirectoryNumber).AsSplitQuery().ToListAsync(cancellation);
        var destinations = await db.RemoteDestinations.AsNoTracking().Where(r => r.OwnerId == endUserId)
            .Include(r => r.RingSchedule!).ThenInclude(s => s.Entries)
            .Include(r => r.AccessList!).ThenInclude(a => a.Members)
            .Include(r => r.DualModeDevice)
            .AsSplitQuery().ToListAsync(cancellation);
        var settings = await db.ClusterMobilitySettings.AsNoTracking().SingleAsync(cancellation);
        return new RingSubject(user, phones, destinations, settings);
    }

    private async Task<PreviewResult<RingPreview>> PreviewOfAsync(PortalDbContext db, int endUserId, RingPreviewRequest request, CancellationToken cancellation)
    {
        var inputs = Inputs(request);
        var subject = await SubjectAsync(db, endUserId, cancellation);
        if (subject is null)
        {
            return PreviewResult.Missing<RingPreview>("user", "There is no such end user.");
        }

        var registered = request.Registered?.Select(r => r.Trim()).Where(r => r.Length > 0).ToList() ?? [];
        var dualMode = subject.Phones.Where(p => p.IsDualModeSmartphone).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var strangers = registered.Where(r => !dualMode.Contains(r)).ToList();
        if (strangers.Count > 0)
        {
            return PreviewResult.Invalid<RingPreview>("registered",
                $"{string.Join(", ", strangers)} {(strangers.Count == 1 ? "is not a dual-mode device" : "are not dual-mode devices")} of {subject.User.UserId}"
                + (dualMode.Count == 0 ? " (they have none)." : $" (theirs: {string.Join(", ", dualMode.Order(StringComparer.OrdinalIgnoreCase))})."));
        }

        return PreviewResult.Of<RingPreview>(RingPreviews.Compute(subject, inputs.Caller, inputs.At, inputs.Zone, registered, request.ActiveCalls, request.HeatMap));
    }

    private (CallerId Caller, DateTimeOffset At, TimeZoneInfo Zone, List<FieldError> Errors) Inputs(RingPreviewRequest request)
    {
        var errors = new List<FieldError>();
        if (!CallerId.TryParse(request.Caller, out var caller))
        {
            errors.Add(new FieldError("caller", "Enter the caller's number as presented (digits, * #, an optional leading +; up to 24), private, or unavailable."));
        }

        var zoneId = string.IsNullOrWhiteSpace(request.TimeZone) ? DefaultTimeZone : request.TimeZone.Trim();
        var zone = TimeZones.Exists(zoneId) ? TimeZoneInfo.FindSystemTimeZoneById(zoneId) : TimeZoneInfo.Utc;
        if (!TimeZones.Exists(zoneId))
        {
            errors.Add(new FieldError("zone", $"{zoneId} is not a time zone; use an IANA name such as America/Los_Angeles or Europe/London."));
        }

        var at = (clock ?? TimeProvider.System).GetUtcNow();
        if (!string.IsNullOrWhiteSpace(request.At))
        {
            if (!DateTime.TryParse(request.At.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            {
                errors.Add(new FieldError("at", "Enter a date and time in ISO 8601, e.g. 2026-03-08T09:30 (in the chosen zone) or 2026-03-08T17:30Z."));
            }
            else if (parsed.Kind != DateTimeKind.Unspecified)
            {
                at = new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero);
            }
            else if (WallClock.ToInstant(parsed, zone) is { } instant)
            {
                at = instant;
            }
            else
            {
                errors.Add(new FieldError("at", $"{parsed:yyyy-MM-dd HH:mm} does not exist in {zone.Id}: the clocks skip that hour for daylight saving."));
            }
        }

        if (request.ActiveCalls < 0)
        {
            errors.Add(new FieldError("activeCalls", "Calls in progress cannot be negative."));
        }

        return (caller, at, zone, errors);
    }
}
