using System.Diagnostics;
using AdminPortal.Core.Data;
using AdminPortal.Core.UnifiedMobility;
using Microsoft.Data.Sqlite;

namespace AdminPortal.Benchmarks;

/// <summary>
/// What the save is compared with: the same remote destination row written with a plain ADO.NET connection on the
/// same file, with the portal's connection settings (<see cref="SqliteSettings"/>), one INSERT in its own
/// transaction (<c>BEGIN IMMEDIATE</c> ... <c>COMMIT</c>), no rule and no ORM. The rows are deleted afterwards.
/// </summary>
public static class RawInsertBaseline
{
    /// <summary>Times <paramref name="runs"/> inserts of copies of the stored destination <paramref name="templateId"/> (after 10 warm-ups).</summary>
    public static List<double> Measure(string connectionString, int templateId, int runs)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ConnectionString);
        connection.Open();
        SqliteSettings.Apply(connection);

        // Every column of the saved row but its id; the unique and derived ones are changed for each copy.
        var row = new Dictionary<string, object>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT * FROM \"RemoteDestinations\" WHERE \"Id\" = $id";
            read.Parameters.AddWithValue("$id", templateId);
            using var reader = read.ExecuteReader();
            reader.Read();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetName(i) != "Id")
                {
                    row[reader.GetName(i)] = reader.GetValue(i);
                }
            }
        }

        var keyLength = ((string)row[nameof(RemoteDestination.PartialMatchKey)]).Length;
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"RemoteDestinations\" ({string.Join(", ", row.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", row.Keys.Select((_, i) => $"$p{i}"))})";
        var parameters = row.Keys.Select((k, i) => (Column: k, Parameter: insert.Parameters.AddWithValue($"$p{i}", row[k]))).ToDictionary(p => p.Column, p => p.Parameter);

        var times = new List<double>();
        for (var i = 0; i < runs + 10; i++)
        {
            var number = $"+4421{7_000_000 + i:D7}";
            parameters[nameof(RemoteDestination.Name)].Value = $"raw {i}";
            parameters[nameof(RemoteDestination.DestinationNumber)].Value = number;
            var digits = CallerIdKeys.ReversedDigits(number);
            parameters[nameof(RemoteDestination.CallerIdDigits)].Value = digits;
            parameters[nameof(RemoteDestination.PartialMatchKey)].Value = CallerIdKeys.KeyOfReversed(digits, keyLength);
            parameters[nameof(RemoteDestination.Version)].Value = Guid.NewGuid();
            var watch = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            {
                insert.Transaction = transaction;
                insert.ExecuteNonQuery();
                transaction.Commit();
            }

            watch.Stop();
            if (i >= 10)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM \"RemoteDestinations\" WHERE \"Name\" LIKE 'raw %'";
        delete.ExecuteNonQuery();
        return times;
    }
}
