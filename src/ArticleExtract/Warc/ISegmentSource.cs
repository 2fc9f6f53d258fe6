namespace ArticleExtract.Warc;

/// <summary>
/// The decoded bytes of an archive, cut into segments at the compression's own boundaries: an
/// uncompressed archive is one segment, a gzip archive one segment per gzip member (one record
/// per member when compressed per record, the whole file when compressed as a whole). A record
/// never spans two segments, so a damaged record cannot swallow the next member.
/// </summary>
internal interface ISegmentSource
{
    /// <summary>The offset in the file of the current segment's first byte (its gzip member's header).</summary>
    long SegmentOffset { get; }

    /// <summary>True when the segments are gzip members (offsets are those of the members).</summary>
    bool IsCompressed { get; }

    /// <summary>The number of bytes of the file consumed so far.</summary>
    long BytesRead { get; }

    /// <summary>
    /// Moves to the next segment, skipping what is left of the current one; false at the end of
    /// the archive. Throws <see cref="WarcFormatException"/> for a damaged segment start; the next
    /// call then looks for the next good one.
    /// </summary>
    bool NextSegment();

    /// <summary>
    /// Reads decoded bytes of the current segment; 0 at its end. Throws
    /// <see cref="WarcFormatException"/> when the segment turns out to be corrupt; it is then
    /// abandoned and <see cref="NextSegment"/> looks for the next good one.
    /// </summary>
    int Read(Span<byte> buffer);
}
