using System.Buffers;

namespace ArticleExtract.Input;

/// <summary>Decides whether an input is HTML markup or already-scraped plain text.</summary>
internal static class InputSniffer
{
    /// <summary>
    /// The kind of an input: the caller's <paramref name="forced"/> kind; else text when the content
    /// type is <c>text/plain</c> or <c>text/markdown</c>; else, for a string, text when it shows no markup; else HTML.
    /// </summary>
    public static InputKind KindOf(in PageInput input, InputKind? forced) =>
        forced
        ?? (IsPlainText(input.ContentType) ? InputKind.Text
            : input.Text is { } text && !LooksLikeHtml(text) ? InputKind.Text
            : InputKind.Html);

    /// <summary>True for the media types <c>text/plain</c> and <c>text/markdown</c>, whatever their parameters (<c>text/plain; charset=utf-8</c>).</summary>
    internal static bool IsPlainText(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).AsSpan().Trim();
        return mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How much of the input is looked at; markup shows itself early.</summary>
    private const int SniffLength = 65_536;

    /// <summary>Closing tags or tag openings needed to call text with a stray "&lt;" markup.</summary>
    private const int MinTagsForMarkup = 2;

    private static readonly SearchValues<string> DocumentMarkers = SearchValues.Create(
        ["<!doctype", "<html", "<head", "<body", "<meta", "<title"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the input looks like HTML: a document marker, or several tags.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> input)
    {
        var head = input.Length > SniffLength ? input[..SniffLength] : input;
        head = head.TrimStart();
        if (head.IndexOfAny(DocumentMarkers) >= 0)
        {
            return true;
        }

        var tags = 0;
        for (var i = head.IndexOf('<'); i >= 0 && i + 1 < head.Length; )
        {
            if (IsTagStart(head[(i + 1)..]) && ++tags >= MinTagsForMarkup)
            {
                return true;
            }

            var next = head[(i + 1)..].IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>"p>", "div ", "/p>", "br/>": a tag name right after the "&lt;".</summary>
    private static bool IsTagStart(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 0 && rest[0] == '/')
        {
            rest = rest[1..];
        }

        var n = 0;
        while (n < rest.Length && char.IsAsciiLetterOrDigit(rest[n]) && (n > 0 || char.IsAsciiLetter(rest[n])))
        {
            n++;
        }

        return n > 0 && n < rest.Length && (rest[n] == '>' || rest[n] == ' ' || rest[n] == '/' || rest[n] == '\n' || rest[n] == '\t');
    }
}
