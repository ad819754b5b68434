namespace AdminPortal.Core.UnifiedMobility;

public static class DeviceTypes
{
    /// <summary>Unified CM's product name of the device type.</summary>
    public static string Label(DeviceType type) => Interchange.AxlSpelling.Of(type);
}
