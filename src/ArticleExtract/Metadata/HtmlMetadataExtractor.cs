using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Metadata;

/// <summary>
/// Reads the metadata of an HTML page from every source and merges them by trust: JSON-LD first,
/// then meta tags (Dublin Core, OpenGraph, article:*, Twitter, Parse.ly), then microdata and the
/// page itself (the &lt;title&gt;, the displayed byline, &lt;time&gt;, the URL, the text's language).
/// </summary>
internal static class HtmlMetadataExtractor
{
    public static ArticleMetadata Extract(IHtmlDocument document, ExtractionContext context) => Extract(document, PageScan.Of(document), context);

    /// <summary>Reads the metadata from the page's elements as <paramref name="scan"/> collected them from the untouched document.</summary>
    public static ArticleMetadata Extract(IHtmlDocument document, PageScan scan, ExtractionContext context)
    {
        context.ThrowIfCancellationRequested();
        var vocabulary = MetadataVocabulary.Shared;
        var meta = MetaTags.Read(scan);
        var jsonLd = JsonLd.Read(scan, vocabulary);
        var microdata = Microdata.Read(scan);
        context.ThrowIfCancellationRequested();

        var metadata = new ArticleMetadata
        {
            Excerpt = MetadataText.Clean(jsonLd?.Description
                ?? meta.First("dc:description", "og:description", "weibo:article:description", "weibo:webpage:description", "description", "twitter:description"))
                ?? LeadParagraph.Find(document, scan, vocabulary),
            SiteName = MetadataText.Clean(jsonLd?.Publisher ?? meta["og:site_name"]),
            Language = Language.Detect(document, meta, jsonLd),
        };
        metadata.CanonicalUrl = Urls.Canonical(scan, meta, jsonLd, context.BaseUrl);
        metadata.LeadImage = Urls.LeadImage(scan, meta, jsonLd, Urls.BaseFor(scan, context.BaseUrl, metadata.CanonicalUrl));
        metadata.Title = Title(document, scan, meta, jsonLd, microdata, SiteNames(meta, jsonLd, metadata.CanonicalUrl, context.BaseUrl), out var strippedSite, out var shownHeadline, out var postHeadline);
        metadata.ShownHeadline = shownHeadline;
        metadata.PostHeadline = postHeadline;
        metadata.SiteName ??= MetadataText.Clean(strippedSite);
        PageAuthors.Read(document, scan, meta, jsonLd, microdata, vocabulary, metadata);
        PageDates.Read(scan, meta, jsonLd, microdata, vocabulary, metadata);
        ReadTags(meta, jsonLd, metadata);
        return metadata;
    }

    /// <summary>
    /// Once the page type is known: an article's title is its visible headline where the metadata
    /// titles word it otherwise (<see cref="TitleChooser.ShownHeadline"/>), a post's heading over a title that is the
    /// site's own, an article's author the person the site is named after when it names none (<see cref="SiteOwner"/>),
    /// and the JSON-LD page object's
    /// publication date (<see cref="ArticleMetadata.PageObjectPublished"/>) takes its rank. After the
    /// classifier, which reads the title and the date as its model was trained on them.
    /// </summary>
    public static void Settle(ArticleMetadata metadata)
    {
        if (metadata.PageType == PageType.Article && metadata.ShownHeadline is { } headline)
        {
            metadata.Title = headline;
        }

        if (metadata.PageType is PageType.Article or PageType.Forum && metadata.PostHeadline is { } postHeadline)
        {
            metadata.Title = postHeadline;
        }

        if (metadata.PageType == PageType.Article && metadata.Authors.Count == 0 && metadata.Byline is null && SiteOwner.Name(metadata.SiteName, MetadataVocabulary.Shared) is { } owner)
        {
            metadata.Authors.Add(owner);
        }

        if (metadata.PageObjectPublished is { } published)
        {
            (metadata.Published, metadata.PublishedPrecision) = (published.Date, published.Precision);
        }
    }

