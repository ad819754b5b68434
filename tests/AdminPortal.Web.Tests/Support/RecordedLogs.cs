using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AdminPortal.Web.Tests.Support;

/// <summary>Every log line a test host writes, kept for the test to read (one logger for every category).</summary>
public sealed class RecordedLogs : ILoggerProvider, ILogger
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    private readonly string _category = "";

    public ILogger CreateLogger(string categoryName) => new RecordedLogs(this, categoryName);

    private RecordedLogs(RecordedLogs root, string category)
    {
        Entries = root.Entries;
        _category = category;
    }

    public RecordedLogs()
    {
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, _category, formatter(state, exception), exception));

    public void Dispose()
    {
    }
}
