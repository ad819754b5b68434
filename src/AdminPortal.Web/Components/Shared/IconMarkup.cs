using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace AdminPortal.Web.Components.Shared;

/// <summary>
/// The SVG markup MudIcon renders for a MudBlazor icon, for the components that draw their icons without a MudIcon
/// component each (the menu, the Find and List table: decision 021). Built once per icon and classes for the
/// process, shared by every circuit.
/// </summary>
public static class IconMarkup
{
    private static readonly ConcurrentDictionary<(string Icon, string Classes), MarkupString> Built = new();

    /// <param name="icon">A MudBlazor icon (<c>Icons.Material.Filled.…</c>): the SVG's inner markup.</param>
    /// <param name="classes">Classes after MudIcon's own, as its <c>Class</c> parameter.</param>
    /// <param name="size">MudIcon's size class suffix: small, medium, large.</param>
    public static MarkupString Of(string icon, string classes = "", string size = "medium") =>
        Built.GetOrAdd((icon, $"mud-icon-size-{size} {classes}".TrimEnd()), key => new MarkupString(
            $"""<svg class="mud-icon-root mud-svg-icon {key.Classes}" focusable="false" viewBox="0 0 24 24" aria-hidden="true" role="img">{key.Icon}</svg>"""));
}
