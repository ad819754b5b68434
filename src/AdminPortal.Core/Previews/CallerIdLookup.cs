using System.Collections.Concurrent;
using AdminPortal.Core.Cluster;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AdminPortal.Core.Previews;

/// <summary>
/// The caller ID look-up as one parameterized SQL command, prepared once per connection (<see cref="PreparedConnection"/>).
/// Measured, EF Core costs 20-30× an index look-up here (a context, then the query pipeline: hundreds of µs against
/// ~25 µs on SQLite), and issue 13 asks for at most 2×. The statement is written once per model from the EF model's
/// own table and column names (so a rename in the model cannot leave it behind), in SQL that SQLite and PostgreSQL
/// both read.
/// </summary>
public static class CallerIdLookup
{
    private static readonly ConcurrentDictionary<IModel, (string Candidates, string Setting, string DestinationNumber, string PartialMatchKey, string CallerIdDigits)> Cache = new();

    /// <summary>The cluster's Matching Caller ID setting and Partial Match N, by primary key.</summary>
    public static async Task<(CallerIdMatching Matching, int Digits)> SettingAsync(PreparedConnection connection, IModel model, CancellationToken cancellation)
    {
        var command = connection.Command(For(model).Setting, 0);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return (Enum.Parse<CallerIdMatching>(reader.GetString(0)), reader.GetInt32(1));
    }

    /// <summary>The destinations <paramref name="number"/> matches, at most <paramref name="limit"/>, by number.</summary>
    public static async Task<List<CallerIdCandidate>> CandidatesAsync(PreparedConnection connection, IModel model, string number, CallerIdMatching matching, int digits, int clusterDigits, int limit, CancellationToken cancellation)
    {
        var statements = For(model);
        string condition;
        string[] values;
        if (matching == CallerIdMatching.CompleteMatch)
        {
            condition = $"r.{statements.DestinationNumber} = @p0";
            values = [number];
        }
        else if (digits == clusterDigits)
        {
            condition = $"r.{statements.PartialMatchKey} = @p0";
            values = [CallerIdKeys.PartialMatchKey(number, digits)];
        }
        else
        {
            var reversed = CallerIdKeys.ReversedDigits(number);
            if (reversed.Length < digits)
            {
                condition = $"r.{statements.CallerIdDigits} = @p0";
                values = [reversed];
            }
            else
            {
                // Every digit string that starts with the key, and nothing else, lies in [key, next): a range the
                // index answers under any collation, where LIKE 'key%' needs a pattern-ops index on PostgreSQL.
                var key = reversed[..digits];
                var next = NextPrefix(key);
                condition = next is null ? $"r.{statements.CallerIdDigits} >= @p0" : $"r.{statements.CallerIdDigits} >= @p0 AND r.{statements.CallerIdDigits} < @p1";
                values = next is null ? [key] : [key, next];
            }
        }

        var command = connection.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, statements.Candidates, condition, limit), values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        var found = new List<CallerIdCandidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            found.Add(new CallerIdCandidate(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), !reader.IsDBNull(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return found;
    }

    /// <summary>The smallest digit string after every string that starts with <paramref name="prefix"/>; null for all nines.</summary>
    public static string? NextPrefix(string prefix)
    {
        var end = prefix.Length;
        while (end > 0 && prefix[end - 1] == '9')
        {
            end--;
        }

        return end == 0 ? null : string.Concat(prefix.AsSpan(0, end - 1), [(char)(prefix[end - 1] + 1)]);
    }

    private static (string Candidates, string Setting, string DestinationNumber, string PartialMatchKey, string CallerIdDigits) For(IModel model) => Cache.GetOrAdd(model, Build);

    private static (string Candidates, string Setting, string DestinationNumber, string PartialMatchKey, string CallerIdDigits) Build(IModel model)
    {
        var rd = Names<RemoteDestination>(model);
        var user = Names<EndUser>(model);
        var phoneLine = Names<PhoneLine>(model);
        var rdLine = Names<RemoteDestinationLine>(model);
        var dn = Names<DirectoryNumber>(model);
        var settings = Names<ClusterMobilitySettings>(model);
        var pattern = dn(nameof(DirectoryNumber.Pattern));
        var candidates =
            $"SELECT r.{rd(nameof(RemoteDestination.Id))}, r.{rd(nameof(RemoteDestination.DestinationNumber))}, r.{rd(nameof(RemoteDestination.Name))}, u.{user(nameof(EndUser.UserId))}, r.{rd(nameof(RemoteDestination.DualModeDeviceId))}, "
            + $"CASE WHEN r.{rd(nameof(RemoteDestination.DualModeDeviceId))} IS NOT NULL "
            + $"THEN (SELECT d.{pattern} FROM {phoneLine("")} l JOIN {dn("")} d ON d.{dn(nameof(DirectoryNumber.Id))} = l.{phoneLine(nameof(PhoneLine.DirectoryNumberId))} "
            + $"WHERE l.{phoneLine(nameof(PhoneLine.PhoneId))} = r.{rd(nameof(RemoteDestination.DualModeDeviceId))} ORDER BY l.{phoneLine(nameof(PhoneLine.LineIndex))} LIMIT 1) "
            + $"ELSE (SELECT d.{pattern} FROM {rdLine("")} l JOIN {dn("")} d ON d.{dn(nameof(DirectoryNumber.Id))} = l.{rdLine(nameof(RemoteDestinationLine.DirectoryNumberId))} "
            + $"WHERE l.{rdLine(nameof(RemoteDestinationLine.RemoteDestinationId))} = r.{rd(nameof(RemoteDestination.Id))} ORDER BY l.{rdLine(nameof(RemoteDestinationLine.Id))} LIMIT 1) END "
            + $"FROM {rd("")} r JOIN {user("")} u ON u.{user(nameof(EndUser.Id))} = r.{rd(nameof(RemoteDestination.OwnerId))} "
            + $"WHERE {{0}} ORDER BY r.{rd(nameof(RemoteDestination.DestinationNumber))} LIMIT {{1}}";
        var setting = $"SELECT {settings(nameof(ClusterMobilitySettings.MatchingCallerIdWithRemoteDestination))}, {settings(nameof(ClusterMobilitySettings.PartialMatchDigits))} "
            + $"FROM {settings("")} WHERE {settings(nameof(ClusterMobilitySettings.Id))} = {ClusterMobilitySettings.SingletonId}";
        return (candidates, setting,
            rd(nameof(RemoteDestination.DestinationNumber)), rd(nameof(RemoteDestination.PartialMatchKey)), rd(nameof(RemoteDestination.CallerIdDigits)));
    }

    // The quoted table name (for "") or column name of an entity, as the model maps it.
    private static Func<string, string> Names<T>(IModel model)
    {
        var entity = model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return property => Quote(property.Length == 0 ? entity.GetTableName()! : entity.FindProperty(property)!.GetColumnName(table)!);
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
