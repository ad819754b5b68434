using System.Collections.Concurrent;
using AdminPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>
/// The API's interactive reference (Scalar, served by the portal) works in Chromium under the portal's
/// Content-Security-Policy: it renders the OpenAPI document's operations, with no page error. Scalar's script tries
/// eval once (a feature probe); the policy blocks it on purpose (no 'unsafe-eval', decision 011) and nothing else
/// is refused.
/// </summary>
public sealed class ApiReferenceJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task Administrator_OpensTheApiReference_RendersUnderThePolicyWithOnlyEvalRefused()
    {
        var page = await portal.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Enqueue($"pageerror: {error}");
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        await portal.SignInAsync(page, "admin");

        await page.GotoAsync(portal.BaseUrl + "/ccmadmin/api");

        await Expect(page.GetByText("Mobility Admin Portal API").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        // The operations' tags are listed in the sidebar (collapsed or not, the tag's own entry is there).
        await Expect(page.GetByText("Remote Destinations and Mobility Identities", new() { Exact = true }).First).ToBeAttachedAsync(new() { Timeout = 20_000 });
        var violations = console.Where(m => m.Contains("CSP violation", StringComparison.Ordinal)).ToList();
        Assert.All(violations, m => Assert.EndsWith("CSP violation: script-src eval", m, StringComparison.Ordinal));
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) && !m.Contains("eval", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(console, m => m.StartsWith("pageerror", StringComparison.Ordinal));
    }
}
