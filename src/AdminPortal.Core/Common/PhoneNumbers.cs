using System.Text.RegularExpressions;

namespace AdminPortal.Core.Common;

public static partial class PhoneNumbers
{
    /// <summary>A number as a person writes it: digits, optional leading +, spaces and - ( ).</summary>
    public static bool IsDialable(string number) => number.Length <= TextLimits.PhoneNumber && Dialable().IsMatch(number);

    /// <summary>A comma-separated list of numbers as dialed (digits, * #, optional leading +).</summary>
    public static bool IsNumberList(string list) =>
        list.Length <= TextLimits.NumberList && list.Split(',').All(n => Dialed().IsMatch(n.Trim()));

    public static bool IsDialed(string number) => Dialed().IsMatch(number);

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Dialable();

    [GeneratedRegex(@"^\+?[0-9*#]{1,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex Dialed();
}
