using AdminPortal.Core.Data;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Sets the primary user devices an import could not set with their users (<see cref="PrimaryDeviceLater"/>), once
/// the phones are in: each through the store's save inside the import's transaction (the End User validator's
/// "a phone owned by this user", an audit entry). A device that is still unknown refuses its user's row.
/// </summary>
internal static class PrimaryDevices
{
    /// <summary>Applies the devices; returns the files whose rows were refused now, one entry per row.</summary>
    public static async Task<List<string>> ApplyAsync(ImportRun run, CancellationToken cancellation)
    {
        var refusedIn = new List<string>();
        var names = new ReferenceNames(run.Db);
        foreach (var later in run.PrimaryDevicesLater)
        {
            names.Errors.Clear();
            var deviceId = await names.IdAsync<Phone>(later.DeviceName, "primaryDeviceName", cancellation);
            var user = await run.Db.EndUsers.AsNoTracking().SingleOrDefaultAsync(u => u.UserId == later.UserId, cancellation);
            var errors = names.Errors.ToList();
            if (user is not null && deviceId is not null)
            {
                user.PrimaryDeviceId = deviceId;
                var saved = await ConfigurationStore.SaveWithinAsync(run.Db, run.Actor, user, cancellation);
                run.Db.ChangeTracker.Clear();
                errors.AddRange(saved.Errors.Select(e => e with { Field = "primaryDeviceName" }));
            }

            if (errors.Count > 0)
            {
                run.Refuse<object>(later.File, later.Row, null, field => field, later.ColumnOf, errors);
                run.Errors[^1] = run.Errors[^1] with { Value = later.DeviceName };
                refusedIn.Add(later.File);
            }
        }

        return refusedIn;
    }
}
