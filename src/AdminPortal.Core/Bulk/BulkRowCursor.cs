using System.Runtime.CompilerServices;

namespace AdminPortal.Core.Bulk;

/// <summary>
/// Walks the reader's one stream of rows (a file, or an archive's files one after the other) file by file, so that
/// each file is imported as its own stream without reading ahead, and stops at a problem of a whole file.
/// </summary>
internal sealed class BulkRowCursor(IAsyncEnumerator<BulkRow> rows) : IAsyncDisposable
{
    /// <summary>The row at hand; null once the stream is done.</summary>
    public BulkRow? Current { get; private set; }

    public async ValueTask<BulkRow?> NextAsync()
    {
        Current = await rows.MoveNextAsync() ? rows.Current : null;
        return Current;
    }

    /// <summary>The rows of the file at hand, up to (not including) the next file's first row or a problem of a whole file.</summary>
    public async IAsyncEnumerable<BulkRow> FileAsync([EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var file = Current?.File;
        while (Current is { EndsFile: false } row && row.File == file)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return row;
            await NextAsync();
        }
    }

    public ValueTask DisposeAsync() => rows.DisposeAsync();
}
