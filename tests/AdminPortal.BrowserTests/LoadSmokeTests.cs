using AdminPortal.BrowserTests.Support;
using AdminPortal.Core.Tests.Support;
using AdminPortal.LoadTests;
using AdminPortal.Web.Accounts;

namespace AdminPortal.BrowserTests;

/// <summary>
/// The load harness (tests/AdminPortal.LoadTests) in its smoke mode, so that it cannot rot: 5 admin circuits for
/// 20 s over 3,000 bulk remote destinations. No timing is asserted (the figures are reported in docs/benchmarks.md
/// from the full runs); what is asserted is that every interaction ran, none failed, and the server's memory probe
/// counted the circuits.
/// </summary>
public sealed class LoadSmokeTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task FiveCircuitsFor20Seconds_RunEveryInteraction_WithoutAnError()
    {
        await LargeCluster.SeedAsync(portal.Database, 3_000);
        var settings = new LoadSettings
        {
            BaseUrl = portal.BaseUrl,
            Circuits = 5,
            Duration = TimeSpan.FromSeconds(20),
            MinThink = TimeSpan.FromMilliseconds(200),
            MaxThink = TimeSpan.FromMilliseconds(600),
            MinimumTurns = 1,
            Password = AccountBootstrap.DemoAccounts.Single(a => a.UserName == "admin").Password,
        };

        var result = await LoadRun.RunAsync(portal.Browser, settings, TextWriter.Null);

        Assert.Empty(result.Timings.Errors);
        Assert.All(Enum.GetValues<Interaction>(), interaction => Assert.True(result.Timings.Of(interaction).Count >= settings.Circuits, $"{interaction} ran {result.Timings.Of(interaction).Count} times"));
        Assert.True(result.Idle!.ActiveCircuits >= settings.Circuits, $"the server counted {result.Idle.ActiveCircuits} circuits");
        Assert.Equal(0, result.Closed!.ActiveCircuits);
    }
}
