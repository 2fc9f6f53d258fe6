namespace ArticleExtract.Warc;

/// <summary>An uncompressed archive: one segment, the file itself.</summary>
internal sealed class PlainSegments(RawInput raw) : ISegmentSource
{
    private bool _started;

    public long SegmentOffset => 0;

    public bool IsCompressed => false;

    public long BytesRead => raw.Position;

    public bool NextSegment()
    {
        if (_started)
        {
            while (raw.Ensure(1))
            {
                raw.Advance(raw.Available.Length);
            }

            return false;
        }

        _started = true;
        return true;
    }

    public int Read(Span<byte> buffer)
    {
        if (!raw.Ensure(1))
        {
            return 0;
        }

        var available = raw.Available;
        var count = Math.Min(available.Length, buffer.Length);
        available[..count].CopyTo(buffer);
        raw.Advance(count);
        return count;
    }
}
