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

    /// <summary>
    /// How much of a member stays buffered from its start, so that after damage the next member
    /// is looked for right after it (members of one record are far smaller); past that, only the
    /// last slice is kept, so a whole-file gzip member is never held in memory.
    /// </summary>
    private const int KeptMemberLength = 1024 * 1024;

    private long _memberStart;

    /// <summary>The file offset of the last slice handed over.</summary>
    public long LastSliceStart { get; private set; }

    /// <summary>The length of the last slice handed over.</summary>
    public int LastSliceLength { get; private set; }

    /// <summary>True when the inflater asked for more and the file had ended.</summary>
    public bool ReachedEnd { get; private set; }

    /// <summary>Where to look for the next member after damage: just after this member's start while it is kept, else the last slice.</summary>
    public long RescanFrom => LastSliceStart - _memberStart <= KeptMemberLength ? _memberStart + 1 : LastSliceStart;

    /// <summary>Starts a new member, whose gzip header began at <paramref name="memberStart"/>, at the current position.</summary>
    public MemberFeed Restart(long memberStart)
    {
        _memberStart = memberStart;
        LastSliceStart = raw.Position;
        LastSliceLength = 0;
        ReachedEnd = false;
        raw.Pin = memberStart;
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
        raw.Pin = Math.Min(RescanFrom, LastSliceStart);
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
