using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdminPortal.Web.Components.Layout;

/// <summary>
/// MudBlazor's popover provider, rendering once more after popovers went away. Blazor keeps a component's previous
/// render tree until the component renders again; the provider renders when a page's popovers are removed and then
/// not again while the tab stays on a page without popovers, so its previous tree kept the closed page's popover
/// holders and, through them, that page's selects and pickers in every idle tab (76-134 KB a tab; decision 024,
/// round 3). The extra render replaces that tree with the current one.
/// </summary>
public sealed class PortalPopoverProvider : MudPopoverProvider
{
    private int _renderedPopovers;

    [Inject] private IPopoverService Popovers { get; set; } = null!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        await base.OnAfterRenderAsync(firstRender);
        var count = Popovers.ActivePopovers.Count();
        var fewer = count < _renderedPopovers;
        _renderedPopovers = count;
        if (fewer)
        {
            StateHasChanged();
        }
    }
}
