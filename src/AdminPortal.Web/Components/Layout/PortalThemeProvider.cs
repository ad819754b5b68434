using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace AdminPortal.Web.Components.Layout;

/// <summary>
/// MudThemeProvider (the palette's CSS variables, dark mode) whose style sheet every tab shares: MudThemeProvider
/// builds a new ~30,000-character string each time it renders, and each circuit kept two of them (its current and
/// previous render). The sheet is still built per render (rare: the first and a theme switch), then replaced by the
/// one instance of the same text the process holds (one per theme and mode) (decision 021).
/// </summary>
public sealed class PortalThemeProvider : MudThemeProvider
{
    private static readonly ConcurrentDictionary<string, string> Sheets = new(StringComparer.Ordinal);

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        // MudThemeProvider renders the same three parts: its scroll bar, the charts' hover filter, the palette.
        var sheet = (DefaultScrollbar ? "" : BuildMudBlazorScrollbar())
            + "<style>.mud-chart-serie:hover { filter: url(#lighten); }</style>"
            + BuildTheme();
        __builder.AddMarkupContent(0, Sheets.GetOrAdd(sheet, sheet));
    }
}
