namespace ArticleExtract.Warc;

/// <summary>
/// The archive's bytes as they are in the file, read ahead into a buffer that can be looked into
/// and stepped back within: the gzip layer needs to see a member's trailer and the next member's
/// header after the inflater has taken more input than the member held. Counts the absolute
/// position, so every record and member has its file offset, on streams that cannot seek too.
/// </summary>
internal sealed class RawInput
{
    private const int InitialSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialSize];
    private int _start;
    private int _end;
    private long _bufferPosition;
    private bool _eof;

    public RawInput(Stream stream) => _stream = stream;

    /// <summary>
    /// A position before <see cref="Position"/> that must stay buffered (so <see cref="MoveTo"/>
    /// can go back to it), or -1: the start of the last slice given to the inflater.
    /// </summary>
    public long Pin { get; set; } = -1;

    /// <summary>The absolute position of the next byte to be consumed.</summary>
    public long Position => _bufferPosition + _start;

    /// <summary>The bytes read ahead and not consumed yet (possibly empty; see <see cref="Ensure"/>).</summary>
    public ReadOnlySpan<byte> Available => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Consumes <paramref name="count"/> bytes of <see cref="Available"/>.</summary>
    public void Advance(int count) => _start += count;

    /// <summary>Steps back (or forward) to an absolute position still held in the buffer.</summary>
    public void MoveTo(long position)
    {
        var index = position - _bufferPosition;
        if (index < 0 || index > _end)
        {
            throw new InvalidOperationException("The position is no longer buffered.");
        }

        _start = (int)index;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available; false when the stream ends first.</summary>
    public bool Ensure(int count)
    {
        while (_end - _start < count)
        {
            if (_eof || !Fill(count))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every byte has been consumed and the stream has ended.</summary>
    public bool AtEnd => !Ensure(1);

    private bool Fill(int wanted)
    {
        // Keep only what is not consumed yet, and the pinned bytes before it.
        var keepFrom = Pin >= _bufferPosition ? (int)Math.Min(_start, Pin - _bufferPosition) : _start;
        if (keepFrom > 0 && (_end == _buffer.Length || _start == _end))
        {
            var kept = _end - keepFrom;
            Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, kept);
            _bufferPosition += keepFrom;
            _start -= keepFrom;
            _end = kept;
        }

        if (_buffer.Length - _start < wanted || _end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, wanted + _start));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read <= 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }
}
