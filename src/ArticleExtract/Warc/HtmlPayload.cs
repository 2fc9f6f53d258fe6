namespace ArticleExtract.Warc;

/// <summary>
/// Decides which records hold an HTML page to extract, and takes the page out of them: a
/// <c>response</c> with HTTP status 200 and an HTML payload, or a <c>resource</c> with an HTML
/// content type. Every other record (requests, metadata, redirects, images, revisits…) is none.
/// </summary>
internal static class HtmlPayload
{
    /// <summary>The media types of HTML documents (RFC 2854, and XHTML served as XML).</summary>
    private static readonly string[] HtmlMediaTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>How an HTML document may start, when a response has no Content-Type (after blanks and a BOM, ignoring case).</summary>
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html"];

    /// <summary>The HTTP status of a page served as it is (not a redirect, an error or a partial content).</summary>
    private const int Ok = 200;

    public static WarcPage? From(WarcRecord record, WarcReaderOptions options)
    {
        if (record.IsBlockOmitted)
        {
            return null;
        }

        var url = Uri.TryCreate(record.TargetUri, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
        return record.Type switch
        {
            "response" when IsHttp(record) => FromResponse(record, url, options),
            "resource" when IsHtmlMediaType(record.ContentType) => new WarcPage(url, null, record.ContentType, record.Block, record.IsTruncated),
            _ => null,
        };
    }

    /// <summary>The block is an HTTP response: it says so (<c>application/http</c>) or starts with a status line.</summary>
    private static bool IsHttp(WarcRecord record) =>
        (record.ContentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) ?? false)
        || HttpResponseHead.LooksLikeResponse(record.Block.Span);

    private static WarcPage? FromResponse(WarcRecord record, Uri? url, WarcReaderOptions options)
    {
        var name = record.RecordId is { } id ? $"The record {id} at offset {record.Offset}" : $"The record at offset {record.Offset}";
        var block = record.Block;
        var head = HttpResponseHead.Parse(block.Span, options.MaxHeaderLength, name, record.Offset);
        var contentType = head.Get("Content-Type");
        if (head.Status != Ok || (contentType is not null && !IsHtmlMediaType(contentType)))
        {
            return null;
        }

        var body = block[head.BodyStart..];
        var incomplete = false;
        byte[]? decoded = null;
        if (head.Get("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            decoded = PayloadDecoder.Dechunk(body.Span, out incomplete);
        }

        if (head.Get("Content-Encoding") is { Length: > 0 } encodings)
        {
            decoded = PayloadDecoder.Decode(decoded ?? body.ToArray(), encodings, record.IsTruncated || incomplete,
                new PayloadDecoder.Limit(name, record.Offset, options.MaxBlockLength), out var cut);
            incomplete |= cut;
        }

        var payload = decoded is null ? body : decoded;
        if (contentType is null && !StartsLikeHtml(payload.Span))
        {
            return null;
        }

        return new WarcPage(url, head.Status, contentType, payload, record.IsTruncated || incomplete);
    }

    /// <summary>The media type (before any parameters) is one of <see cref="HtmlMediaTypes"/>.</summary>
    private static bool IsHtmlMediaType(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';');
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return Array.Exists(HtmlMediaTypes, t => t.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An untyped payload is taken as HTML only when it starts like an HTML document.</summary>
    private static bool StartsLikeHtml(ReadOnlySpan<byte> payload)
    {
        payload = payload.StartsWith("\xEF\xBB\xBF"u8) ? payload[3..] : payload;
        payload = payload.TrimStart(" \t\r\n"u8);
        var start = System.Text.Encoding.ASCII.GetString(payload[..Math.Min(payload.Length, 16)]);
        return Array.Exists(HtmlStarts, s => start.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
