namespace ArticleExtract.Warc;

/// <summary>
/// Limits of a <see cref="WarcReader"/>. Immutable: derive variants with <c>with</c>. They bound
/// the memory one record may take, whatever lengths a damaged or hostile archive declares.
/// </summary>
public sealed record WarcReaderOptions
{
    /// <summary>The defaults.</summary>
    public static WarcReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest header block of a record (its <c>WARC/1.x</c> line and named fields), and of
    /// the HTTP headers inside a response, in bytes. Default 262,144 (256 KiB). A record with a
    /// longer header block is reported as malformed and the reader moves on to the next record.
    /// </summary>
    public int MaxHeaderLength { get; init; } = 256 * 1024;

    /// <summary>
    /// The largest record block read into memory, in bytes, and the largest page a compressed
    /// HTTP payload may expand to. Default 67,108,864 (64 MiB). A record with a longer block is
    /// returned without it (<see cref="WarcRecord.IsBlockOmitted"/>); its bytes are skipped, not stored.
    /// </summary>
    public int MaxBlockLength { get; init; } = 64 * 1024 * 1024;

    /// <summary>Checks every value and throws <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHeaderLength, 64, nameof(MaxHeaderLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBlockLength, nameof(MaxBlockLength));
    }
}
