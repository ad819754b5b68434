using System.Net;
using System.Text.RegularExpressions;
using AdminPortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdminPortal.Web.Tests.Support;

/// <summary>Signs in through the real sign-in form (antiforgery token included), as a browser would.</summary>
public static partial class PortalSignIn
{
    public static (string User, string Password) Admin => Demo("admin");

    public static (string User, string Password) Auditor => Demo("auditor");

    public static (string User, string Password) EndUser => Demo("jsmith");

    public static (string User, string Password) Demo(string user) =>
        (user, AccountBootstrap.DemoAccounts.Single(a => a.UserName == user).Password);

    /// <summary>Posts the sign-in form; the client keeps the cookie it gets.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string user, string password, string? returnUrl = null)
    {
        var address = returnUrl is null ? PortalAccounts.SignInPath : $"{PortalAccounts.SignInPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return await PostFormAsync(client, address, await FormTokenAsync(client, address), user, password);
    }

    /// <summary>Opens a form page and returns its antiforgery token (the client keeps the antiforgery cookie).</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string address = PortalAccounts.SignInPath) =>
        AntiforgeryField().Match(await client.GetStringAsync(address)).Groups["token"].Value;

    /// <summary>Posts the sign-in form with a token the client already has (to post many at once).</summary>
    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string address, string token, string user, string password) =>
        client.PostAsync(address, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        }));

    /// <summary>The sign-in cookie a response set, as a browser would send it back ("name=value; ..."): a copy of the session.</summary>
    public static string SessionCookieOf(HttpResponseMessage signIn) =>
        string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Select(header => header.Split(';')[0])
            .Where(pair => pair.StartsWith("MobilityPortal.Auth", StringComparison.Ordinal)));

    /// <summary>A client that sends only the given cookie (a copied session), not following redirects.</summary>
    public static HttpClient ClientWithCookie(this WebApplicationFactory<Program> factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>A client signed in as the given account (the demo administrator by default), not following redirects.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, (string User, string Password)? account = null)
    {
        var (user, password) = account ?? Admin;
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostAsync(client, user, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {user} answered {response.StatusCode}.");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
