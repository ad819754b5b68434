namespace AdminPortal.Core.Previews;

public enum SettingKind
{
    /// <summary>Taken from the roaming pool whenever the device roams (SRND L357-368).</summary>
    RoamingSensitive,

    /// <summary>Taken from the roaming pool only when roaming within one Device Mobility Group (SRND L384-391).</summary>
    DeviceMobilityRelated,
}
