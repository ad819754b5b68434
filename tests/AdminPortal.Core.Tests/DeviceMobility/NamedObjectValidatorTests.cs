using AdminPortal.Core.Catalogs;
using AdminPortal.Core.DeviceMobility;
using AdminPortal.Core.Tests.Support;
using static AdminPortal.Core.Tests.Support.Builders;

namespace AdminPortal.Core.Tests.DeviceMobility;

public abstract class NamedObjectValidatorTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("SJ_phyloc")]
    [InlineData("RTP phyloc-2.a")]
    [InlineData("X")]
    public async Task Validate_GoodName_HasNoErrors(string name)
    {
        Assert.Empty(await ErrorsAsync(_database, new PhysicalLocation { Name = name }));
    }

    [Fact]
    public async Task Validate_EmptyName_IsRequired()
    {
        var errors = await ErrorsAsync(_database, new PhysicalLocation { Name = "   " });

        Assert.Contains(errors, e => e.Field == "Name" && e.Message == "Name is required.");
    }

    [Fact]
    public async Task Validate_TenThousandCharacterName_IsTooLong()
    {
        var errors = await ErrorsAsync(_database, new DeviceMobilityGroup { Name = new string('a', 10_000) });

        Assert.Contains(errors, e => e.Field == "Name" && e.Message.Contains("at most 50", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_FiftyOneCharacterName_IsTooLong_FiftyIsNot()
    {
        Assert.NotEmpty(await ErrorsAsync(_database, new Region { Name = new string('r', 51) }));
        Assert.Empty(await ErrorsAsync(_database, new Region { Name = new string('r', 50) }));
    }

    [Theory]
    [InlineData("SJ/phyloc")]
    [InlineData("<script>")]
    [InlineData("São Paulo")]
    public async Task Validate_NameWithOtherCharacters_IsRefused(string name)
    {
        var errors = await ErrorsAsync(_database, new PhysicalLocation { Name = name });

        Assert.Contains(errors, e => e.Field == "Name" && e.Message.Contains("only letters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_DuplicateNameInAnyCase_IsRefused()
    {
        Assert.True((await _database.Store.SaveAsync(new PhysicalLocation { Name = "SJ_phyloc" })).Succeeded);

        var errors = await ErrorsAsync(_database, new PhysicalLocation { Name = "sj_PHYLOC" });

        Assert.Contains(errors, e => e.Field == "Name" && e.Message.Contains("already exists", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_SameNameInAnotherObjectType_IsAllowed()
    {
        Assert.True((await _database.Store.SaveAsync(new Region { Name = "Shared" })).Succeeded);

        Assert.Empty(await ErrorsAsync(_database, new Location { Name = "Shared" }));
    }

    [Fact]
    public async Task Validate_EditingItselfKeepsItsName_IsAllowed()
    {
        var saved = await _database.Store.SaveAsync(new DeviceMobilityGroup { Name = "US_dmg" });
        var loaded = await _database.Store.LoadAsync<DeviceMobilityGroup>(saved.Id);

        loaded!.Description = "US sites";

        Assert.Empty(await ErrorsAsync(_database, loaded));
    }

    [Fact]
    public async Task Validate_256CharacterDescription_IsTooLong()
    {
        var errors = await ErrorsAsync(_database, new DeviceMobilityGroup { Name = "G", Description = new string('d', 256) });

        Assert.Contains(errors, e => e.Field == "Description");
    }

    [Theory]
    [InlineData("9", true)]
    [InlineData("0", true)]
    [InlineData("*9#", true)]
    [InlineData("9a", false)]
    [InlineData("12345678901", false)]
    public async Task ValidateSite_PstnAccessCode_DigitsStarHashOnly(string code, bool valid)
    {
        var errors = await ErrorsAsync(_database, new Site { Name = "Site", PstnAccessCode = code });

        Assert.Equal(valid, !errors.Any(e => e.Field == "PstnAccessCode"));
    }

    [Fact]
    public async Task ValidateSite_UnknownPhysicalLocation_IsRefused()
    {
        var errors = await ErrorsAsync(_database, new Site { Name = "Site", PhysicalLocationId = 999 });

        Assert.Contains(errors, e => e.Field == "PhysicalLocationId");
    }

    [Fact]
    public async Task ValidateDevicePool_MissingRequiredSettings_NamesEachField()
    {
        var errors = await ErrorsAsync(_database, new DevicePool { Name = "Bare_DP" });

        Assert.Equal(
            ["DateTimeGroupId", "RegionId", "SrstReferenceId", "UnifiedCmGroupId"],
            errors.Select(e => e.Field).Order());
    }

    [Fact]
    public async Task ValidateDevicePool_CompletePool_HasNoErrors()
    {
        Assert.Empty(await ErrorsAsync(_database, await NewDevicePoolAsync(_database)));
    }

    [Theory]
    [InlineData(-2, false)]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(120, true)]
    public async Task ValidateDevicePool_ConnectionMonitorDuration_MinusOneOrMore(int seconds, bool valid)
    {
        var pool = await NewDevicePoolAsync(_database);
        pool.ConnectionMonitorDuration = seconds;

        var errors = await ErrorsAsync(_database, pool);

        Assert.Equal(valid, errors.Count == 0);
    }
}

public sealed class NamedObjectValidatorTests_OnSqlite : NamedObjectValidatorTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class NamedObjectValidatorTests_OnPostgres : NamedObjectValidatorTests<PostgresTestDatabase>;
