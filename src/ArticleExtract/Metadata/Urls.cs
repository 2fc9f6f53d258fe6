using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>The page's canonical URL and lead image, made absolute.</summary>
internal static class Urls
{
    /// <summary>A body image at least this wide (declared width) may be the lead image.</summary>
    private const int MinLeadImageWidth = 300;

    /// <summary>The canonical URL: link rel=canonical, og:url, JSON-LD url; absolute, or null.</summary>
    public static string? Canonical(PageScan scan, MetaTags meta, JsonLd? jsonLd, Uri? baseUrl)
    {
        var link = scan.CanonicalLink?.GetAttribute("href");
        foreach (var candidate in (ReadOnlySpan<string?>)[link, meta["og:url"], jsonLd?.Url])
        {
            if (Resolve(candidate, baseUrl) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>The base for relative links: the caller's URL, else &lt;base href&gt;, else the canonical URL.</summary>
    public static Uri? BaseFor(PageScan scan, Uri? baseUrl, string? canonical)
    {
        var baseHref = scan.BaseElement?.GetAttribute("href");
        if (baseHref is not null && Uri.TryCreate(baseHref.Trim(), UriKind.Absolute, out var declared) && IsHttp(declared))
        {
            return baseUrl is null ? declared : new Uri(baseUrl, declared);
        }

        if (baseUrl is not null)
        {
            return baseUrl;
        }

        return canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var uri) ? uri : null;
    }

    /// <summary>og:image, twitter:image, JSON-LD image, else the first large image of the body.</summary>
    public static string? LeadImage(PageScan scan, MetaTags meta, JsonLd? jsonLd, Uri? baseUrl)
    {
        foreach (var candidate in (ReadOnlySpan<string?>)[meta["og:image:secure_url"], meta["og:image"], meta["og:image:url"], meta["twitter:image"], meta["twitter:image:src"], jsonLd?.Image])
        {
            if (Resolve(candidate, baseUrl) is { } url)
            {
                return url;
            }
        }

        foreach (var image in scan.Images)
        {
            if (IsLargeImage(image) && Resolve(image.GetAttribute("src"), baseUrl) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>True for an absolute http(s) URL.</summary>
    public static bool IsUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && IsHttp(uri);

    /// <summary>An image whose declared width is large enough to lead an article.</summary>
    private static bool IsLargeImage(IElement image) =>
        int.TryParse(image.GetAttribute("width"), out var width) && width >= MinLeadImageWidth;

    /// <summary>The value as an absolute http(s) URL, resolved against the base; null when it cannot be.</summary>
    private static string? Resolve(string? value, Uri? baseUrl)
    {
        var text = MetadataText.Clean(value);
        if (text is null || text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && IsHttp(absolute))
        {
            return absolute.AbsoluteUri;
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, text, out var resolved) && IsHttp(resolved))
        {
            return resolved.AbsoluteUri;
        }

        return null;
    }

    private static bool IsHttp(Uri uri) => uri.Scheme is "http" or "https";
}
