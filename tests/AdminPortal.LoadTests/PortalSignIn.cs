using System.Net;
using System.Text.RegularExpressions;

namespace AdminPortal.LoadTests;

/// <summary>
/// The protocol client's sign-in: the sign-in form posted over HTTP once, as the Chromium harness fills it once
/// (its hidden fields, the antiforgery token among them, sent back as the browser would), keeping the cookie every
/// tab of the run then starts from.
/// </summary>
public static partial class PortalSignIn
{
    public static async Task<CookieContainer> SignInAsync(LoadSettings settings)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { Timeout = settings.InteractionTimeout };
        var page = await http.GetStringAsync(settings.BaseUrl + "/account/signin");
        var form = Form().Match(page);
        if (!form.Success)
        {
            throw new InvalidOperationException($"{settings.BaseUrl}/account/signin shows no form");
        }

        var fields = Input().Matches(form.Value).Select(i => i.Value).ToList();
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in fields)
        {
            var name = WebUtility.HtmlDecode(Attribute(input, "name") ?? "");
            var value = Attribute(input, "id") switch
            {
                "username" => settings.UserName,
                "password" => settings.Password,
                _ => WebUtility.HtmlDecode(Attribute(input, "value") ?? ""),
            };
            if (name.Length > 0)
            {
                values.Add(new(name, value));
            }
        }

        var action = Attribute(form.Value[..form.Value.IndexOf('>', StringComparison.Ordinal)], "action");
        using var content = new FormUrlEncodedContent(values);
        using var response = await http.PostAsync(new Uri(new Uri(settings.BaseUrl + "/account/signin"), WebUtility.HtmlDecode(action ?? "")), content);
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found && response.StatusCode != HttpStatusCode.SeeOther
            || response.Headers.Location?.OriginalString.Contains("/account/signin", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"signing in as {settings.UserName} answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        return cookies;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $@"\s{name}=""(?<v>[^""]*)""") is { Success: true } m ? m.Groups["v"].Value : null;

    [GeneratedRegex(@"<form\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex(@"<input\b[^>]*>")]
    private static partial Regex Input();
}
