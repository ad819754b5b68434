using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Core.Tests.Support;

/// <summary>
/// Records SQLite's plan (<c>EXPLAIN QUERY PLAN</c>, the detail lines) of every query EF Core runs, with the query's
/// own text and parameters, before letting the query run.
/// </summary>
public sealed class QueryPlans : DbCommandInterceptor
{
    public List<(string Sql, string Plan)> Seen { get; } = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        using var explain = (SqliteCommand)command.Connection!.CreateCommand();
        explain.Transaction = (SqliteTransaction?)command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (SqliteParameter parameter in command.Parameters)
        {
            explain.Parameters.AddWithValue(parameter.ParameterName, parameter.Value);
        }

        var lines = new List<string>();
        using (var reader = explain.ExecuteReader())
        {
            while (reader.Read())
            {
                lines.Add(reader.GetString(3));
            }
        }

        Seen.Add((command.CommandText, string.Join("\n", lines)));
    }
}
