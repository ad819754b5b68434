using System.Globalization;
using System.Text;
using AdminPortal.Core.Common;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// The refused rows of an import report as CSV (UTF-8 without BOM, RFC 4180), one line per error, so that the
/// administrator can fix the file and retry: FILE, ROW, COLUMN, VALUE, RULE, MESSAGE, GUIDE LINE. Cells a spreadsheet
/// would run as a formula are neutralised (<see cref="CsvText"/>).
/// </summary>
public static class ImportReportCsv
{
    public const string Header = "FILE,ROW,COLUMN,VALUE,RULE,MESSAGE,GUIDE LINE";

    public static async Task WriteAsync(ImportReport report, Stream output, CancellationToken cancellation = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Header + "\r\n");
        foreach (var e in report.Errors)
        {
            cancellation.ThrowIfCancellationRequested();
            await writer.WriteAsync(string.Join(',',
                CsvText.Field(e.File), e.Row.ToString(CultureInfo.InvariantCulture), CsvText.Field(e.Column), CsvText.Field(e.Value),
                CsvText.Field(e.Rule), CsvText.Field(e.Message), CsvText.Field(e.GuideLine)) + "\r\n");
        }

        await writer.FlushAsync(cancellation);
    }
}
