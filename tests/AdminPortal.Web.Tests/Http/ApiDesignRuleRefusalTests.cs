using System.Net;
using AdminPortal.Core.Rules;
using AdminPortal.Web.Tests.Support;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// One refusal per hard rule through the API (R2, which needs a full cluster, is <see cref="ApiClusterCapTests"/>):
/// 422, a problem document whose <c>rules</c> name the rule with its guide line and field, the error under that JSON
/// field, and nothing changed. R12's refused delete lists the dependency records.
/// </summary>
public sealed class ApiDesignRuleRefusalTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string Destinations = $"{Base}/remote-destinations";
    private const string Settings = $"{Base}/cluster/mobility-settings";

    public static TheoryData<string> Rules { get; } = ["R1", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11"];

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task HardRule_RefusesThroughTheApi_422WithTheRuleAndNothingChanges(string rule)
    {
        using var client = await factory.ScriptClientAsync();
        var (field, refuse) = await ArrangeAsync(client, rule);
        var before = await DatabaseFingerprint.OfAsync(factory);

        var problem = await (await refuse()).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var rules = problem["rules"]!.AsArray();
        var named = Assert.Single(rules, r => r!["id"]!.GetValue<string>() == rule)!;
        Assert.Equal(DesignRules.Find(rule)!.Source, named["source"]!.GetValue<string>());
        Assert.Equal(DesignRules.Find(rule)!.Statement, named["statement"]!.GetValue<string>());
        Assert.Equal(field, named["field"]!.GetValue<string>());
        Assert.Contains(problem["errors"]![field]!.AsArray(), m => m!.GetValue<string>().StartsWith(rule + ": ", StringComparison.Ordinal));
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task R12_DeletingAPoolInUse_422ListsItsDependencyRecords()
    {
        using var client = await factory.ScriptClientAsync();
        var pool = await client.IdOfAsync("device-pools", "RTP_DP");
        var (_, etag) = await client.ReadAsync($"{Base}/device-pools/{pool}");
        var before = await DatabaseFingerprint.OfAsync(factory);

        var problem = await (await client.SendAsync(Request(HttpMethod.Delete, $"{Base}/device-pools/{pool}", ifMatch: etag))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("R12", RuleIds(problem));
        var dependents = problem["dependents"]!.AsArray().Select(d => $"{d!["type"]!.GetValue<string>()} {d["name"]!.GetValue<string>()}").ToList();
        Assert.Contains(dependents, d => d.EndsWith(" SEP00AABBCCDDEE", StringComparison.Ordinal));
        Assert.Contains(dependents, d => d.EndsWith(" MGARCIA_RDP", StringComparison.Ordinal));
        Assert.Contains(dependents, d => d.EndsWith(" RTP_dmi", StringComparison.Ordinal));
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(factory));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Base}/device-pools/{pool}")).StatusCode);
    }

    /// <summary>What the rule's refusal needs first (added through the API), the JSON field it stands under, and the refused request.</summary>
    private static async Task<(string Field, Func<Task<HttpResponseMessage>> Refuse)> ArrangeAsync(HttpClient client, string rule)
    {
        Task<HttpResponseMessage> Post(string path, string body) => client.SendJsonAsync(HttpMethod.Post, path, Parse(body));
        async Task<HttpResponseMessage> PatchSettings(string body)
        {
            var (_, etag) = await client.ReadAsync(Settings);
            return await client.SendJsonAsync(HttpMethod.Patch, Settings, Parse(body), etag, "application/merge-patch+json");
        }

        switch (rule)
        {
            case "R1":
                // San Jose's physical location is SJ_phyloc: a pool of that site elsewhere is refused.
                return ("physicalLocationName", () => Post($"{Base}/device-pools",
                    """{"name":"R1_DP","siteName":"San Jose","physicalLocationName":"RTP_phyloc","callManagerGroupName":"Default","dateTimeSettingName":"CMLocal","regionName":"Default","srstName":"Disable"}"""));
            case "R3":
                await client.AddAsync("end-users", Parse("""{"userid":"r3user","lastName":"Three","enableMobility":true,"remoteDestinationLimit":1}"""));
                await client.AddAsync("remote-destination-profiles", Parse("""{"name":"R3USER_RDP","userId":"r3user","devicePoolName":"SJ_DP"}"""));
                await client.AddAsync("remote-destinations", Parse("""{"name":"r3 first","destination":"+14085550301","ownerUserId":"r3user","remoteDestinationProfileName":"R3USER_RDP"}"""));
                return ("ownerUserId", () => Post(Destinations,
                    """{"name":"r3 second","destination":"+14085550302","ownerUserId":"r3user","remoteDestinationProfileName":"R3USER_RDP"}"""));
            case "R4":
                // John's mobile number, for Maria.
                return ("destination", () => Post(Destinations,
                    """{"name":"Maria twin","destination":"+14085557890","ownerUserId":"mgarcia","remoteDestinationProfileName":"MGARCIA_RDP"}"""));
            case "R5":
                // Two destinations ending 7890: Partial Match on 4 digits could not tell them apart.
                await client.AddAsync("remote-destinations", Parse("""{"name":"Maria 7890","destination":"+19195557890","ownerUserId":"mgarcia","remoteDestinationProfileName":"MGARCIA_RDP"}"""));
                return ("matchingCallerIdWithRemoteDestination", () => PatchSettings("""{"matchingCallerIdWithRemoteDestination":"Partial Match","numberOfDigitsForCallerIdPartialMatch":4}"""));
            case "R6":
                // John's own desk extension.
                return ("destination", () => Post(Destinations,
                    """{"name":"John desk","destination":"+14085551234","ownerUserId":"jsmith","remoteDestinationProfileName":"JSMITH_RDP"}"""));
            case "R7":
                return ("remoteDestinationLimit", () => Post($"{Base}/end-users", """{"userid":"r7user","lastName":"Seven","remoteDestinationLimit":11}"""));
            case "R8":
                return ("answerTooLateTimer", () => Post(Destinations,
                    """{"name":"Emma late","destination":"+447700900801","ownerUserId":"ewilson","remoteDestinationProfileName":"EWILSON_RDP","answerTooSoonTimer":20000,"answerTooLateTimer":19000}"""));
            case "R9":
                // John's desk phone is no dual-mode smartphone.
                return ("dualModeDeviceName", () => Post(Destinations,
                    """{"name":"John identity","destination":"+14085550901","ownerUserId":"jsmith","dualModeDeviceName":"SEP001122334455","isMobilePhone":true}"""));
            case "R10":
                // SJ_data_dmi already has 10.10.0.0/16.
                return ("ipv4Subnet", () => Post($"{Base}/device-mobility-info", """{"name":"R10_dmi","ipv4Subnet":"10.10.0.0","ipv4SubNetMaskSz":16,"devicePoolNames":["SJ_DP"]}"""));
            case "R11":
                return ("enterpriseFeatureAccessCodeForResume", () => PatchSettings("""{"enterpriseFeatureAccessCodeForResume":"*81","enterpriseFeatureAccessCodeForHold":"*81"}"""));
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "No refusal arranged for this rule.");
        }
    }
}
