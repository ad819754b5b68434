using System.Net;
using System.Text.Json;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Audit;
using AdminPortal.Core.Data;
using AdminPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// The audit log of changes made through the API with a token: each POST, PUT, PATCH and DELETE leaves exactly one
/// entry (channel Api, the token's name, the changed fields' old and new values, a PIN masked); a refused or
/// unreadable request leaves none.
/// </summary>
public sealed class ApiAuditTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string TokenName = "audit-script";

    [Fact]
    public async Task AddReplaceDelete_EachLeaveOneApiEntryWithTheTokenAndTheValues()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync(TokenName, ApiTokenScope.ReadWrite));
        var since = await LastEntryIdAsync();

        var add = await client.SendJsonAsync(HttpMethod.Post, $"{Base}/sites", Parse("""{"name":"audit_site","description":"first","physicalLocationName":null}"""));
        var id = (await add.JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<int>();
        var created = Assert.Single(await EntriesSinceAsync(since));
        AssertEntry(created, AuditAction.Create, id, "audit_site");
        Assert.Contains(new AuditChange("name", null, "audit_site"), Changes(created));
        Assert.Contains(new AuditChange("description", null, "first"), Changes(created));

        var (site, etag) = await client.ReadAsync($"{Base}/sites/{id}");
        site["description"] = "second";
        var put = await client.SendJsonAsync(HttpMethod.Put, $"{Base}/sites/{id}", site, etag);
        await put.JsonAsync(HttpStatusCode.OK);
        var replaced = Assert.Single(await EntriesSinceAsync(created.Id));
        AssertEntry(replaced, AuditAction.Update, id, "audit_site");
        Assert.Equal([new AuditChange("description", "first", "second")], Changes(replaced));

        var delete = await client.SendAsync(Request(HttpMethod.Delete, $"{Base}/sites/{id}", ifMatch: put.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var deleted = Assert.Single(await EntriesSinceAsync(replaced.Id));
        AssertEntry(deleted, AuditAction.Delete, id, "audit_site");
        Assert.Contains(new AuditChange("name", "audit_site", null), Changes(deleted));
        Assert.Contains(new AuditChange("description", "second", null), Changes(deleted));
    }

    [Fact]
    public async Task PatchedPin_OneEntry_TheSecretMasked()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync(TokenName + "-pin", ApiTokenScope.ReadWrite));
        var user = await client.IdOfAsync("end-users", "kpatel");
        var (_, etag) = await client.ReadAsync($"{Base}/end-users/{user}");
        var since = await LastEntryIdAsync();

        var patch = await client.SendJsonAsync(HttpMethod.Patch, $"{Base}/end-users/{user}", Parse("""{"pin":"13579","firstName":"Kiran R."}"""), etag, "application/merge-patch+json");

        await patch.JsonAsync(HttpStatusCode.OK);
        var entry = Assert.Single(await EntriesSinceAsync(since));
        Assert.Equal(TokenName + "-pin", entry.TokenName);
        Assert.Equal(AuditAction.Update, entry.Action);
        Assert.Equal(
            [new AuditChange("firstName", "Kiran", "Kiran R."), new AuditChange("pin", AuditTrail.Masked, AuditTrail.Masked)],
            Changes(entry).OrderBy(c => c.Field, StringComparer.Ordinal));
        Assert.DoesNotContain("13579", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("24680", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedOrUnreadableWrites_LeaveNoEntry()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync(TokenName + "-refused", ApiTokenScope.ReadWrite));
        var since = await LastEntryIdAsync();
        var jsmith = await client.IdOfAsync("end-users", "jsmith");
        var (user, etag) = await client.ReadAsync($"{Base}/end-users/{jsmith}");
        user["remoteDestinationLimit"] = 0;

        var r4 = await client.SendJsonAsync(HttpMethod.Post, $"{Base}/remote-destinations",
            Parse("""{"name":"Maria twin","destination":"+14085557890","ownerUserId":"mgarcia","remoteDestinationProfileName":"MGARCIA_RDP"}"""));
        var r7 = await client.SendJsonAsync(HttpMethod.Put, $"{Base}/end-users/{jsmith}", user, etag);
        var r12 = await client.SendAsync(Request(HttpMethod.Delete, $"{Base}/end-users/{jsmith}", ifMatch: etag));
        var unknownField = await client.SendJsonAsync(HttpMethod.Post, $"{Base}/sites", Parse("""{"name":"audit_unknown","colour":"red"}"""));

        await r4.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await r7.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await r12.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await unknownField.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(await EntriesSinceAsync(since));
    }

    private static void AssertEntry(AuditEntry entry, AuditAction action, int id, string name)
    {
        Assert.Equal("admin", entry.Account);
        Assert.Equal(nameof(ChangeChannel.Api), entry.Channel);
        Assert.Equal(TokenName, entry.TokenName);
        Assert.Equal(action, entry.Action);
        Assert.Equal("Site", entry.ObjectType);
        Assert.Equal(id, entry.ObjectId);
        Assert.Equal(name, entry.ObjectName);
        Assert.InRange(entry.At, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddSeconds(1));
    }

    private static List<AuditChange> Changes(AuditEntry entry) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes, JsonSerializerOptions.Web)!;

    private async Task<long> LastEntryIdAsync()
    {
        await using var db = await Db();
        return await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
    }

    private async Task<List<AuditEntry>> EntriesSinceAsync(long id)
    {
        await using var db = await Db();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Id > id).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task<PortalDbContext> Db() => await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
