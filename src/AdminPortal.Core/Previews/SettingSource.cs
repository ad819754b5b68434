namespace AdminPortal.Core.Previews;

/// <summary>Where the value in effect of a device pool setting comes from.</summary>
public enum SettingSource
{
    /// <summary>The device's home device pool.</summary>
    Home,

    /// <summary>The roaming device pool chosen from the matched Device Mobility Info.</summary>
    RoamingPool,

    /// <summary>The device's own configuration (its CSS, AAR and transformation settings), which the portal does not hold.</summary>
    Device,
}