    /// <summary>
    /// The headline as shown (<see cref="TitleChooser"/>) from the h1s and the metadata titles, in order of trust;
    /// the headlines the page type may settle on (<see cref="Settle"/>).
    /// </summary>
    private static string? Title(IHtmlDocument document, PageScan scan, MetaTags meta, JsonLd? jsonLd, Microdata microdata, List<string> siteNames,
        out string? strippedSite, out string? shownHeadline, out string? postHeadline)
    {
        var sources = new TitleSources(scan.H1s, MetaTitles(document, scan, meta, jsonLd, microdata), siteNames) { Headings = scan.H1sAndH2s };
        var title = MetadataText.Clean(TitleChooser.Choose(sources, out strippedSite));
        shownHeadline = MetadataText.Clean(TitleChooser.ShownHeadline(sources, title, MetadataVocabulary.Shared));
        postHeadline = MetadataText.Clean(TitleChooser.UnrelatedHeadline(sources, MetadataVocabulary.Shared));
        return title;
    }

    /// <summary>The page's metadata titles, cleaned, each once, in order of trust.</summary>
    private static List<string> MetaTitles(IHtmlDocument document, PageScan scan, MetaTags meta, JsonLd? jsonLd, Microdata microdata)
    {
        var titles = new List<string>();
        foreach (var candidate in (ReadOnlySpan<string?>)[
            JsonLdTitle(document, scan, jsonLd), meta["dc:title"], meta["og:title"], meta["weibo:article:title"], meta["weibo:webpage:title"],
            meta["title"], meta["twitter:title"], meta["parsely-title"], document.Title, microdata.Headline])
        {
            if (MetadataText.Clean(candidate) is { } clean && !titles.Contains(clean))
            {
                titles.Add(clean);
            }
        }

        titles.RemoveAll(title => titles.Exists(other => IsCutShort(title, other, MetadataVocabulary.Shared)));
        return titles;
    }

    /// <summary>
    /// The title is another cut short at a length limit ("... Solutions (Including" of "... Solutions (Including One
    /// Trick)"): long, and the other goes on from its end with a word, not a separator and the site's name.
    /// </summary>
    private static bool IsCutShort(string title, string other, MetadataVocabulary vocabulary)
    {
        if (title.Length < vocabulary.MinCutTitleLength || other.Length <= title.Length + 1 || !other.StartsWith(title, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = other.AsSpan(title.Length);
        return rest[0] == ' ' && char.IsLetterOrDigit(rest.TrimStart()[0]);
    }

    /// <summary>The names the site goes by: og:site_name, JSON-LD publisher, the application's name, the host of the page.</summary>
    private static List<string> SiteNames(MetaTags meta, JsonLd? jsonLd, string? canonical, Uri? baseUrl)
    {
        var names = new List<string>();
        foreach (var name in (ReadOnlySpan<string?>)[meta["og:site_name"], jsonLd?.Publisher, meta["application-name"], meta["apple-mobile-web-app-title"],
            HostOf(canonical), HostOf(meta["og:url"]), baseUrl?.Host])
        {
            if (MetadataText.Clean(name) is { } clean && !names.Contains(clean))
            {
                names.Add(clean);
            }
        }

        return names;
    }

    private static string? HostOf(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    /// <summary>When name and headline differ, the one like the page's title; name by default.</summary>
    private static string? JsonLdTitle(IHtmlDocument document, PageScan scan, JsonLd? jsonLd)
    {
        if (jsonLd is null)
        {
            return null;
        }

        if (jsonLd.Name is { } name && jsonLd.Headline is { } headline && name != headline)
        {
            var pageTitle = TitleCleaner.Clean(document, scan);
            var nameMatches = TitleCleaner.Similarity(name, pageTitle) > TitleMatchSimilarity;
            var headlineMatches = TitleCleaner.Similarity(headline, pageTitle) > TitleMatchSimilarity;
            return headlineMatches && !nameMatches ? headline : name;
        }

        return jsonLd.Headline ?? jsonLd.Name;
    }

    /// <summary>Above this word overlap a JSON-LD name or headline is taken to be the page's title.</summary>
    private const double TitleMatchSimilarity = 0.75;

    private static void ReadTags(MetaTags meta, JsonLd? jsonLd, ArticleMetadata metadata)
    {
        var tags = new List<string>();
        tags.AddRange(meta.All("article:tag"));
        tags.AddRange(meta.All("article:section"));
        foreach (var keywords in meta.All("keywords"))
        {
            tags.AddRange(keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        if (jsonLd is not null)
        {
            tags.AddRange(jsonLd.Keywords);
        }

        foreach (var tag in tags)
        {
            if (MetadataText.Clean(tag) is { } clean && !metadata.Tags.Contains(clean, StringComparer.OrdinalIgnoreCase))
            {
                metadata.Tags.Add(clean);
            }
        }
    }
}
