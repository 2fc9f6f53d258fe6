using System.Text;
using AngleSharp;
using AngleSharp.Dom;
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

    /// <summary>How many created elements pass between two looks at the cancellation token during the parse.</summary>
    private const int ElementsPerCancellationCheck = 1024;

    /// <summary>
    /// AngleSharp's default configuration without its attribute observer: the observer reacts to
    /// src, href and rel as a browser would (it parses the URL of every link and image and starts
    /// loading style sheets), work an extractor never uses, since it reads attributes itself.
    /// Immutable, so one is shared by every call; each parse still gets a browsing context of its own.
    /// </summary>
    private static readonly IConfiguration ParserConfiguration = Configuration.Default.Without<IAttributeObserver>();

    static DocumentLoader() => EncodingSetup.EnsureRegistered();

    /// <summary>
    /// Parses HTML in time linear in its length: <see cref="NestingGuard"/> first bounds the
    /// nesting the tree builder sees. Counts elements as they are created, throwing once there
    /// are more than <paramref name="maxElements"/>, and looks at the cancellation token meanwhile.
    /// A page whose rest a frame inside a noscript swallowed (<see cref="NoscriptFrames"/>) is
    /// parsed a second time, with scripting on.
    /// </summary>
    public static IHtmlDocument ParseHtml(PageInput input, int maxElements, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (input.Document is { } source)
        {
            // The caller's document is copied, never changed: later stages edit the tree in place.
            return DocumentCopy.Of(source, NewParser(scripting: false, maxElements, cancellationToken).ParseDocument(string.Empty), maxElements, cancellationToken);
        }

        var guarded = Guarded(input, cancellationToken);
        var document = Parse(NewParser(scripting: false, maxElements, cancellationToken), guarded);
        if (!NoscriptFrames.SwallowedTheRest(document))
        {
            return document;
        }

        // A frame left open inside a <noscript> took the rest of the page as its raw text: parsed
        // again as a browser with scripts parses it, where a noscript is raw text itself.
        document = Parse(NewParser(scripting: true, maxElements, cancellationToken), guarded);
        NoscriptFrames.EmptyNoscripts(document);
        return document;
    }

    /// <summary>
    /// The page's markup with its nesting bounded (<see cref="NestingGuard"/>), ready to parse:
    /// characters for text and UTF-16, else the bytes (after any byte order mark) and their encoding.
    /// </summary>
    private static (string? Text, ReadOnlyMemory<byte> Bytes, Encoding? Encoding) Guarded(PageInput input, CancellationToken cancellationToken)
    {
        if (input.Text is { } text)
        {
            return (NestingGuard.Apply(InputText.ReplaceLoneSurrogates(text), cancellationToken), default, null);
        }

        var bytes = input.Bytes!;
        var (bomEncoding, bomLength) = EncodingOfByteOrderMark(bytes);

        // A byte order mark wins over the caller's content type, as in browsers (WHATWG encoding
        // sniffing); without either, the page's own declaration, else UTF-8 or windows-1252.
        var encoding = bomEncoding ?? EncodingOf(input.ContentType) ?? LegacyEncoding.ForUndeclaredHtml(bytes);
        if (encoding is UnicodeEncoding)
        {
            // Markup is not ASCII in UTF-16, so the guard needs the characters.
            var decoded = Decode(bytes.AsSpan(bomLength), encoding);
            return (NestingGuard.Apply(decoded, cancellationToken), default, null);
        }

        var guarded = NestingGuard.Apply(bytes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // The guard only edits tags, never the byte order mark in front of them.
        return (null, new ReadOnlyMemory<byte>(guarded)[bomLength..], encoding);
    }

    private static IHtmlDocument Parse(HtmlParser parser, (string? Text, ReadOnlyMemory<byte> Bytes, Encoding? Encoding) markup) =>
        markup.Text is { } text ? parser.ParseDocument(text) : parser.ParseDocument(markup.Bytes, markup.Encoding!);

    /// <summary>
    /// A parser that counts elements as they are created, throwing once there are more than
    /// <paramref name="maxElements"/>, and looks at the cancellation token meanwhile. Without
    /// <paramref name="scripting"/> (the first parse) a noscript's content is markup, as the
    /// crawlers' version of a script-built page needs.
    /// </summary>
    private static HtmlParser NewParser(bool scripting, int maxElements, CancellationToken cancellationToken)
    {
        var created = 0;
        return new HtmlParser(new HtmlParserOptions
        {
            IsScripting = scripting,
            MaximumDepth = MaxTreeDepth,
            SkipComments = true,
            DisableElementPositionTracking = true,

            // The raw text of style, iframe, noembed, noframes and xmp elements: style sheets and
            // fallbacks a browser does not show (xmp, obsolete since HTML 3.2, is the exception we accept).
            // Style sheets are a tenth of what a page's parse allocates.
            SkipRawText = true,
            OnCreated = (_, _) =>
            {
                if (++created > maxElements)
                {
                    throw Limits.TooManyElements(maxElements);
                }

                if (created % ElementsPerCancellationCheck == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            },
        }, BrowsingContext.New(ParserConfiguration));
    }

    /// <summary>
    /// Decodes bytes that hold scraped text: a byte order mark, else the content type's charset, else
    /// UTF-8, or windows-1252 when the bytes are not UTF-8 (<see cref="LegacyEncoding"/>); invalid
    /// sequences and lone surrogates become U+FFFD, NUL characters are dropped (as the HTML parser
    /// drops them from text). A document's text is its visible text content.
    /// </summary>
    public static string DecodeText(PageInput input)
    {
        if (input.Text is { } text)
        {
            return InputText.Clean(text);
        }

        if (input.Document is { } document)
        {
            return InputText.Clean(document.DocumentElement?.TextContent ?? "");
        }

        var bytes = input.Bytes!;
        var (bomEncoding, bomLength) = EncodingOfByteOrderMark(bytes);
        var encoding = bomEncoding ?? EncodingOf(input.ContentType) ?? LegacyEncoding.ForUndeclaredText(bytes.AsSpan(bomLength));
        return InputText.Clean(Decode(bytes.AsSpan(bomLength), encoding));
    }

    /// <summary>The encoding a byte order mark names, with the mark's length; (null, 0) without one.</summary>
    internal static (Encoding? Encoding, int Length) EncodingOfByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (TextEncoding.Utf8, 3),
        [0xFF, 0xFE, ..] => (TextEncoding.Utf16Le, 2),
        [0xFE, 0xFF, ..] => (TextEncoding.Utf16Be, 2),
        _ => (null, 0),
    };

    /// <summary>
    /// Decodes with replacement characters for invalid sequences, whatever the encoding's own
    /// fallback is: a page never throws for its bytes.
    /// </summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var safe = encoding.DecoderFallback is DecoderReplacementFallback
            ? encoding
            : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return safe.GetString(bytes);
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
