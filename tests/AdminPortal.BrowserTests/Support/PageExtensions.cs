using Microsoft.Playwright;

namespace AdminPortal.BrowserTests.Support;

/// <summary>How a person fills the portal's forms: type and leave the field, open a list and click an entry.</summary>
public static class PageExtensions
{
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

    public static Task ClickTestAsync(this IPage page, string test) => page.Locator($"[data-test='{test}']").First.ClickAsync();

    /// <summary>The helper text under a field when it shows an error.</summary>
    public static ILocator ErrorOf(this IPage page, string field) =>
        page.Locator($".mud-input-control:has(input[data-field='{field}']) .mud-input-helper-text.mud-input-error");
}
