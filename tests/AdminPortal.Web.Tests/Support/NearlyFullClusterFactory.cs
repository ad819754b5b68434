using AdminPortal.Core.Data;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Support;

/// <summary>
/// The real portal over its own SQLite file: the demo data plus bulk users (10 destinations each) up to
/// <see cref="Destinations"/> remote destinations and mobility identities. One user is written the ordinary way
/// (<see cref="LargeCluster"/>); the others are copies of it made set-based, a few INSERT … SELECT statements over
/// a recursive sequence, so the seed takes a second rather than minutes; then the derived data is reconciled as at start.
/// </summary>
public sealed class NearlyFullClusterFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int Destinations = 39_990;

    private readonly SqliteTestDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => PortalAppFactory.UseTestPortal(builder, _database.ConnectionString);

    public async Task InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await LargeCluster.SeedAsync(contexts, LargeCluster.PerUser);
        await using var db = await contexts.CreateDbContextAsync();
        var missing = Destinations - await db.RemoteDestinations.CountAsync();
        var last = LargeCluster.PerUser + missing - 1;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync(CopyUsers, new SqliteParameter("@lastUser", last / LargeCluster.PerUser));
            await db.Database.ExecuteSqlRawAsync(CopyProfiles);
            await db.Database.ExecuteSqlRawAsync(CopyDestinations, new SqliteParameter("@first", LargeCluster.PerUser), new SqliteParameter("@last", last));
            await db.Database.ExecuteSqlRawAsync(CopySchedules);
            await transaction.CommitAsync();
        }

        await ClusterGuard.ReconcileAsync(db);
        var sample = await db.RemoteDestinations.AsNoTracking().SingleAsync(r => r.DestinationNumber == LargeCluster.Number(last));
        Assert.Equal(CallerIdKeys.ReversedDigits(sample.DestinationNumber), sample.CallerIdDigits);
        Assert.Equal(Destinations, await db.RemoteDestinations.CountAsync());
        Assert.Equal(Destinations, await ClusterGuard.RemoteDestinationCountAsync(db, default));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    private const string Template = "bulk00000";

    private const string CopyUsers = $"""
        WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < @lastUser)
        INSERT INTO "EndUsers" ("UserId", "LastName", "EnableMobility", "EnableMobileVoiceAccess", "MaxDeskPickupWaitTime", "RemoteDestinationLimit", "Version")
        SELECT 'bulk' || printf('%05d', n.k), t."LastName", t."EnableMobility", t."EnableMobileVoiceAccess", t."MaxDeskPickupWaitTime", t."RemoteDestinationLimit", t."Version"
        FROM n, "EndUsers" t WHERE t."UserId" = '{Template}'
        """;

    private const string CopyProfiles = $"""
        INSERT INTO "RemoteDestinationProfiles" ("Name", "UserId", "DevicePoolId", "DoNotDisturbOption", "DoNotDisturbStatus", "IgnorePresentationIndicators", "Privacy", "UseDevicePoolCallingPartyTransformationCss", "Version")
        SELECT upper(u."UserId") || '_RDP', u."Id", t."DevicePoolId", t."DoNotDisturbOption", t."DoNotDisturbStatus", t."IgnorePresentationIndicators", t."Privacy", t."UseDevicePoolCallingPartyTransformationCss", t."Version"
        FROM "EndUsers" u, "RemoteDestinationProfiles" t
        WHERE u."UserId" > '{Template}' AND u."UserId" < 'bulk99999' AND t."Name" = upper('{Template}') || '_RDP'
        """;

    // The number is +1408 then 5,000,000 + i (LargeCluster.Number); its digits last first are x's seven, then 8041.
    private const string CopyDestinations = $"""
        WITH RECURSIVE n(i) AS (SELECT @first UNION ALL SELECT i + 1 FROM n WHERE i < @last),
             x(i, v) AS (SELECT i, 5000000 + i FROM n)
        INSERT INTO "RemoteDestinations" ("Name", "DestinationNumber", "CallerIdDigits", "PartialMatchKey", "OwnerId", "RemoteDestinationProfileId",
            "IsMobilePhone", "EnableSingleNumberReach", "EnableExtendAndConnect", "AnswerTooSoonTimer", "AnswerTooLateTimer", "DelayBeforeRingingTimer",
            "SingleNumberReachVoicemailPolicy", "DialViaOfficeReverseVoicemailPolicy", "TimeZone", "CallerFilter", "Version")
        SELECT 'bulk ' || x.i, '+1408' || x.v,
            (x.v % 10) || (x.v / 10 % 10) || (x.v / 100 % 10) || (x.v / 1000 % 10) || (x.v / 10000 % 10) || (x.v / 100000 % 10) || (x.v / 1000000 % 10) || '8041',
            '', u."Id", p."Id", t."IsMobilePhone", t."EnableSingleNumberReach", t."EnableExtendAndConnect", t."AnswerTooSoonTimer", t."AnswerTooLateTimer",
            t."DelayBeforeRingingTimer", t."SingleNumberReachVoicemailPolicy", t."DialViaOfficeReverseVoicemailPolicy", t."TimeZone", t."CallerFilter", t."Version"
        FROM x
        JOIN "EndUsers" u ON u."UserId" = 'bulk' || printf('%05d', x.i / 10)
        JOIN "RemoteDestinationProfiles" p ON p."UserId" = u."Id",
        "RemoteDestinations" t WHERE t."Name" = 'bulk 0'
        """;

    private const string CopySchedules = """
        INSERT INTO "RingSchedules" ("AllTheTime", "RemoteDestinationId", "Version")
        SELECT t."AllTheTime", r."Id", t."Version"
        FROM "RemoteDestinations" r, "RingSchedules" t
        WHERE r."Name" LIKE 'bulk %' AND t."RemoteDestinationId" = (SELECT "Id" FROM "RemoteDestinations" WHERE "Name" = 'bulk 0')
          AND NOT EXISTS (SELECT 1 FROM "RingSchedules" s WHERE s."RemoteDestinationId" = r."Id")
        """;
}
