using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdminPortal.Benchmarks;

/// <summary>
/// The statements one save runs, with their time in the database (the benchmark's <c>profile</c> run): where a
/// save spends its time besides the rules and the write.
/// </summary>
public sealed class SaveProfile : DbCommandInterceptor
{
    private readonly List<(string Sql, double Milliseconds)> _commands = [];
    private readonly Dictionary<DbCommand, long> _started = [];

    public bool Recording { get; set; }

    public IReadOnlyList<(string Sql, double Milliseconds)> Commands => _commands;

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _started[command] = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _started[command] = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _started[command] = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (Recording && _started.Remove(command, out var start))
        {
            var sql = command.CommandText.ReplaceLineEndings(" ");
            _commands.Add((sql.Length > 110 ? sql[..110] + "…" : sql, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }
    }
}
