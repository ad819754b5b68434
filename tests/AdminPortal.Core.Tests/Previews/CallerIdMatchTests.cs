using AdminPortal.Core.Cluster;
using AdminPortal.Core.Previews;
using AdminPortal.Core.Tests.Support;
using AdminPortal.Core.UnifiedMobility;

namespace AdminPortal.Core.Tests.Previews;

/// <summary>
/// Caller ID matching (SRND L1233-1264): Complete Match on the number as presented, Partial Match on the last N
/// digits right to left, a match that is not unique fails; the cluster's setting and what-ifs.
/// </summary>
public abstract class CallerIdMatchTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly RuleFixtures _rules;
    private MobilityUser _alice = null!;
    private int _steeredId;

    protected CallerIdMatchTests() => _rules = new RuleFixtures(_database);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _alice = await _rules.UserAsync("alice");
        var bob = await _rules.UserAsync("bob");
        var carol = await _rules.UserAsync("carol");
        var aliceLine = await _rules.SavedAsync(new DirectoryNumber { Pattern = "+14085551234" });
        await _rules.AddDestinationAsync(_alice, "+14085557890", d => d.Lines = [new RemoteDestinationLine { DirectoryNumberId = aliceLine }]);
        // Bob's number as dialed with the PSTN access code: its last 10 digits are Alice's (allowed under Complete Match).
        _steeredId = await _rules.AddDestinationAsync(bob, "914085557890");
        await _rules.AddDestinationAsync(bob, "5557890");
        await _rules.AddDestinationAsync(carol, "+15559999");
        var carolLine = await _rules.SavedAsync(new DirectoryNumber { Pattern = "+14085554321" });
        var iphone = await _rules.SavedAsync(new Phone
        {
            Name = "TCTCAROL",
            DeviceType = DeviceType.CiscoDualModeForIPhone,
            DevicePoolId = await _rules.PoolIdAsync(),
            OwnerId = carol.Id,
            EmergencyNumbers = "911",
            Lines = [new PhoneLine { DirectoryNumberId = carolLine }],
        });
        await _rules.SavedAsync(RuleFixtures.MobilityIdentity(carol, iphone, "+14085559012"));
    }

    public async Task DisposeAsync()
    {
        await (_service?.DisposeAsync() ?? ValueTask.CompletedTask);
        await _database.DisposeAsync();
    }

    private CallerIdMatchService? _service;

    // One service for the whole test, as the portal's singleton: its connections and prepared statements are reused.
    private CallerIdMatchService Service => _service ??= new(_database);

    [Fact]
    public async Task Match_CompleteMatchOnTheSameString_IsUniqueWithUserAndEnterpriseNumber()
    {
        var match = (await Service.MatchAsync("+14085557890")).Result!;

        Assert.Equal((CallerIdMatching.CompleteMatch, (int?)null, CallerIdMatchOutcome.Unique, true), (match.Matching, match.Digits, match.Outcome, match.IsClusterSetting));
        Assert.Equal(("+14085557890", "alice", "+14085551234", false), (match.Match!.Destination, match.Match.OwnerUserId, match.Match.EnterpriseNumber, match.Match.IsMobilityIdentity));
        Assert.Contains("SRND L1241", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14085557890")]
    [InlineData("4085557890")]
    [InlineData("+914085557890")]
    public async Task Match_CompleteMatchOnAnotherSpelling_MatchesNothing(string number)
    {
        var match = (await Service.MatchAsync(number)).Result!;

        Assert.Equal(CallerIdMatchOutcome.None, match.Outcome);
        Assert.Null(match.Match);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public async Task Match_MobilityIdentity_GivesTheDeviceLineAsEnterpriseNumber()
    {
        var match = (await Service.MatchAsync("+14085559012")).Result!;

        Assert.Equal(("carol", "+14085554321", true), (match.Match!.OwnerUserId, match.Match.EnterpriseNumber, match.Match.IsMobilityIdentity));
    }

    [Theory]
    [InlineData("+14085557890", 10)]  // the cluster's N: the stored key
    [InlineData("4085557890", 10)]
    [InlineData("+14085557890", 11)]  // another N: the reversed-digits range
    [InlineData("7890", 4)]
    public async Task Match_PartialMatchOnDigitsTwoDestinationsShare_IsAmbiguousAndListsThem(string number, int digits)
    {
        var match = (await Service.MatchAsync(number, CallerIdMatching.PartialMatch, digits)).Result!;

        Assert.Equal(CallerIdMatchOutcome.Ambiguous, match.Outcome);
        Assert.Null(match.Match);
        Assert.False(match.IsClusterSetting);
        Assert.Contains("914085557890", match.Candidates.Select(c => c.Destination));
        Assert.Contains("+14085557890", match.Candidates.Select(c => c.Destination));
        Assert.Contains("not unique", match.Explanation, StringComparison.Ordinal);
        Assert.Contains("L1262", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // Fewer digits than N: all of them are the key, so only a destination with exactly those digits matches.
    [InlineData("5557890", 10, "5557890")]     // the cluster's N (stored key)
    [InlineData("5557890", 12, "5557890")]     // another N (exact reversed digits)
    [InlineData("+14085557890", 12, "+14085557890")]
    [InlineData("+15559999", 10, "+15559999")]
    public async Task Match_NumberShorterThanN_MatchesOnlyTheSameDigits(string number, int digits, string destination)
    {
        var match = (await Service.MatchAsync(number, CallerIdMatching.PartialMatch, digits)).Result!;

        Assert.Equal(CallerIdMatchOutcome.Unique, match.Outcome);
        Assert.Equal(destination, match.Match!.Destination);
        Assert.Contains("has only", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+4999", 3, "+15559999")]    // key 999: a range with no upper bound
    [InlineData("0015559999", 8, "+15559999")]
    [InlineData("+19195559012", 4, "+14085559012")]
    public async Task Match_PartialMatchOnUniqueLastDigits_FindsTheOneDestination(string number, int digits, string destination)
    {
        var match = (await Service.MatchAsync(number, CallerIdMatching.PartialMatch, digits)).Result!;

        Assert.Equal(CallerIdMatchOutcome.Unique, match.Outcome);
        Assert.Equal(destination, match.Match!.Destination);
    }

    [Fact]
    public async Task Match_ClusterOnPartialMatch_UsesItAndComparesWithCompleteMatch()
    {
        Assert.True((await _rules.Store.DeleteAsync<RemoteDestination>([_steeredId])).Deleted == 1);
        await _rules.UsePartialMatchAsync(10);

        var current = (await Service.MatchAsync("914085557890")).Result!;
        var comparison = (await Service.CompareAsync("914085557890")).Result!;

        Assert.Equal((CallerIdMatching.PartialMatch, (int?)10, true, "alice"), (current.Matching, current.Digits, current.IsClusterSetting, current.Match!.OwnerUserId));
        Assert.Equal((current.Outcome, current.Match, current.Explanation), (comparison.Current.Outcome, comparison.Current.Match, comparison.Current.Explanation));
        Assert.Equal((CallerIdMatching.CompleteMatch, CallerIdMatchOutcome.None, false), (comparison.Other.Matching, comparison.Other.Outcome, comparison.Other.IsClusterSetting));
    }

    [Fact]
    public async Task Match_AfterChanges_SeesThemOnTheConnectionsItKeepsOpen()
    {
        Assert.Equal(CallerIdMatchOutcome.Unique, (await Service.MatchAsync("+14085557890")).Result!.Outcome);
        Assert.Equal(CallerIdMatchOutcome.None, (await Service.MatchAsync("+16505550000")).Result!.Outcome);

        // The same (prepared) statements, run again after the configuration changed under them.
        await _rules.AddDestinationAsync(_alice, "+16505550000");
        Assert.Equal(("+16505550000", "alice"), ((await Service.MatchAsync("+16505550000")).Result!.Match!.Destination, (await Service.MatchAsync("+16505550000")).Result!.Match!.OwnerUserId));
        Assert.True((await _rules.Store.DeleteAsync<RemoteDestination>([_steeredId])).Deleted == 1);
        await _rules.UsePartialMatchAsync(10);
        var current = (await Service.MatchAsync("914085557890")).Result!;
        Assert.Equal((CallerIdMatching.PartialMatch, CallerIdMatchOutcome.Unique, "alice"), (current.Matching, current.Outcome, current.Match!.OwnerUserId));
    }

    [Fact]
    public async Task Match_ManyCallersAtOnce_EachGetsItsOwnAnswer()
    {
        string[] numbers = ["+14085557890", "914085557890", "5557890", "+15559999", "+14085559012", "+19999999999"];
        var matches = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => Service.MatchAsync(numbers[i % numbers.Length]))));

        await using var oneAtATime = new CallerIdMatchService(_database);
        for (var i = 0; i < matches.Length; i++)
        {
            var expected = (await oneAtATime.MatchAsync(numbers[i % numbers.Length])).Result!;
            Assert.Equal((expected.Outcome, expected.Match), (matches[i].Result!.Outcome, matches[i].Result!.Match));
        }
    }

    [Fact]
    public async Task Compare_ClusterOnCompleteMatch_ShowsWhatPartialMatchWouldDo()
    {
        var comparison = (await Service.CompareAsync("+14085557890")).Result!;

        Assert.Equal(CallerIdMatchOutcome.Unique, comparison.Current.Outcome);
        Assert.Equal((CallerIdMatching.PartialMatch, (int?)10, CallerIdMatchOutcome.Ambiguous), (comparison.Other.Matching, comparison.Other.Digits, comparison.Other.Outcome));
    }

    [Fact]
    public async Task Match_MoreCandidatesThanListed_SaysThereAreMore()
    {
        await using (var db = _database.CreateDbContext())
        {
            for (var i = 0; i < CallerIdMatchService.CandidateLimit + 5; i++)
            {
                db.RemoteDestinations.Add(new RemoteDestination { Name = $"bulk {i}", DestinationNumber = $"+1{i:D3}5557890", OwnerId = _alice.Id, RemoteDestinationProfileId = _alice.ProfileId });
            }

            await db.SaveChangesAsync();
        }

        var match = (await Service.MatchAsync("5557890", CallerIdMatching.PartialMatch, 7)).Result!;

        Assert.Equal(CallerIdMatchOutcome.Ambiguous, match.Outcome);
        Assert.True(match.MoreCandidates);
        Assert.Equal(CallerIdMatchService.CandidateLimit, match.Candidates.Count);
        Assert.Contains($"more than {CallerIdMatchService.CandidateLimit}", match.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, "number")]
    [InlineData("+1 408 555", null, "number")]
    [InlineData("*#", null, "number")]
    [InlineData("+14085557890", 0, "digits")]
    [InlineData("+14085557890", 25, "digits")]
    public async Task Match_BadInput_SaysWhichFieldAndWhy(string number, int? digits, string field)
    {
        var result = await Service.MatchAsync(number, CallerIdMatching.PartialMatch, digits);

        Assert.Null(result.Result);
        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }
}

public sealed class CallerIdMatchTests_OnSqlite : CallerIdMatchTests<SqliteTestDatabase>;

[Trait("Database", "Postgres")]
public sealed class CallerIdMatchTests_OnPostgres : CallerIdMatchTests<PostgresTestDatabase>;
