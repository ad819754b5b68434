using System.Text;
using AdminPortal.Core.Bulk;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>The report's refused rows as a CSV download: one line per error, UTF-8 without BOM, formulas neutralised.</summary>
public sealed class ImportReportCsvTests
{
    [Fact]
    public async Task WriteAsync_OneLinePerError_QuotedWhereNeeded_FormulasNeutralised()
    {
        var report = new ImportReport(ImportMode.DryRun, 3, 1, 2, false,
        [
            new ImportError("remote-destinations.csv", 3, "DESTINATION", "+14085550001", "R4", "R4: +14085550001 is already a remote destination, numbers are unique (SRND L1233).", "SRND L1233"),
            new ImportError("end-users.csv", 4, "LAST NAME", "=HYPERLINK(\"x\")", null, "Last Name is required."),
        ], []);
        using var output = new MemoryStream();

        await ImportReportCsv.WriteAsync(report, output);

        var bytes = output.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");
        Assert.Equal(ImportReportCsv.Header, lines[0]);
        Assert.Equal("remote-destinations.csv,3,DESTINATION,+14085550001,R4,\"R4: +14085550001 is already a remote destination, numbers are unique (SRND L1233).\",SRND L1233", lines[1]);
        Assert.StartsWith("end-users.csv,4,LAST NAME,\"'=HYPERLINK(\"\"x\"\")\",,Last Name is required.,", lines[2], StringComparison.Ordinal);
        Assert.Equal([""], lines[3..]);
    }
}
