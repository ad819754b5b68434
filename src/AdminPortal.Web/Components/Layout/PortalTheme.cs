using MudBlazor;

namespace AdminPortal.Web.Components.Layout;

/// <summary>The portal's colours: Cisco-like blue on light grey, and a matching dark palette.</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#049fd9",
            Secondary = "#005073",
            AppbarBackground = "#005073",
            Background = "#f5f7f9",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#4fc3f7",
            Secondary = "#81d4fa",
            AppbarBackground = "#0b2a3a",
        },
    };
}
