using System.Text;

namespace AdminPortal.Core.Tests.Bulk;

/// <summary>A CSV file made row by row as it is read: a header then <c>rows</c> rows, never all in memory.</summary>
public sealed class GeneratedCsvStream(string header, long rows, Func<long, string> row) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes(header);
    private int _offset;
    private long _next;

    public long BytesServed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesServed; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_offset == _pending.Length)
            {
                if (_next == rows)
                {
                    break;
                }

                _pending = Encoding.UTF8.GetBytes(row(_next++));
                _offset = 0;
            }

            var n = Math.Min(count - written, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset + written, n);
            _offset += n;
            written += n;
        }

        BytesServed += written;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var array = new byte[buffer.Length];
        var read = Read(array, 0, array.Length);
        array.AsMemory(0, read).CopyTo(buffer);
        return ValueTask.FromResult(read);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
