using System.Text;

namespace AdminPortal.Core.Common;

/// <summary>
/// One CSV field (RFC 4180) as the portal's files write and read it, safe to open in a spreadsheet.
/// </summary>
/// <remarks>
/// A cell that a spreadsheet would run as a formula (one beginning with = + - @, a tab or a carriage return) is
/// written with a leading <c>'</c>, unless it is a plain number: a sign, then a digit, then only digits, spaces and
/// <c>( ) - . * # X</c> (a dial string such as <c>+14085551234</c>, a number mask such as <c>+1408555XXXX</c>,
/// <c>-1</c>): such a cell cannot call a function or another program, and keeps the spelling Unified CM uses.
/// <see cref="Restore"/> takes the <c>'</c> off again, and a value that itself begins with <c>'</c> followed by one
/// of those characters gets one more <c>'</c>, so that writing and reading give back every value exactly
/// (decision 015).
/// </remarks>
public static class CsvText
{
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The value neutralised (<see cref="Neutralise"/>) and quoted when it needs it.</summary>
    public static string Field(string? value)
    {
        var text = Neutralise(value ?? "");
        return NeedsQuotes(text) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>Appends <see cref="Field"/> of the value without building it as a string first (the exports' path).</summary>
    public static void Append(StringBuilder line, string? value)
    {
        var text = Neutralise(value ?? "");
        if (!NeedsQuotes(text))
        {
            line.Append(text);
            return;
        }

        line.Append('"');
        foreach (var c in text)
        {
            line.Append(c);
            if (c == '"')
            {
                line.Append('"');
            }
        }

        line.Append('"');
    }

    /// <summary>The value with a leading <c>'</c> when a spreadsheet would run it as a formula (see the remarks).</summary>
    public static string Neutralise(string value) => NeedsQuote(value) ? "'" + value : value;

    /// <summary>The value a cell written by <see cref="Neutralise"/> stands for: one leading <c>'</c> off when a formula character follows the quotes.</summary>
    public static string Restore(string cell)
    {
        var quotes = 0;
        while (quotes < cell.Length && cell[quotes] == '\'')
        {
            quotes++;
        }

        return quotes > 0 && quotes < cell.Length && FormulaStarts.Contains(cell[quotes], StringComparison.Ordinal) ? cell[1..] : cell;
    }

    /// <summary>True when a spreadsheet would read the value as a formula (a plain number or dial string is not one).</summary>
    public static bool IsFormula(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal) && !IsPlainNumber(value);

    private static bool NeedsQuote(string value)
    {
        var quotes = 0;
        while (quotes < value.Length && value[quotes] == '\'')
        {
            quotes++;
        }

        return quotes == 0 ? IsFormula(value) : quotes < value.Length && FormulaStarts.Contains(value[quotes], StringComparison.Ordinal);
    }

    private static bool IsPlainNumber(string value)
    {
        if (value.Length < 2 || (value[0] != '+' && value[0] != '-') || !char.IsAsciiDigit(value[1]))
        {
            return false;
        }

        foreach (var c in value.AsSpan(2))
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or '(' or ')' or '-' or '.' or '*' or '#' or 'X' or 'x'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsQuotes(string text) => text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
}
