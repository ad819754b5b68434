using Microsoft.Playwright;

namespace AdminPortal.BrowserTests.Support;

/// <summary>How a person fills the portal's forms: type and leave the field, open a list and click an entry.</summary>
public static class PageExtensions
{
    /// <summary>Signs in through the sign-in form of the portal at <paramref name="baseUrl"/> with a demo account.</summary>
    public static async Task SignInAsync(this IPage page, string baseUrl, string user)
    {
        await page.GotoAsync(baseUrl + "/account/signin");
        await page.Locator("#username").FillAsync(user);
        await page.Locator("#password").FillAsync(AdminPortal.Web.Accounts.AccountBootstrap.DemoAccounts.Single(a => a.UserName == user).Password);
        await page.Locator("[data-test='signin']").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }

    /// <summary>Opens a page and waits until Blazor's circuit answers events (the layout marks itself interactive).</summary>
    public static async Task GoInteractiveAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-test='interactive']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    public static async Task TypeIntoAsync(this IPage page, string field, string value)
    {
        var input = page.Locator($"input[data-field='{field}']");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    public static async Task PickAsync(this IPage page, string field, string option)
    {
        // The select's own box takes the click (its input may be visually hidden).
        await page.Locator($".mud-select:has(input[data-field='{field}'])").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Opens the given select box and clicks an entry.</summary>
    public static async Task PickInAsync(this IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Chooses an entry, by its text, in a native select (the portal's <c>OutlinedSelect</c>) identified by its data-field.</summary>
    public static Task ChooseAsync(this IPage page, string field, string option) =>
        page.Locator($"select[data-field='{field}']").SelectOptionAsync(new SelectOptionValue { Label = option });

    public static Task ClickTestAsync(this IPage page, string test) => page.Locator($"[data-test='{test}']").First.ClickAsync();

    /// <summary>The helper text under a field when it shows an error.</summary>
    public static ILocator ErrorOf(this IPage page, string field) =>
        page.Locator($".mud-input-control:has(input[data-field='{field}']) .mud-input-helper-text.mud-input-error");
}
