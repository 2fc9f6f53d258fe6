using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace ArticleExtract.Input;

/// <summary>
/// Turns a page into an AngleSharp document (HTML) or a string (scraped text). All decoding
/// is AngleSharp's: byte order mark, <c>&lt;meta charset&gt;</c> and http-equiv, or the
/// caller's content type, which wins.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>
    /// The deepest element nesting the parser builds; deeper elements become siblings, as in
    /// Chromium. Keeps tree building linear and every later walk shallow.
    /// </summary>
    internal const int MaxTreeDepth = 512;

    public static IHtmlDocument ParseHtml(PageInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var parser = new HtmlParser(new HtmlParserOptions
        {
            MaximumDepth = MaxTreeDepth,
            SkipComments = true,
            DisableElementPositionTracking = true,
        });

        return input.Text is { } text
            ? parser.ParseDocument(text)
            : parser.ParseDocument(new ReadOnlyMemory<byte>(input.Bytes), EncodingOf(input.ContentType));
    }

    /// <summary>Decodes bytes that hold scraped text: a byte order mark, else the content type's charset, else UTF-8.</summary>
    public static string DecodeText(PageInput input)
    {
        if (input.Text is { } text)
        {
            return text;
        }

        var bytes = input.Bytes!;
        var encoding = EncodingOf(input.ContentType) ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The charset named by an HTTP content type, or <c>null</c> when it names none that is known.</summary>
    internal static Encoding? EncodingOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        return TextEncoding.Parse(contentType);
    }
}
