namespace AdminPortal.Core.Bulk;

/// <summary>
/// The bytes of an uploaded file as the reader takes them: at most <see cref="Limit"/> of them (beyond, the stream
/// ends and <see cref="TooLarge"/> is set), a NUL byte ends it too (<see cref="HasNul"/>: a binary file, or UTF-16),
/// and the first bytes can be looked at before reading (<see cref="StartAsync"/>).
/// </summary>
public sealed class BulkInputStream(Stream source, long limit) : Stream
{
    private byte[] _start = [];
    private int _startOffset;

    public long Limit { get; } = limit;

    /// <summary>False for a zip being copied: its bytes are binary.</summary>
    public bool EndsAtNul { get; init; } = true;

    public long BytesRead { get; private set; }

    public bool TooLarge { get; private set; }

    public bool HasNul { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    /// <summary>Up to <paramref name="count"/> first bytes of the file (fewer when it is shorter); they are read again afterwards.</summary>
    public async Task<byte[]> StartAsync(int count, CancellationToken cancellation)
    {
        var start = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = await source.ReadAsync(start.AsMemory(filled), cancellation);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        _start = start[..filled];
        return _start;
    }

    /// <summary>Leaves out the first <paramref name="count"/> bytes read by <see cref="StartAsync"/> (a byte-order mark).</summary>
    public void Skip(int count) => _startOffset += count;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TooLarge || HasNul || buffer.Length == 0)
        {
            return 0;
        }

        int read;
        if (_startOffset < _start.Length)
        {
            read = Math.Min(buffer.Length, _start.Length - _startOffset);
            _start.AsMemory(_startOffset, read).CopyTo(buffer);
            _startOffset += read;
        }
        else
        {
            read = await source.ReadAsync(buffer, cancellationToken);
        }

        return Take(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Take(ReadOnlySpan<byte> bytes)
    {
        if (BytesRead + bytes.Length > Limit)
        {
            TooLarge = true;
            return 0;
        }

        var nul = EndsAtNul ? bytes.IndexOf((byte)0) : -1;
        if (nul >= 0)
        {
            HasNul = true;
            BytesRead += nul;
            return nul;
        }

        BytesRead += bytes.Length;
        return bytes.Length;
    }
}
