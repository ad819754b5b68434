using AdminPortal.Core.Accounts;
using AdminPortal.Core.Operations;
using AdminPortal.Web.Components.Pages.Admin.MobilityTools;
using AdminPortal.Web.Tests.Support;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.MobilityTools;

/// <summary>Mobility Tools > Backups (decision 014): an administrator's online backup lands in the backup folder, checked; read-only administrators only look.</summary>
public sealed class BackupsPageTests : PortalComponentTest
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-backups-").FullName;

    public BackupsPageTests() => Services.AddSingleton(new BackupFolder(_folder));

    [Fact]
    public async Task Administrator_BacksUpNow_TheBackupIsListedAndPassesTheIntegrityCheck()
    {
        var page = RenderPage<BackupsPage>(PortalUrls.Backups);
        page.WaitForAssertion(() => Assert.Contains("No backups", page.Find("[data-test='backups']").TextContent, StringComparison.Ordinal));

        Click(page, "back-up");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test='backup-row']")));
        Assert.Contains("written", page.Find("[data-test='backup-written']").TextContent, StringComparison.Ordinal);
        var file = Assert.Single(Directory.GetFiles(_folder, PortalBackups.FilePrefix + "*.db"));
        Assert.Equal(SqliteBackup.IntegrityOk, await SqliteBackup.IntegrityCheckAsync(file));
    }

    [Fact]
    public void ReadOnlyAdministrator_SeesTheListButCannotBackUp()
    {
        Authorization.SetAuthorized("auditor");
        Authorization.SetRoles(PortalRoles.ReadOnlyAdministrator);

        var page = RenderPage<BackupsPage>(PortalUrls.Backups);

        page.WaitForAssertion(() => Assert.Equal(PortalBackups.NotAllowedMessage, page.Find("[data-test='read-only-note']").TextContent.Trim()));
        Assert.True(page.Find("[data-test='back-up']").HasAttribute("disabled"));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The context is disposed both ways (synchronously and asynchronously): delete once.
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
