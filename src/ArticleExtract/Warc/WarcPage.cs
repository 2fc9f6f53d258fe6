namespace ArticleExtract.Warc;

/// <summary>
/// An HTML page taken from a WARC record by <see cref="WarcRecord.ToHtmlPage"/>: the payload's
/// bytes as the server meant them (transfer and content encodings undone), with the content
/// type and address to give <see cref="ArticleExtractor.Parse(byte[], string?, Uri?, CancellationToken)"/>.
/// </summary>
public sealed class WarcPage
{
    internal WarcPage(Uri? url, int? httpStatus, string? contentType, ReadOnlyMemory<byte> body, bool isTruncated)
    {
        Url = url;
        HttpStatus = httpStatus;
        ContentType = contentType;
        Body = body;
        IsTruncated = isTruncated;
    }

    /// <summary>The record's <c>WARC-Target-URI</c> when it is an absolute http(s) address: the base URL for relative links.</summary>
    public Uri? Url { get; }

    /// <summary>The HTTP status (200) of a <c>response</c>; null for a <c>resource</c>.</summary>
    public int? HttpStatus { get; }

    /// <summary>The HTTP <c>Content-Type</c> (or the resource's), with the charset that decoding uses.</summary>
    public string? ContentType { get; }

    /// <summary>The page's bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>True when the page is incomplete: the record is marked <c>WARC-Truncated</c>, or its payload ended early.</summary>
    public bool IsTruncated { get; }
}
