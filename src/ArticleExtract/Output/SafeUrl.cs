using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>
/// Makes link and image URLs safe and absolute: only http and https survive. The scheme is read
/// the way browsers read it (entities are already decoded by the parser; C0 controls and spaces
/// around it and tabs and line breaks inside it are ignored), so <c>jav&amp;#x09;ascript:</c>,
/// <c>JaVaScRiPt:</c>, <c>vbscript:</c> and <c>data:</c> are all refused.
/// </summary>
internal static class SafeUrl
{
    /// <summary>The characters that end a URL's scheme (':') or show there is none before them.</summary>
    private static readonly System.Buffers.SearchValues<char> SchemeEnd = System.Buffers.SearchValues.Create(":/?#");

    /// <summary>Characters a scheme is usually made of, none of which is removed when the scheme is read.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainSchemeCharacters = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    /// <summary>The scheme given to protocol-relative URLs (<c>//host/path</c>) when there is no base URL.</summary>
    private const string DefaultScheme = "https:";

    /// <summary>The absolute http(s) form of a URL, resolved against the base; <c>null</c> when it is anything else.</summary>
    public static string? Resolve(string? raw, Uri? baseUri)
    {
        if (raw is null)
        {
            return null;
        }

        var cleaned = Clean(raw);
        if (cleaned.Length == 0)
        {
            return null;
        }

        Uri? uri;
        if (SchemeOf(cleaned) is { } scheme)
        {
            if (!IsWebScheme(scheme) || !Uri.TryCreate(cleaned, UriKind.Absolute, out uri))
            {
                return null;
            }
        }
        else if (baseUri is not null)
        {
            if (!Uri.TryCreate(baseUri, cleaned, out uri))
            {
                return null;
            }
        }
        else if (cleaned.StartsWith("//", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(DefaultScheme + cleaned, UriKind.Absolute, out uri))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        return IsWebScheme(uri.Scheme) && uri.Host.Length > 0 ? uri.AbsoluteUri : null;
    }

    /// <summary>The first usable base URL: the caller's, else the document's <c>&lt;base href&gt;</c>, else the canonical URL.</summary>
    public static Uri? BaseOf(Uri? callerBase, IDocument? document, string? canonicalUrl)
    {
        if (AsWebUri(callerBase?.IsAbsoluteUri == true ? callerBase.AbsoluteUri : null) is { } caller)
        {
            return caller;
        }

        if (AsWebUri(DocumentBaseHref(document)) is { } documentBase)
        {
            return documentBase;
        }

        return AsWebUri(canonicalUrl);
    }

    private static Uri? AsWebUri(string? value) =>
        Resolve(value, null) is { } absolute && Uri.TryCreate(absolute, UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>The href of the first <c>&lt;base&gt;</c> among the head's children (where the parser puts it).</summary>
    private static string? DocumentBaseHref(IDocument? document)
    {
        // By index: AngleSharp finds a node's sibling by scanning its parent's children.
        if (document?.Head?.ChildNodes is not { } children)
        {
            return null;
        }

        for (var i = 0; i < children.Length; i++)
        {
            // A class test (every parsed element is AngleSharp's Element): cheaper than an interface test of each child of the head.
            if (children[i] is Element { LocalName: "base" } child && child.GetAttribute("href") is { } href)
            {
                return href;
            }
        }

        return null;
    }

    private static bool IsWebScheme(string scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);

    /// <summary>Strips leading and trailing C0 controls and spaces, and removes tabs and line breaks anywhere (as the URL standard does).</summary>
    private static string Clean(string raw)
    {
        var span = raw.AsSpan();
        var start = 0;
        while (start < span.Length && span[start] <= ' ')
        {
            start++;
        }

        var end = span.Length;
        while (end > start && span[end - 1] <= ' ')
        {
            end--;
        }

        span = span[start..end];
        if (span.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return span.Length == raw.Length ? raw : span.ToString();
        }

        var builder = new System.Text.StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The scheme, when the URL has one: the text before the first ':' that comes before any '/', '?'
    /// or '#', read with every control character and space removed so that none can hide a scheme.
    /// </summary>
    private static string? SchemeOf(string url)
    {
        var end = url.AsSpan().IndexOfAny(SchemeEnd);
        if (end < 0 || url[end] != ':')
        {
            return null;
        }

        var candidate = url.AsSpan(0, end);
        if (!candidate.IsEmpty && !candidate.ContainsAnyExcept(PlainSchemeCharacters))
        {
            // The common case ("https"): nothing in it to remove.
            return candidate.ToString();
        }

        var builder = new System.Text.StringBuilder();
        foreach (var c in url)
        {
            if (c is '/' or '?' or '#')
            {
                return null;
            }

            if (c == ':')
            {
                return builder.Length > 0 ? builder.ToString() : null;
            }

            if (c > ' ' && c != '\u007F' && !char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return null;
    }
}
