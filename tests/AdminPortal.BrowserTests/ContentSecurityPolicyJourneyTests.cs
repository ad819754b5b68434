using System.Collections.Concurrent;
using AdminPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace AdminPortal.BrowserTests;

/// <summary>
/// The portal works in Chromium under its Content-Security-Policy: sign-in, interactive pages over the circuit's
/// WebSocket, MudBlazor's selects and tables, a save, sign-out; the browser reports no violation, and it does block
/// a script the policy does not allow.
/// </summary>
public sealed class ContentSecurityPolicyJourneyTests(RunningPortal portal) : IClassFixture<RunningPortal>
{
    [Fact]
    public async Task Administrator_JourneyUnderThePolicy_NoViolationsAndForeignScriptsBlocked()
    {
        var page = await portal.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Enqueue($"pageerror: {error}");
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        var signIn = await page.GotoAsync(portal.BaseUrl + "/account/signin");
        Assert.Contains("frame-ancestors 'none'", await signIn!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        await portal.SignInAsync(page, "admin");
        await portal.GoAsync(page, "/ccmadmin/physical-locations/new");
        await page.TypeIntoAsync("Name", "Policy_phyloc");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Add successful");
        await portal.GoAsync(page, "/ccmadmin/sites/new");
        await page.TypeIntoAsync("Name", "Policy Site");
        await page.TypeIntoAsync("PstnAccessCode", "9");
        await page.PickAsync("PhysicalLocationId", "Policy_phyloc");
        await page.ClickTestAsync("save");
        await Expect(page.Locator("[data-test='status']")).ToContainTextAsync("Add successful");
        await portal.GoAsync(page, "/ccmadmin/design-review");
        await portal.GoAsync(page, "/ccmadmin/capacity");
        await portal.GoAsync(page, "/ccmadmin/remote-destinations");

        var inline = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
                window.__policyTest = 'blocked';
                const script = document.createElement('script');
                script.textContent = "window.__policyTest = 'ran'";
                document.head.appendChild(script);
                setTimeout(() => resolve(window.__policyTest), 100);
            })
            """);

        Assert.Equal("blocked", inline);
        var violations = console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("CSP violation", StringComparison.Ordinal)).ToList();
        // Exactly the one script the test itself injected; nothing of the portal's own.
        Assert.All(violations, m => Assert.Contains("inline", m, StringComparison.OrdinalIgnoreCase));
        Assert.InRange(violations.Count, 1, 2);
        Assert.DoesNotContain(console, m => m.StartsWith("pageerror", StringComparison.Ordinal));

        await page.ClickTestAsync("sign-out");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
    }
}
