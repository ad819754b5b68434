using System.Text.RegularExpressions;

namespace AdminPortal.Core.UnifiedMobility;

/// <summary>
/// An access-list number mask: digits and <c>X</c> wildcards, optionally one leading <c>+</c> (SRND L1070).
/// <c>X</c> stands for exactly one digit; everything else must match exactly, length included.
/// </summary>
public static partial class NumberMask
{
    public static bool IsWellFormed(string? mask) => mask is not null && mask.Length <= Common.TextLimits.NumberMask && Shape().IsMatch(mask);

    public static bool Matches(string mask, string? number)
    {
        if (number is null || number.Length != mask.Length)
        {
            return false;
        }

        for (var i = 0; i < mask.Length; i++)
        {
            var matches = mask[i] == 'X' ? char.IsAsciiDigit(number[i]) : mask[i] == number[i];
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\+?[0-9X]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
