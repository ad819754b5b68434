namespace AdminPortal.Core.UnifiedMobility;

public static class DeviceTypes
{
    /// <summary>Dual-mode smartphones: the only devices that may carry a mobility identity (R9, SRND L1916).</summary>
    public static bool IsDualModeSmartphone(DeviceType type) =>
        type is DeviceType.CiscoDualModeForIPhone or DeviceType.CiscoDualModeForAndroid;

    /// <summary>Unified CM's product name of the device type.</summary>
    public static string Label(DeviceType type) => Interchange.AxlSpelling.Of(type);
}
