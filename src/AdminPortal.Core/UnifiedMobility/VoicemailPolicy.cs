namespace AdminPortal.Core.UnifiedMobility;

public enum VoicemailPolicy
{
    UseSystemDefault,
    TimerControl,
    UserControl,
}
