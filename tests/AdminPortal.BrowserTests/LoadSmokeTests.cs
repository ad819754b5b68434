using AdminPortal.BrowserTests.Support;
using AdminPortal.Core.Tests.Support;
using AdminPortal.LoadTests;
using AdminPortal.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.BrowserTests;

/// <summary>
/// The load harness (tests/AdminPortal.LoadTests) in its smoke mode, so that it cannot rot: 5 admin circuits for
/// 20 s over 3,000 bulk remote destinations, driven by Chromium and by the protocol client. No timing is asserted
/// (the figures are reported in docs/benchmarks.md from the full runs); what is asserted is that every interaction
/// ran, none failed, and the server's memory probe counted the circuits.
/// </summary>
public sealed class LoadSmokeTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task FiveCircuitsFor20Seconds_RunEveryInteraction_WithoutAnError()
    {
        await SeedOnceAsync();
        var settings = Smoke();

        var result = await LoadRun.RunAsync(portal.Browser, settings, TextWriter.Null);

        AssertEveryInteractionRanWithoutAnError(result);
    }

    /// <summary>
    /// The protocol client (decision 022) against the same portal: it decodes the render batches, answers the JS
    /// interop calls and finds every link, field and button it needs, or an interaction times out (an error).
    /// </summary>
    [Fact]
    public async Task FiveProtocolCircuitsFor20Seconds_RunEveryInteraction_WithoutAnError()
    {
        await SeedOnceAsync();

        var result = await LoadRun.RunProtocolAsync(Smoke(), TextWriter.Null);

        AssertEveryInteractionRanWithoutAnError(result);
        Assert.Equal(LoadClient.Protocol, result.Settings.Client);
    }

    /// <summary>The bulk destinations, once for the class's portal (both tests search them; a class's tests run one at a time).</summary>
    private async Task SeedOnceAsync()
    {
        await using var db = portal.Database.CreateDbContext();
        if (!await db.RemoteDestinations.AnyAsync(r => r.Name.StartsWith("bulk ")))
        {
            await LargeCluster.SeedAsync(portal.Database, 3_000);
        }
    }

    private LoadSettings Smoke() => new()
    {
        BaseUrl = portal.BaseUrl,
        Circuits = 5,
        Duration = TimeSpan.FromSeconds(20),
        MinThink = TimeSpan.FromMilliseconds(200),
        MaxThink = TimeSpan.FromMilliseconds(600),
        MinimumTurns = 1,
        Password = AccountBootstrap.DemoAccounts.Single(a => a.UserName == "admin").Password,
    };

    private static void AssertEveryInteractionRanWithoutAnError(LoadResult result)
    {
        var settings = result.Settings;
        Assert.Empty(result.Timings.Errors);
        Assert.All(Enum.GetValues<Interaction>(), interaction => Assert.True(result.Timings.Of(interaction).Count >= settings.Circuits, $"{interaction} ran {result.Timings.Of(interaction).Count} times"));
        Assert.True(result.Idle!.ActiveCircuits >= settings.Circuits, $"the server counted {result.Idle.ActiveCircuits} circuits");
        Assert.Equal(0, result.Closed!.ActiveCircuits);
    }
}
