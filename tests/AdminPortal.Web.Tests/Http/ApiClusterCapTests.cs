using System.Net;
using AdminPortal.Core.Accounts;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using AdminPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdminPortal.Web.Tests.Support.ApiRequests;

namespace AdminPortal.Web.Tests.Http;

/// <summary>
/// R2 through the API at scale: a cluster of 39,990 remote destinations, 8 scripts adding 5 each at once. The cluster
/// lock lets exactly 10 in; the other 30 are 422 problem documents naming R2, and the count is exactly 40,000.
/// </summary>
public sealed class ApiClusterCapTests(NearlyFullClusterFactory factory) : IClassFixture<NearlyFullClusterFactory>
{
    private const int Clients = 8;
    private const int EachAdds = 5;

    [Fact]
    public async Task EightScriptsAddingFiveEach_At39990_ExactlyTenAreStoredAndThirtyAre422R2()
    {
        var token = await factory.CreateTokenAsync("r2-race", ApiTokenScope.ReadWrite);
        using var setup = factory.TokenClient(token);
        for (var c = 0; c < Clients; c++)
        {
            await setup.AddAsync("end-users", Parse($$"""{"userid":"racer{{c}}","lastName":"Racer","enableMobility":true,"remoteDestinationLimit":10}"""));
            await setup.AddAsync("remote-destination-profiles", Parse($$"""{"name":"RACER{{c}}_RDP","userId":"racer{{c}}","devicePoolName":"SJ_DP"}"""));
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = factory.TokenClient(token);
            var answers = new List<HttpResponseMessage>();
            for (var i = 0; i < EachAdds; i++)
            {
                answers.Add(await client.SendJsonAsync(HttpMethod.Post, $"{Base}/remote-destinations", Parse(
                    $$"""{"name":"racer{{c}} {{i}}","destination":"+4420{{c}}{{i:D7}}","ownerUserId":"racer{{c}}","remoteDestinationProfileName":"RACER{{c}}_RDP"}""")));
            }

            return answers;
        })));

        var all = responses.SelectMany(r => r).ToList();
        var statuses = string.Join(", ", all.GroupBy(r => r.StatusCode).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.True(all.Count(r => r.StatusCode == HttpStatusCode.Created) == 10, statuses);
        var refused = all.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(30, refused.Count);
        foreach (var response in refused)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal(["R2"], RuleIds(problem));
            var message = problem["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray()).Select(m => m!.GetValue<string>()).Single();
            Assert.StartsWith("R2: " + DesignRules.ClusterFullMessage.TrimEnd('.'), message, StringComparison.Ordinal);
        }

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(DesignRules.ClusterRemoteDestinationCap, await db.RemoteDestinations.CountAsync());
        Assert.Equal(DesignRules.ClusterRemoteDestinationCap, await ClusterGuard.RemoteDestinationCountAsync(db, default));
        Assert.Equal(10, await db.RemoteDestinations.CountAsync(r => r.Owner!.UserId.StartsWith("racer")));
        Assert.Equal(10, await db.AuditEntries.CountAsync(e => e.TokenName == "r2-race" && e.ObjectType == "Remote Destination"));
    }
}
