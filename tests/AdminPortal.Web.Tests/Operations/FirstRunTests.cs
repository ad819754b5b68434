using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Accounts;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AdminPortal.Web.Tests.Operations;

/// <summary>A newcomer's first start: nothing alarming in the log, and no demo accounts outside Development unless asked for.</summary>
public sealed class FirstRunTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Start_OnANewDatabaseInDevelopment_LogsNoWarning()
    {
        var fresh = Path.Combine(Path.GetTempPath(), $"adminportal-first-run-{Guid.NewGuid():N}.db");
        var logs = new RecordedLogs();
        try
        {
            await using var portal = new PortalHost(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={fresh};Pooling=False" });
            await using var logged = portal.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(logs)));
            using var client = await logged.SignedInClientAsync();

            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/ccmadmin")).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(fresh);
        }

        Assert.Contains(logs.Entries, e => e.Message.Contains("Created the demo accounts", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Start_InProductionWithNoSettings_RefusesRatherThanCreatingDemoAccounts()
    {
        await using var portal = new PortalHost(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = _database.ConnectionString }, environment: "Production");

        var refusal = Assert.Throws<InvalidOperationException>(() => portal.CreateClient());

        Assert.Equal(AccountBootstrap.NoAdministratorMessage, refusal.Message);
    }
}
