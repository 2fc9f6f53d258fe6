namespace ArticleExtract.Warc;

/// <summary>
/// Reads the records of a WARC archive (ISO 28500, WARC 1.0 and 1.1) from a stream, forward
/// only, one at a time: uncompressed, gzip-compressed per record (as crawlers write them) or as
/// a whole. Memory is bounded by the largest record read (and <see cref="WarcReaderOptions"/>),
/// never by the archive. Not thread-safe: one reader per stream.
/// </summary>
/// <remarks>
/// A damaged record makes <see cref="Read"/> throw <see cref="WarcFormatException"/>; the next
/// call resumes at the next record that can be found (the next gzip member, or the next line
/// starting with <c>WARC/</c>), so one bad record never costs the good ones after it.
/// <code>
/// using var reader = new WarcReader(File.OpenRead("crawl.warc.gz"));
/// while (reader.Read() is { } record)
/// {
///     if (record.ToHtmlPage() is { } page)
///     {
///         var article = extractor.Parse(page.Body.ToArray(), page.ContentType, page.Url);
///     }
/// }
/// </code>
/// </remarks>
public sealed class WarcReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly WarcReaderOptions _options;
    private readonly RawInput _raw;
    private ISegmentSource? _source;
    private SegmentWindow? _window;
    private bool _inSegment;
    private bool _resync;
    private bool _finished;
    private bool _disposed;

    /// <summary>Creates a reader over <paramref name="stream"/>, which it disposes unless <paramref name="leaveOpen"/>.</summary>
    /// <param name="stream">The archive, positioned at its first byte; need not be seekable.</param>
    /// <param name="options">The limits; <see cref="WarcReaderOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">True to leave the stream open when the reader is disposed.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public WarcReader(Stream stream, WarcReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _options = options ?? WarcReaderOptions.Default;
        _options.Validate();
        _stream = stream;
        _leaveOpen = leaveOpen;
        _raw = new RawInput(stream);
    }

    /// <summary>How many bytes of the stream (compressed, for a gzip archive) have been read so far.</summary>
    public long BytesRead => _raw.Position;

    /// <summary>True once the archive is known to be gzip-compressed (after the first <see cref="Read"/>).</summary>
    public bool IsCompressed => _source?.IsCompressed ?? false;

    /// <summary>
    /// Reads the next record with its block, or returns null at the end of the archive. Records
    /// of every type are returned; <see cref="WarcRecord.ToHtmlPage"/> tells the pages apart.
    /// </summary>
    /// <exception cref="WarcFormatException">
    /// The archive is empty, or the next record cannot be read (malformed header, wrong length,
    /// corrupt gzip member). Call <see cref="Read"/> again to go on with the records after it.
    /// </exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public WarcRecord? Read()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_source is null)
        {
            Start();
        }

        while (!_finished)
        {
            if (!_inSegment)
            {
                if (!_source!.NextSegment())
                {
                    _finished = true;
                    break;
                }

                _window ??= new SegmentWindow(_source);
                _window.Reset();
                _inSegment = true;
                _resync = false;
            }

            var window = _window!;
            try
            {
                if (_resync && !SkipToNextRecord(window))
                {
                    _inSegment = false;
                    continue;
                }

                _resync = false;
                window.SkipNewlines();
                if (window.Peek() < 0)
                {
                    _inSegment = false;
                    continue;
                }

                return RecordParser.Read(window, Offset(window), _options);
            }
            catch (WarcFormatException)
            {
                // A corrupt gzip member is left behind whole; a damaged record is scanned past.
                _inSegment &= !window.SourceFailed;
                _resync = _inSegment;
                throw;
            }
        }

        return null;
    }

    /// <summary>Disposes the stream unless the reader was created with <c>leaveOpen</c>.</summary>
    public void Dispose()
    {
        if (!_disposed && !_leaveOpen)
        {
            _stream.Dispose();
        }

        _disposed = true;
    }

    /// <summary>
    /// After a damaged record: the next line starting with <c>WARC/</c> in the same segment. A
    /// corrupt gzip member found on the way is not reported again: its record already was.
    /// </summary>
    private static bool SkipToNextRecord(SegmentWindow window)
    {
        try
        {
            return window.SeekRecordStart();
        }
        catch (WarcFormatException) when (window.SourceFailed)
        {
            return false;
        }
    }

    private long Offset(SegmentWindow window) => _source!.IsCompressed ? _source.SegmentOffset : window.Position;

    private void Start()
    {
        if (!_raw.Ensure(2))
        {
            _source = new PlainSegments(_raw);
            if (_raw.AtEnd)
            {
                _finished = true;
                throw new WarcFormatException("The archive is empty: a WARC file holds at least one record.", 0);
            }

            return;
        }

        _source = _raw.Available[0] == 0x1F && _raw.Available[1] == 0x8B ? new GzipMembers(_raw) : new PlainSegments(_raw);
    }
}
