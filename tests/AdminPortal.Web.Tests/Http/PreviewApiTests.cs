using System.Net;
using System.Text.Json;
using AdminPortal.Core.Accounts;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Http;

/// <summary>The preview endpoints: the JSON shapes, problem documents for bad input, and end users kept to /api/v1/me.</summary>
public sealed class PreviewApiTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task DeviceMobility_SanJosePhoneAtALondonAddress_RoamsToLondonWithTheSettingsTable()
    {
        using var client = factory.BasicClient(PortalSignIn.Auditor);

        var json = await JsonOf(await client.GetAsync("/api/v1/tools/device-mobility?phone=SEP001122334455&ip=10.30.1.20"));

        Assert.Equal("10.30.1.20", json.GetProperty("ip").GetString());
        Assert.Equal("LON_dmi", json.GetProperty("matchedDeviceMobilityInfo").GetString());
        Assert.Equal(["LON_dmi"], json.GetProperty("containing").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("RoamingOtherGroup", json.GetProperty("outcome").GetString());
        Assert.Equal(("SJ_DP", "LON_DP"), (json.GetProperty("homeDevicePool").GetString(), json.GetProperty("roamingDevicePool").GetString()));
        Assert.Equal(["LON_DP"], json.GetProperty("candidatePools").EnumerateArray().Select(e => e.GetString()));
        var settings = json.GetProperty("settings").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(("SJ_Region", "LON_Region", "RoamingPool"), Setting(settings["Region"]));
        Assert.Equal(("SJ_DevMob_CSS", null, "Device"), Setting(settings["Device Mobility Calling Search Space"]));
    }

    [Fact]
    public async Task DeviceMobility_PoolAndMode_AndItsRefusals()
    {
        using var client = factory.BasicClient(PortalSignIn.Admin);

        var off = await JsonOf(await client.GetAsync("/api/v1/tools/device-mobility?devicePool=SJ_DP&mode=Off&ip=2001:db8:30::20"));
        Assert.Equal(("MobilityOff", JsonValueKind.Null), (off.GetProperty("outcome").GetString(), off.GetProperty("roamingDevicePool").ValueKind));
        Assert.Equal("LON_ipv6_dmi", off.GetProperty("matchedDeviceMobilityInfo").GetString());

        await AssertProblem(await client.GetAsync("/api/v1/tools/device-mobility?phone=SEP001122334455&ip=10.30.1.300"), HttpStatusCode.BadRequest, "ip");
        await AssertProblem(await client.GetAsync("/api/v1/tools/device-mobility?devicePool=SJ_DP&mode=Sideways&ip=10.30.1.20"), HttpStatusCode.BadRequest, "mode");
        await AssertProblem(await client.GetAsync("/api/v1/tools/device-mobility?ip=10.30.1.20"), HttpStatusCode.BadRequest, "phone");
        await AssertProblem(await client.GetAsync("/api/v1/tools/device-mobility?phone=SEP001122334455&devicePool=SJ_DP&mode=On&ip=10.30.1.20"), HttpStatusCode.BadRequest, "phone");
        var missing = await client.GetAsync("/api/v1/tools/device-mobility?phone=SEPNOSUCH&ip=10.30.1.20");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RingPreview_PrivateCallerToJsmith_BlocksTheMobile_AndBadTimeIsAProblem()
    {
        using var client = factory.BasicClient(PortalSignIn.Admin);

        var json = await JsonOf(await client.GetAsync("/api/v1/tools/ring-preview?user=jsmith&caller=private&at=2026-03-09T17:30Z&activeCalls=0"));

        var destinations = json.GetProperty("destinations").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal(["SEP001122334455", "John mobile"], destinations.Keys.Order(StringComparer.Ordinal).Reverse());
        var mobile = destinations["John mobile"];
        Assert.Equal(("RemoteDestination", "+14085557890", false, "BlockedByList"),
            (mobile.GetProperty("kind").GetString(), mobile.GetProperty("destination").GetString(), mobile.GetProperty("rings").GetBoolean(), mobile.GetProperty("reason").GetString()));
        Assert.Equal(JsonValueKind.Null, mobile.GetProperty("ringStartMs").ValueKind);
        var desk = destinations["SEP001122334455"];
        Assert.Equal(("DeskPhone", true, 0), (desk.GetProperty("kind").GetString(), desk.GetProperty("rings").GetBoolean(), desk.GetProperty("ringStartMs").GetInt32()));
        Assert.Equal(0, json.GetProperty("ds0").GetInt32());

        await AssertProblem(await client.GetAsync("/api/v1/tools/ring-preview?user=jsmith&at=soon"), HttpStatusCode.BadRequest, "at");
        await AssertProblem(await client.GetAsync("/api/v1/tools/ring-preview?user=jsmith&activeCalls=-1"), HttpStatusCode.BadRequest, "activeCalls");
        await AssertProblem(await client.GetAsync("/api/v1/tools/ring-preview?user=jsmith&registered=TCTBCHEN"), HttpStatusCode.BadRequest, "registered");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/tools/ring-preview?user=nobody")).StatusCode);
    }

    [Fact]
    public async Task CallerId_CompleteAndPartial_AndBadDigits()
    {
        using var client = factory.BasicClient(PortalSignIn.Admin);

        var complete = await JsonOf(await client.GetAsync("/api/v1/tools/caller-id?number=4085557890"));
        Assert.Equal(("Complete", JsonValueKind.Null, "None", JsonValueKind.Null),
            (complete.GetProperty("matching").GetString(), complete.GetProperty("digits").ValueKind, complete.GetProperty("outcome").GetString(), complete.GetProperty("match").ValueKind));

        var partial = await JsonOf(await client.GetAsync("/api/v1/tools/caller-id?number=4085557890&matching=Partial&digits=10"));
        Assert.Equal(("Partial", 10, "Unique"), (partial.GetProperty("matching").GetString(), partial.GetProperty("digits").GetInt32(), partial.GetProperty("outcome").GetString()));
        var match = partial.GetProperty("match");
        Assert.Equal(("+14085557890", "John mobile", "jsmith"), (match.GetProperty("destination").GetString(), match.GetProperty("name").GetString(), match.GetProperty("ownerUserId").GetString()));
        Assert.Single(partial.GetProperty("candidates").EnumerateArray());

        await AssertProblem(await client.GetAsync("/api/v1/tools/caller-id?number=4085557890&digits=ten"), HttpStatusCode.BadRequest, "digits");
        await AssertProblem(await client.GetAsync("/api/v1/tools/caller-id?number=4085557890&matching=Fuzzy"), HttpStatusCode.BadRequest, "matching");
        await AssertProblem(await client.GetAsync("/api/v1/tools/caller-id?number=hello"), HttpStatusCode.BadRequest, "number");
    }

    [Fact]
    public async Task Me_EndUserPreviewsOnlyThemself_AndIsKeptOutOfTheTools()
    {
        using var jsmith = factory.BasicClient(PortalSignIn.EndUser);

        var json = await JsonOf(await jsmith.GetAsync("/api/v1/me/ring-preview?caller=%2B19005550123&at=2026-03-09T18:00Z&user=mgarcia"));

        var rings = json.GetProperty("destinations").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("rings").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["SEP001122334455"] = true, ["John mobile"] = false }, rings);
        Assert.Equal("jsmith", json.GetProperty("user").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await jsmith.GetAsync("/api/v1/tools/ring-preview?user=jsmith")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jsmith.GetAsync("/api/v1/tools/caller-id?number=4085557890")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jsmith.GetAsync("/api/v1/tools/device-mobility?phone=SEP001122334455&ip=10.30.1.20")).StatusCode);
        await AssertProblem(await jsmith.GetAsync("/api/v1/me/ring-preview?at=yesterday"), HttpStatusCode.BadRequest, "at");

        using var admin = factory.BasicClient(PortalSignIn.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/me/ring-preview")).StatusCode);
        using var anonymous = factory.ApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/ring-preview")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/tools/caller-id?number=4085557890")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateAsync("nobody-api", "Nobody-Pass-1", PortalRoles.EndUser);
        }

        using var unlinked = factory.BasicClient(("nobody-api", "Nobody-Pass-1"));
        Assert.Equal(HttpStatusCode.Forbidden, (await unlinked.GetAsync("/api/v1/me/ring-preview")).StatusCode);
    }

    private static (string?, string?, string?) Setting(JsonElement s) =>
        (s.GetProperty("home").GetString(), s.GetProperty("effective").GetString(), s.GetProperty("source").GetString());

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), body);
        Assert.NotEmpty(messages.EnumerateArray());
    }
}
