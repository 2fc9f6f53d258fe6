namespace ArticleExtract.Warc;

/// <summary>
/// Hands the compressed bytes of the archive to the inflater in small slices, and remembers the
/// last one: the inflater reads ahead, so the end of a gzip member lies somewhere in the last
/// slice it was given, and <see cref="GzipMembers"/> looks for the member's trailer there.
/// </summary>
internal sealed class MemberFeed(RawInput raw) : Stream
{
    /// <summary>The largest slice: small enough that finding the trailer in it is cheap.</summary>
    private const int SliceLength = 4096;

    /// <summary>The file offset of the last slice handed over.</summary>
    public long LastSliceStart { get; private set; }

    /// <summary>The length of the last slice handed over.</summary>
    public int LastSliceLength { get; private set; }

    /// <summary>True when the inflater asked for more and the file had ended.</summary>
    public bool ReachedEnd { get; private set; }

    /// <summary>A position to keep buffered instead of the last slice's start (the candidate member being probed), or -1.</summary>
    public long Anchor { get; set; } = -1;

    /// <summary>Starts a new member at the current position.</summary>
    public MemberFeed Restart()
    {
        LastSliceStart = raw.Position;
        LastSliceLength = 0;
        ReachedEnd = false;
        return this;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!raw.Ensure(1))
        {
            ReachedEnd = true;
            return 0;
        }

        var available = raw.Available;
        var count = Math.Min(Math.Min(available.Length, buffer.Length), SliceLength);
        LastSliceStart = raw.Position;
        LastSliceLength = count;
        raw.Pin = Anchor >= 0 ? Anchor : LastSliceStart;
        available[..count].CopyTo(buffer);
        raw.Advance(count);
        return count;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
