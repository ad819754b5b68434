namespace AdminPortal.Core.UnifiedMobility;

public static class AccessLists
{
    /// <summary>True when a member of the list matches the caller.</summary>
    public static bool Contains(AccessList list, CallerId caller) => list.Members.Any(member => member.FilterType switch
    {
        AccessListFilterType.NotAvailable => caller.Kind == CallerIdKind.NotAvailable,
        AccessListFilterType.Private => caller.Kind == CallerIdKind.Private,
        _ => caller.Kind == CallerIdKind.Number && member.NumberMask is not null && NumberMask.Matches(member.NumberMask, caller.Number),
    });
}
