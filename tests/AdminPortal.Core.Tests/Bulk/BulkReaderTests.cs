using System.Text;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Interchange;
using AdminPortal.Core.UnifiedMobility;
using static AdminPortal.Core.Tests.Bulk.BulkText;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>Malformed files, each refused with its own message; and what the reader accepts (BOM, case, spaces, quoted line breaks).</summary>
public sealed class BulkReaderTests
{
    private const string Users = "USER ID,LAST NAME,ENABLE MOBILITY\r\n";

    [Fact]
    public async Task EmptyFile_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", ""));
        Assert.Equal("The file is empty: a bulk file begins with its header row.", problem.Message);
        Assert.Equal("end-users.csv", problem.File);
    }

    [Fact]
    public async Task FileOfOnlyAByteOrderMark_IsEmpty()
    {
        var problem = FileProblem(await ReadAsync("end-users", [0xEF, 0xBB, 0xBF]));
        Assert.Equal("The file is empty: a bulk file begins with its header row.", problem.Message);
    }

    [Fact]
    public async Task BlankFirstRow_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", "\r\n" + Users));
        Assert.Equal("The first row is blank: a bulk file begins with its header row.", problem.Message);
    }

    [Fact]
    public async Task BinaryFile_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", [.. Encoding.UTF8.GetBytes(Users), 0x01, 0x00, 0x02, 0xFF]));
        Assert.Equal("The file is binary (it holds NUL bytes), or text in UTF-16: save it as CSV UTF-8.", problem.Message);
    }

    [Fact]
    public async Task Latin1File_IsNotUtf8()
    {
        var problem = FileProblem(await ReadAsync("end-users", Encoding.Latin1.GetBytes(Users + "jmuller,Müller,t\r\n")));
        Assert.Equal("The file is not UTF-8 (row 2 holds bytes that are not): save it as CSV UTF-8.", problem.Message);
        Assert.Equal("LAST NAME", problem.Column);
    }

    [Fact]
    public async Task Utf16File_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Users)).ToArray()));
        Assert.Equal("The file is UTF-16 text, not UTF-8: save it as CSV UTF-8.", problem.Message);
    }

    [Fact]
    public async Task ZipGivenAsCsv_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]));
        Assert.Equal("The file is a zip archive, not a CSV file: import it as an archive.", problem.Message);
    }

    [Fact]
    public async Task UnknownColumn_IsRefusedNamingTheColumns()
    {
        var problem = FileProblem(await ReadAsync("end-users", "USER ID,LAST NAME,SHOE SIZE\r\njdoe,Doe,42\r\n"));
        Assert.StartsWith("SHOE SIZE is not a column of the End User file. Its columns are: USER ID, FIRST NAME,", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Row);
    }

    [Fact]
    public async Task MissingRequiredColumn_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("remote-destinations", "NAME,OWNER USER ID\r\nmobile,jdoe\r\n"));
        Assert.Equal("The column DESTINATION is missing: the Remote Destination file needs it.", problem.Message);
    }

    [Fact]
    public async Task DuplicateHeader_InAnotherCaseAndSpacing_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", "USER ID,LAST NAME,user   id\r\njdoe,Doe,jdoe\r\n"));
        Assert.Equal("The header user   id appears twice (columns 1 and 3): keep one.", problem.Message);
    }

    [Fact]
    public async Task EmptyHeaderCell_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", "USER ID,,LAST NAME\r\njdoe,,Doe\r\n"));
        Assert.Equal("Column 2 has no header: every column of the first row needs one.", problem.Message);
    }

    [Fact]
    public async Task PinColumn_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", "USER ID,LAST NAME,PIN\r\njdoe,Doe,12345\r\n"));
        Assert.Equal("PIN: PINs and passwords never travel in a file: remove the column, and set them on the End User page or through the API.", problem.Message);
    }

    [Fact]
    public async Task UnclosedQuote_IsRefusedAtItsRow()
    {
        var problem = FileProblem(await ReadAsync("end-users", Users + "jdoe,Doe,t\r\n\"asmith,Smith,t\r\nbcooper,Cooper,f\r\n"));
        Assert.Equal("A quoted cell is never closed: its opening \" has no closing \" before the end of the file.", problem.Message);
        Assert.Equal(3, problem.Row);
        Assert.Equal("USER ID", problem.Column);
    }

    [Fact]
    public async Task QuotedLineBreak_IsAcceptedAsPartOfTheCell_AndTheRowCountsOnce()
    {
        var rows = await ReadAsync("directory-numbers", "DIRECTORY NUMBER,DESCRIPTION\r\n1000,\"two\r\nlines, and a \"\"quote\"\"\"\r\n1001,next\r\n");

        Assert.All(rows, r => Assert.True(r.IsRead));
        Assert.Equal("two\r\nlines, and a \"quote\"", rows[0].ResourceAs<AxlDirectoryNumber>().Description);
        Assert.Equal([2, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public async Task BlankRow_EndsTheFile_AndSaysSoWhenRowsFollow()
    {
        var rows = await ReadAsync("end-users", Users + "jdoe,Doe,t\r\n,,\r\nasmith,Smith,t\r\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("jdoe", rows[0].Key);
        var blank = Assert.Single(rows[1].Problems);
        Assert.Equal(3, blank.Row);
        Assert.Equal("Row 3 is blank: a blank row ends a bulk file, so the rows after it were not read. Remove the blank row to import them.", blank.Message);
        Assert.False(rows[1].EndsFile);
    }

    [Fact]
    public async Task TrailingBlankRows_AreTheEnd()
    {
        var rows = await ReadAsync("end-users", Users + "jdoe,Doe,t\r\n\r\n\r\n");
        Assert.True(Assert.Single(rows).IsRead);
    }

    [Fact]
    public async Task HeaderOnly_HasNoRows()
    {
        Assert.Empty(await ReadAsync("end-users", Users));
    }

    [Fact]
    public async Task Headers_AreReadIgnoringCaseAndSpaces_LineFeedsAndAByteOrderMarkAccepted()
    {
        var text = "\uFEFFuser id ,  Last   Name,enable mobility\njdoe,Doe,T\n";
        var row = Assert.Single(await ReadAsync("end-users", text));

        var user = row.ResourceAs<AxlEndUser>();
        Assert.Equal(("jdoe", "Doe", true), (user.Userid, user.LastName, user.EnableMobility));
        Assert.Equal(EndUser.DefaultRemoteDestinationLimit, user.RemoteDestinationLimit);
        Assert.True(user.Pin.IsUnchanged);
    }

    [Fact]
    public async Task BadCells_AreRefusedWithTheirColumnAndValue_AndTheRowHasNoObject()
    {
        var rows = await ReadAsync("end-users", "USER ID,LAST NAME,ENABLE MOBILITY,REMOTE DESTINATION LIMIT\r\njdoe,Doe,yes,four\r\n");

        var row = Assert.Single(rows);
        Assert.Null(row.Resource);
        Assert.Equal("jdoe", row.Key);
        Assert.Equal(2, row.Problems.Count);
        Assert.Contains(row.Problems, p => (p.Column, p.Value, p.Message, p.Row) == ("ENABLE MOBILITY", "yes", "'yes' is not a boolean: write t or f.", 2));
        Assert.Contains(row.Problems, p => (p.Column, p.Value, p.Message, p.Row) == ("REMOTE DESTINATION LIMIT", "four", "'four' is not a whole number.", 2));
    }

    [Fact]
    public async Task EnumerationCell_IsReadInUnifiedCmSpelling_AnythingElseListsThem()
    {
        var rows = await ReadAsync("remote-destinations", "DESTINATION,SINGLE NUMBER REACH VOICEMAIL POLICY\r\n+14085550001,timer control\r\n+14085550002,TimerControl\r\n");

        Assert.Equal(VoicemailPolicy.TimerControl, rows[0].ResourceAs<AxlRemoteDestination>().SingleNumberReachVoicemail);
        Assert.Equal("'TimerControl' is not one of: Use System Default, Timer Control, User Control.", Assert.Single(rows[1].Problems).Message);
    }

    [Fact]
    public async Task ActionColumn_AddUpdateDelete_AnythingElseRefused()
    {
        var rows = await ReadAsync("end-users", "ACTION,USER ID,LAST NAME\r\nadd,a,A\r\nUPDATE,b,B\r\ndelete,c,\r\n,d,D\r\nremove,e,E\r\ndelete,,\r\n");

        Assert.Equal([BulkAction.Add, BulkAction.Update, BulkAction.Delete, BulkAction.AddOrUpdate], rows.Take(4).Select(r => r.Action));
        Assert.True(rows[2].IsRead);
        Assert.Null(rows[2].Resource);
        Assert.Equal("c", rows[2].Key);
        Assert.Equal("'remove' is not an action: write add, update or delete, or leave it empty (add or update).", Assert.Single(rows[4].Problems).Message);
        Assert.Equal("A delete names the object to delete: USER ID is empty.", Assert.Single(rows[5].Problems).Message);
    }

    [Fact]
    public async Task MoreCellsThanHeaders_IsRefused()
    {
        var row = Assert.Single(await ReadAsync("end-users", Users + "jdoe,Doe,t,surplus\r\n"));
        Assert.Equal("The row has 4 cells but the header only 3 columns: is a comma missing from a quoted cell?", Assert.Single(row.Problems).Message);
    }

    [Fact]
    public async Task NeutralisedFormulaCell_ReadsAsItsValue_PlainNumbersAsThey()
    {
        var row = Assert.Single(await ReadAsync("end-users", "USER ID,LAST NAME,TELEPHONE NUMBER,MOBILE NUMBER\r\njdoe,'=HYPERLINK(\"x\"),+1 408 555 0100,'+14085550101\r\n"));

        var user = row.ResourceAs<AxlEndUser>();
        Assert.Equal(("=HYPERLINK(\"x\")", "+1 408 555 0100", "+14085550101"), (user.LastName, user.TelephoneNumber, user.MobileNumber));
    }

    [Fact]
    public async Task CellLongerThanAnyField_IsRefused()
    {
        var problem = FileProblem(await ReadAsync("end-users", Users + "jdoe," + new string('x', BulkLimits.MaxCellLength + 1) + ",t\r\n"));
        Assert.Equal($"The cell is longer than {BulkLimits.MaxCellLength:N0} characters, more than any field holds: is a \" not closed?", problem.Message);
        Assert.Equal("LAST NAME", problem.Column);
    }
}
