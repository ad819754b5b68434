using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdminPortal.BrowserTests.Support;

/// <summary>
/// Tops a PostgreSQL portal database up to a given R2 count (remote destinations + mobility identities, whatever is
/// there already): one bulk user with 10 destinations the ordinary way (<see cref="LargeCluster"/>), then copies of
/// it made set-based over generate_series, as the Web tests' SQLite NearlyFullClusterFactory does, so 40,000 rows
/// take a second or two; then the derived data and the R2 counter are reconciled as at start.
/// </summary>
public static class NearlyFullPostgresCluster
{
    public static async Task FillToAsync(IDbContextFactory<PortalDbContext> contexts, int count)
    {
        await LargeCluster.SeedAsync(contexts, LargeCluster.PerUser);
        await using var db = await contexts.CreateDbContextAsync();
        var missing = count - await ClusterGuard.RemoteDestinationCountAsync(db, default);
        var last = LargeCluster.PerUser + missing - 1;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync(CopyUsers, new NpgsqlParameter("lastUser", last / LargeCluster.PerUser));
            await db.Database.ExecuteSqlRawAsync(CopyProfiles);
            await db.Database.ExecuteSqlRawAsync(CopyDestinations, new NpgsqlParameter("first", LargeCluster.PerUser), new NpgsqlParameter("last", last));
            await db.Database.ExecuteSqlRawAsync(CopySchedules);
            await transaction.CommitAsync();
        }

        await ClusterGuard.ReconcileAsync(db);
        Assert.Equal(count, await ClusterGuard.RemoteDestinationCountAsync(db, default));
    }

    private const string Template = "bulk00000";

    private const string CopyUsers = $"""
        INSERT INTO "EndUsers" ("UserId", "LastName", "EnableMobility", "EnableMobileVoiceAccess", "MaxDeskPickupWaitTime", "RemoteDestinationLimit", "Version")
        SELECT 'bulk' || lpad(n::text, 5, '0'), t."LastName", t."EnableMobility", t."EnableMobileVoiceAccess", t."MaxDeskPickupWaitTime", t."RemoteDestinationLimit", t."Version"
        FROM generate_series(1, @lastUser) n, "EndUsers" t WHERE t."UserId" = '{Template}'
        """;

    private const string CopyProfiles = $"""
        INSERT INTO "RemoteDestinationProfiles" ("Name", "UserId", "DevicePoolId", "DoNotDisturbOption", "DoNotDisturbStatus", "IgnorePresentationIndicators", "Privacy", "UseDevicePoolCallingPartyTransformationCss", "Version")
        SELECT upper(u."UserId") || '_RDP', u."Id", t."DevicePoolId", t."DoNotDisturbOption", t."DoNotDisturbStatus", t."IgnorePresentationIndicators", t."Privacy", t."UseDevicePoolCallingPartyTransformationCss", t."Version"
        FROM "EndUsers" u, "RemoteDestinationProfiles" t
        WHERE u."UserId" > '{Template}' AND u."UserId" < 'bulk99999' AND t."Name" = upper('{Template}') || '_RDP'
        """;

    // The number is +1408 then 5,000,000 + i (LargeCluster.Number); its digits last first are those seven reversed, then 8041.
    private const string CopyDestinations = """
        INSERT INTO "RemoteDestinations" ("Name", "DestinationNumber", "CallerIdDigits", "PartialMatchKey", "OwnerId", "RemoteDestinationProfileId",
            "IsMobilePhone", "EnableSingleNumberReach", "EnableExtendAndConnect", "AnswerTooSoonTimer", "AnswerTooLateTimer", "DelayBeforeRingingTimer",
            "SingleNumberReachVoicemailPolicy", "DialViaOfficeReverseVoicemailPolicy", "TimeZone", "CallerFilter", "Version")
        SELECT 'bulk ' || i, '+1408' || (5000000 + i), reverse((5000000 + i)::text) || '8041',
            '', u."Id", p."Id", t."IsMobilePhone", t."EnableSingleNumberReach", t."EnableExtendAndConnect", t."AnswerTooSoonTimer", t."AnswerTooLateTimer",
            t."DelayBeforeRingingTimer", t."SingleNumberReachVoicemailPolicy", t."DialViaOfficeReverseVoicemailPolicy", t."TimeZone", t."CallerFilter", t."Version"
        FROM generate_series(@first, @last) i
        JOIN "EndUsers" u ON u."UserId" = 'bulk' || lpad((i / 10)::text, 5, '0')
        JOIN "RemoteDestinationProfiles" p ON p."UserId" = u."Id"
        CROSS JOIN "RemoteDestinations" t WHERE t."Name" = 'bulk 0'
        """;

    private const string CopySchedules = """
        INSERT INTO "RingSchedules" ("AllTheTime", "RemoteDestinationId", "Version")
        SELECT t."AllTheTime", r."Id", t."Version"
        FROM "RemoteDestinations" r, "RingSchedules" t
        WHERE r."Name" LIKE 'bulk %' AND t."RemoteDestinationId" = (SELECT "Id" FROM "RemoteDestinations" WHERE "Name" = 'bulk 0')
          AND NOT EXISTS (SELECT 1 FROM "RingSchedules" s WHERE s."RemoteDestinationId" = r."Id")
        """;
}
