using System.Globalization;

namespace ArticleExtract.Warc;

/// <summary>
/// One record of a WARC archive (ISO 28500, WARC 1.0 and 1.1): its named header fields and its
/// block, as <see cref="WarcReader.Read"/> returned it. Immutable.
/// </summary>
public sealed class WarcRecord
{
    private readonly WarcReaderOptions _options;

    internal WarcRecord(string version, IReadOnlyList<KeyValuePair<string, string>> headers, long contentLength, long offset,
        ReadOnlyMemory<byte> block, bool blockOmitted, WarcReaderOptions options)
    {
        Version = version;
        Headers = headers;
        ContentLength = contentLength;
        Offset = offset;
        Block = block;
        IsBlockOmitted = blockOmitted;
        _options = options;
        Type = GetHeader("WARC-Type") ?? "";
        RecordId = GetHeader("WARC-Record-ID");
        TargetUri = GetHeader("WARC-Target-URI") is { } uri ? uri.Trim('<', '>', ' ') : null;
        ContentType = GetHeader("Content-Type");
        TruncatedReason = GetHeader("WARC-Truncated");
        Date = DateTimeOffset.TryParse(GetHeader("WARC-Date"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null;
    }

    /// <summary>The version line, such as <c>WARC/1.1</c>.</summary>
    public string Version { get; }

    /// <summary>The <c>WARC-Type</c>: <c>response</c>, <c>resource</c>, <c>request</c>, <c>metadata</c>, <c>warcinfo</c>, <c>revisit</c>, <c>conversion</c>, <c>continuation</c>; empty when missing.</summary>
    public string Type { get; }

    /// <summary>The <c>WARC-Record-ID</c>, such as <c>&lt;urn:uuid:…&gt;</c>.</summary>
    public string? RecordId { get; }

    /// <summary>The <c>WARC-Date</c> (when the content was captured), or null when missing or not a date.</summary>
    public DateTimeOffset? Date { get; }

    /// <summary>The <c>WARC-Target-URI</c>: the address the content was captured from.</summary>
    public string? TargetUri { get; }

    /// <summary>The record's <c>Content-Type</c>, such as <c>application/http; msgtype=response</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The block's length as declared by <c>Content-Length</c>.</summary>
    public long ContentLength { get; }

    /// <summary>
    /// Where to seek in the file to read this record again: in a gzip archive, the offset of the
    /// gzip member that holds it (compressed per record, as crawlers write them: each record's
    /// own member; compressed as a whole: 0); in an uncompressed archive, the record's first byte.
    /// </summary>
    public long Offset { get; }

    /// <summary>The <c>WARC-Truncated</c> reason (<c>length</c>, <c>time</c>, <c>disconnect</c>, <c>unspecified</c>), or null.</summary>
    public string? TruncatedReason { get; }

    /// <summary>True when the crawler cut the content short (<c>WARC-Truncated</c> is present).</summary>
    public bool IsTruncated => TruncatedReason is not null;

    /// <summary>The block: for a <c>response</c>, the HTTP response with its headers; empty when <see cref="IsBlockOmitted"/>.</summary>
    public ReadOnlyMemory<byte> Block { get; }

    /// <summary>True when the block was longer than <see cref="WarcReaderOptions.MaxBlockLength"/> and was skipped, not read.</summary>
    public bool IsBlockOmitted { get; }

    /// <summary>Every named field of the header, in order, as written.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The value of the first header field named <paramref name="name"/> (ignoring case), or null.</summary>
    /// <param name="name">The field name, such as <c>WARC-Payload-Digest</c>.</param>
    public string? GetHeader(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The HTML page this record holds, ready for <see cref="ArticleExtractor"/>: a
    /// <c>response</c> whose HTTP status is 200 and whose payload is HTML (chunked transfer
    /// encoding and <c>gzip</c>, <c>deflate</c> or <c>br</c> content encoding undone), or a
    /// <c>resource</c> with an HTML content type. Null for every other record.
    /// </summary>
    /// <exception cref="WarcFormatException">The HTTP response is malformed, or its payload cannot be decoded.</exception>
    public WarcPage? ToHtmlPage() => HtmlPayload.From(this, _options);

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {TargetUri} ({ContentLength:N0} bytes at offset {Offset})";
}
