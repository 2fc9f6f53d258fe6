namespace ArticleExtract.Warc;

/// <summary>How a line ended when read by <see cref="SegmentWindow.ReadLine"/>.</summary>
internal enum LineEnd
{
    /// <summary>The line ended with LF or CRLF.</summary>
    Newline,

    /// <summary>The segment ended before a line end; the line is what was left.</summary>
    SegmentEnd,

    /// <summary>The line is longer than allowed; that many bytes of it were consumed.</summary>
    TooLong,
}

/// <summary>
/// The decoded bytes of one segment, read ahead into a buffer: lines for the headers, runs of
/// bytes for the blocks, a scan for the next record start after damage, and a way to put a block
/// back when its declared length turned out to be wrong.
/// </summary>
internal sealed class SegmentWindow(ISegmentSource source)
{
    private static ReadOnlySpan<byte> RecordStart => "\nWARC/"u8;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _bufferPosition;
    private bool _ended;

    /// <summary>The decoded offset within the segment of the next byte.</summary>
    public long Position => _bufferPosition + _start;

    /// <summary>True when the segment turned out to be corrupt (the source threw): what is left of it is lost.</summary>
    public bool SourceFailed { get; private set; }

    /// <summary>Starts a new segment.</summary>
    public void Reset()
    {
        _start = _end = 0;
        _bufferPosition = 0;
        _ended = false;
        SourceFailed = false;
    }

    /// <summary>The next byte, or -1 at the end of the segment.</summary>
    public int Peek() => _start < _end || Fill(1) ? _buffer[_start] : -1;

    /// <summary>Consumes CR and LF bytes (blank lines between records).</summary>
    public void SkipNewlines()
    {
        while (Peek() is '\r' or '\n')
        {
            _start++;
        }
    }

    /// <summary>True when the next bytes are <paramref name="prefix"/> (not consumed).</summary>
    public bool StartsWith(ReadOnlySpan<byte> prefix) =>
        (_end - _start >= prefix.Length || Fill(prefix.Length)) && _buffer.AsSpan(_start, prefix.Length).SequenceEqual(prefix);

    /// <summary>
    /// Reads one line, without its LF or CRLF; <paramref name="line"/> stays valid until the next
    /// call. A line longer than <paramref name="maxLength"/> is not buffered: that much is consumed.
    /// </summary>
    public LineEnd ReadLine(int maxLength, out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var index = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (index >= 0)
            {
                var length = searched + index;
                if (length > maxLength)
                {
                    break;
                }

                line = _buffer.AsSpan(_start, length > 0 && _buffer[_start + length - 1] == '\r' ? length - 1 : length);
                _start += length + 1;
                return LineEnd.Newline;
            }

            searched = _end - _start;
            if (searched > maxLength)
            {
                break;
            }

            if (!Fill(searched + 1))
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return LineEnd.SegmentEnd;
            }
        }

        line = default;
        _start += Math.Min(maxLength, _end - _start);
        return LineEnd.TooLong;
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; fewer only at the end of the segment.</summary>
    public int Read(Span<byte> destination)
    {
        var copied = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, copied).CopyTo(destination);
        _start += copied;
        while (copied < destination.Length && !_ended)
        {
            var read = ReadSource(destination[copied..]);
            if (read == 0)
            {
                _ended = true;
                break;
            }

            copied += read;
            _bufferPosition += read;
        }

        return copied;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes without keeping them; returns how many there were.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && (_start < _end || Fill(1)))
        {
            var step = (int)Math.Min(count - skipped, _end - _start);
            _start += step;
            skipped += step;
        }

        return skipped;
    }

    /// <summary>Puts bytes back in front of the next byte, as if they had not been read.</summary>
    public void Unread(ReadOnlySpan<byte> data)
    {
        var remaining = _end - _start;
        var buffer = new byte[Math.Max(_buffer.Length, data.Length + remaining)];
        data.CopyTo(buffer);
        _buffer.AsSpan(_start, remaining).CopyTo(buffer.AsSpan(data.Length));
        _bufferPosition = Position - data.Length;
        _buffer = buffer;
        _start = 0;
        _end = data.Length + remaining;
    }

    /// <summary>
    /// After damage: consumes bytes up to the next line that starts with <c>WARC/</c> (never the
    /// current position itself, so each scan moves on); false when the segment ends first.
    /// </summary>
    public bool SeekRecordStart()
    {
        while (_end - _start >= RecordStart.Length || Fill(RecordStart.Length))
        {
            var index = _buffer.AsSpan(_start, _end - _start).IndexOf(RecordStart);
            if (index >= 0)
            {
                _start += index + 1;
                return true;
            }

            _start = _end - (RecordStart.Length - 1);
            Fill(RecordStart.Length);
        }

        _start = _end;
        return false;
    }

    /// <summary>Reads more of the segment until <paramref name="count"/> bytes are buffered; false at its end.</summary>
    private bool Fill(int count)
    {
        while (_end - _start < count)
        {
            if (_ended)
            {
                return false;
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _bufferPosition += _start;
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = ReadSource(_buffer.AsSpan(_end));
            if (read == 0)
            {
                _ended = true;
                return false;
            }

            _end += read;
        }

        return true;
    }

    private int ReadSource(Span<byte> destination)
    {
        try
        {
            return source.Read(destination);
        }
        catch (WarcFormatException)
        {
            SourceFailed = true;
            _ended = true;
            throw;
        }
    }
}
