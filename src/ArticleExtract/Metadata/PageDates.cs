namespace ArticleExtract.Metadata;

/// <summary>
/// The published and modified dates of an HTML page, each from the most trusted place that gives
/// one: JSON-LD, then the meta tags of <c>metadata.txt</c> (in its order), then microdata and
/// &lt;time pubdate&gt;, then the dates the page shows (<see cref="VisibleDates"/>), then the URL's path.
/// Published and modified are kept apart; each keeps the precision it was given with.
/// </summary>
internal static class PageDates
{
    public static void Read(PageScan scan, MetaTags meta, JsonLd? jsonLd, Microdata microdata, MetadataVocabulary vocabulary, ArticleMetadata metadata)
    {
        var published = First(jsonLd?.DatePublished);
        foreach (var name in vocabulary.PublishedMetaNames)
        {
            published ??= First(meta[name]);
        }

        published ??= First(microdata.DatePublished) ?? First(microdata.TimeElement) ?? First(jsonLd?.PageDatePublished);

        var modified = First(jsonLd?.DateModified);
        foreach (var name in vocabulary.ModifiedMetaNames)
        {
            modified ??= First(meta[name]);
        }

        modified ??= First(microdata.DateModified) ?? First(jsonLd?.PageDateModified);

        if (published is null)
        {
            var (shownPublished, shownModified) = VisibleDates.Find(scan, vocabulary);
            published = shownPublished;
            modified ??= shownModified;
        }

        if (published is null && modified is null && Dates.TryParseUrl(metadata.CanonicalUrl, out var fromUrl))
        {
            published = new FoundDate(fromUrl, DatePrecision.Day);
        }

        metadata.Published = published?.Date;
        metadata.PublishedPrecision = published?.Precision ?? DatePrecision.None;
        metadata.Modified = modified?.Date;
        metadata.ModifiedPrecision = modified?.Precision ?? DatePrecision.None;
    }

    /// <summary>The date of a machine value (meta content, JSON-LD), read by the one date reader; null when it holds none.</summary>
    private static FoundDate? First(string? value) =>
        value is not null && Dates.TryRead(MetadataText.Unescape(value), out var date, out var precision) ? new FoundDate(date, precision) : null;
}
