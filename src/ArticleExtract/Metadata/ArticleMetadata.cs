namespace ArticleExtract.Metadata;

/// <summary>The metadata gathered for one page while it is extracted (per call, mutable).</summary>
internal sealed class ArticleMetadata
{
    public string? Title { get; set; }

    /// <summary>The page's visible headline where it words the title otherwise: the title once the page is known to be an article.</summary>
    public string? ShownHeadline { get; set; }

    /// <summary>The page's one visible headline where the metadata titles say another subject (the site's own): the title once the page is known to be a post (an article, a thread).</summary>
    public string? PostHeadline { get; set; }

    public string? Byline { get; set; }

    public List<string> Authors { get; } = [];

    public DateTimeOffset? Published { get; set; }

    public DatePrecision PublishedPrecision { get; set; }

    /// <summary>
    /// The publication date of the JSON-LD's page object (a WebPage) when the JSON-LD describes no article:
    /// ranked above the dates the page shows, but set only after the classifier, whose model was trained
    /// without this source (it reads whether a page has a date).
    /// </summary>
    public FoundDate? PageObjectPublished { get; set; }

    public DateTimeOffset? Modified { get; set; }

    public DatePrecision ModifiedPrecision { get; set; }

    /// <summary>
    /// The shown byline with its element's lines apart ("Jane Doe · Board Owner" of "Jane Doe" over "Board Owner"):
    /// what its names and date are read from; null when it is <see cref="Byline"/> as shown.
    /// </summary>
    public string? BylineParts { get; set; }

    public string? Publisher { get; set; }

    public PageType PageType { get; set; }

    public double PageTypeConfidence { get; set; }

    public string? SiteName { get; set; }

    public string? Language { get; set; }

    public string? Excerpt { get; set; }

    public string? LeadImage { get; set; }

    public string? CanonicalUrl { get; set; }

    public List<string> Tags { get; } = [];
}
