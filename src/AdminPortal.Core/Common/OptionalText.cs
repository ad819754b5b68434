namespace AdminPortal.Core.Common;

/// <summary>An optional text field as stored: trimmed, and null when nothing but blanks was typed.</summary>
public static class OptionalText
{
    public static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
