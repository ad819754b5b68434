namespace AdminPortal.Core.UnifiedMobility;

public enum MobileClientCallingOption
{
    DialViaOfficeReverse,
    DialViaOfficeForward,
}
