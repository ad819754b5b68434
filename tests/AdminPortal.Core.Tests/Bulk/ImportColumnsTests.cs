using System.Runtime.CompilerServices;
using AdminPortal.Core.Bulk;
using AdminPortal.Core.Data;
using AdminPortal.Core.Rules;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>A refusal names the file's column: each field a bulk type's validator can name has a column of that type's file.</summary>
public sealed class ImportColumnsTests
{
    public static TheoryData<string> Types() => [.. BulkObjectTypes.InDependencyOrder.Select(t => t.Slug)];

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryFieldTheValidatorNames_IsAColumnOfTheFile(string slug)
    {
        var type = BulkObjectTypes.Find(slug)!;
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        options.UseSqlitePortal("Data Source=:memory:");
        using var db = new PortalDbContext(options.Options);
        var validator = (IValidator)typeof(PortalValidators).GetMethod(nameof(PortalValidators.For))!.MakeGenericMethod(type.EntityType).Invoke(null, [db])!;
        var resource = RuntimeHelpers.GetUninitializedObject(type.ResourceType);
        var fieldOf = type.ResourceType.GetMethod("FieldOf")!;
        var fields = validator.CreateDescriptor().GetMembersWithValidators().Select(m => (string)fieldOf.Invoke(resource, [m.Key])!)
            .Distinct()
            // A secret the file refuses to carry (an end user's PIN) never comes from a row.
            .Where(f => !type.File.RefusedColumns.ContainsKey(ImportColumns.Of(type.File, f))).ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.True(ImportColumns.ColumnOf(type.File, field) is not null, $"{slug}: the validator's field {field} has no column."));
    }

    [Theory]
    [InlineData("remote-destinations", "ownerUserId", "OWNER USER ID")]
    [InlineData("remote-destinations", "delayBeforeRingingCell", "DELAY BEFORE RINGING TIMER")]
    [InlineData("remote-destinations", "ringSchedule[1].startTime", "START TIME 2")]
    [InlineData("remote-destinations", "lineAssociations[0]", "ASSOCIATED LINE NUMBER 1")]
    [InlineData("end-users", "userid", "USER ID")]
    [InlineData("end-users", "primaryDeviceName", "PRIMARY USER DEVICE")]
    [InlineData("end-users", "maxDeskPickupWaitTime", "MAXIMUM WAIT TIME FOR DESK PICKUP")]
    [InlineData("remote-destination-profiles", "userId", "USER ID")]
    [InlineData("physical-locations", "name", "PHYSICAL LOCATION NAME")]
    [InlineData("remote-destination-profiles", "lines[1]", "DIRECTORY NUMBER  2")]
    [InlineData("end-users", "noSuchField", "NO SUCH FIELD")]
    public void AField_IsReportedUnderItsColumn(string slug, string field, string column) =>
        Assert.Equal(column, ImportColumns.Of(BulkObjectTypes.Find(slug)!.File, field));
}
