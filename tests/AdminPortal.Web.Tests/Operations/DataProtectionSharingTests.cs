using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdminPortal.Web.Tests.Operations;

/// <summary>Data Protection keys live in the portal's database: instances sharing it accept each other's cookies.</summary>
public sealed class DataProtectionSharingTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _shared = new();
    private readonly SqliteTestDatabase _other = new();

    public async Task InitializeAsync()
    {
        await _shared.InitializeAsync();
        await _other.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _shared.DisposeAsync();
        await _other.DisposeAsync();
    }

    [Fact]
    public async Task AntiforgeryCookie_IssuedByOneInstance_IsAcceptedByAnotherSharingTheDatabaseOnly()
    {
        await using var first = Portal(_shared);
        await using var second = Portal(_shared);
        await using var stranger = Portal(_other);

        var (cookie, requestToken) = Issue(first);

        Assert.True(await AcceptsAsync(second, cookie, requestToken));
        Assert.False(await AcceptsAsync(stranger, cookie, requestToken));
        await using var db = _shared.CreateDbContext();
        Assert.NotEmpty(db.DataProtectionKeys);
    }

    [Fact]
    public async Task Keys_WithACertificateConfigured_AreStoredEncryptedAndStillShared()
    {
        var folder = Directory.CreateTempSubdirectory("portal-dp-cert-");
        try
        {
            var pfx = Path.Combine(folder.FullName, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=Mobility Portal keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "Pfx-Pass-1"));
            }

            // Host settings: the certificate is read while the services are registered (as environment variables are).
            await using var firstHost = Portal(_shared);
            await using var secondHost = Portal(_shared);
            await using var first = firstHost.WithWebHostBuilder(WithCertificate(pfx));
            await using var second = secondHost.WithWebHostBuilder(WithCertificate(pfx));

            var (cookie, requestToken) = Issue(first);

            Assert.True(await AcceptsAsync(second, cookie, requestToken));
            await using var db = _shared.CreateDbContext();
            var key = Assert.Single(db.DataProtectionKeys).Xml!;
            Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static PortalHost Portal(SqliteTestDatabase database) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Portal"] = database.ConnectionString,
        ["DemoData:Enabled"] = "false",
        ["Bootstrap:AdminUser"] = "firstadmin",
        ["Bootstrap:AdminPassword"] = "First-Admin-1",
    });

    private static Action<IWebHostBuilder> WithCertificate(string pfx) => host => host
        .UseSetting("DataProtection:CertificatePath", pfx)
        .UseSetting("DataProtection:CertificatePassword", "Pfx-Pass-1");

    private static (string Cookie, string RequestToken) Issue(WebApplicationFactory<Program> host)
    {
        using var scope = host.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var tokens = scope.ServiceProvider.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        // "name=value; path=/; samesite=strict; httponly": the browser sends back "name=value".
        var cookie = context.Response.Headers.SetCookie.ToString().Split(';')[0];
        return (cookie, tokens.RequestToken!);
    }

    private static async Task<bool> AcceptsAsync(WebApplicationFactory<Program> host, string cookie, string requestToken)
    {
        using var scope = host.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "POST";
        context.Request.Headers.Cookie = cookie;
        context.Request.Headers["RequestVerificationToken"] = requestToken;
        return await scope.ServiceProvider.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }
}
