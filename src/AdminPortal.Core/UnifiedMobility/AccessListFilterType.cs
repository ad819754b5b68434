namespace AdminPortal.Core.UnifiedMobility;

public enum AccessListFilterType
{
    DirectoryNumber,
    NotAvailable,
    Private,
}
