using AdminPortal.Core.Common;

namespace AdminPortal.Web.Components.Shared;

/// <summary>Unified CM's Copy: the same settings under a new name, saved as a new object.</summary>
public static class Copying
{
    public static string CopyName(string name)
    {
        var copy = $"Copy of {name}";
        return copy.Length <= TextLimits.Name ? copy : copy[..TextLimits.Name];
    }
}
