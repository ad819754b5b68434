using AdminPortal.Core.Data;
using AdminPortal.Core.Operations;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdminPortal.Web.Tests.Operations;

/// <summary><c>AdminPortal.Web backup --to FILE</c> and <c>restore --from FILE</c> with the portal's own configuration (decision 014).</summary>
public sealed class BackupCommandTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _portal = new();
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"adminportal-cli-backup-{Guid.NewGuid():N}.db");
    private readonly System.Text.StringBuilder _output = new();
    private readonly System.Text.StringBuilder _error = new();

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        await using var db = _portal.CreateDbContext();
        await DatabaseStartup.PrepareAsync(db, seedDemoData: true, NullLogger.Instance);
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        File.Delete(_backup);
    }

    [Fact]
    public async Task BackupThenRestore_BringsBackTheConfigurationAsItWas()
    {
        int sites;
        await using (var db = _portal.CreateDbContext())
        {
            sites = await db.Sites.CountAsync();
        }

        Assert.Equal(PortalCommands.Done, await RunAsync("backup", "--to", _backup));
        Assert.True((await _portal.Store.SaveAsync(new Core.DeviceMobility.PhysicalLocation { Name = "after_backup_phyloc" })).Succeeded);

        Assert.Equal(PortalCommands.Done, await RunAsync("restore", "--from", _backup));

        Assert.Contains(_backup, _output.ToString(), StringComparison.Ordinal);
        await using var restored = _portal.CreateDbContext();
        Assert.Equal(sites, await restored.Sites.CountAsync());
        Assert.False(await restored.PhysicalLocations.AnyAsync(p => p.Name == "after_backup_phyloc"));
        Assert.Equal(await restored.RemoteDestinations.CountAsync(), await ClusterGuard.RemoteDestinationCountAsync(restored, default));
    }

    [Fact]
    public async Task Backup_WithoutATarget_SaysHowToUseIt()
    {
        Assert.Equal(PortalCommands.Misused, await RunAsync("backup"));

        Assert.Contains(PortalCommands.Usage, _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_OfAMissingFile_FailsAndSaysSo()
    {
        Assert.Equal(PortalCommands.Failed, await RunAsync("restore", "--from", _backup));

        Assert.Contains("There is no backup", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_OnPostgres_PointsToPgDump()
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Portal"] = "Host=127.0.0.1" };

        Assert.Equal(PortalCommands.Misused, await RunAsync(settings, "backup", "--to", _backup));

        Assert.Equal(PortalBackups.PostgresMessage, _error.ToString().Trim());
    }

    private Task<int> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = _portal.ConnectionString }, args);

    private async Task<int> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        await using var output = new StringWriter(_output);
        await using var error = new StringWriter(_error);
        return await PortalCommands.RunAsync(args, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Path.GetTempPath(), output, error);
    }
}
