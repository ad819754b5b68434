using AdminPortal.Core.Common;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>Access List (<c>XCallerFilterList</c>).</summary>
public sealed class AccessList : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int OwnerId { get; set; }

    public EndUser? Owner { get; set; }

    /// <summary>Allowed list when true; Blocked (the default) when false.</summary>
    public bool IsAllowedType { get; set; }

    public List<AccessListMember> Members { get; set; } = [];

    public override void ArrangeParts() => Members.Sort((a, b) => a.Id.CompareTo(b.Id));

    public override void Normalize()
    {
        Name = Name?.Trim() ?? "";
        Description = OptionalText.Trim(Description);
        foreach (var member in Members)
        {
            member.NumberMask = member.FilterType == AccessListFilterType.DirectoryNumber ? member.NumberMask?.Trim() : null;
        }
    }
}
