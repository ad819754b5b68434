using System.Globalization;

namespace AdminPortal.Web.Components.Shared;

/// <summary>Reads what was typed into a whole-number field; a text that is not one is said, never read as 0.</summary>
public static class WholeNumber
{
    public static bool TryParse(string? text, out int value, out string problem)
    {
        var trimmed = text?.Trim() ?? "";
        problem = "";
        if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        problem = trimmed.Length == 0 ? "Enter a whole number."
            : trimmed.TrimStart('-', '+').All(char.IsAsciiDigit) && trimmed.TrimStart('-', '+').Length > 0
                ? $"{trimmed} is too large a number; this field holds whole numbers from {int.MinValue} to {int.MaxValue}."
                : $"\"{Shorten(trimmed)}\" is not a whole number: type digits only (a leading - for a negative value).";
        return false;
    }

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
