namespace ArticleExtract.Metadata;

/// <summary>
/// The published and modified dates of an HTML page, each from the most trusted place that gives
/// one: JSON-LD, then the meta tags of <c>metadata.txt</c> (in its order), then microdata and
/// &lt;time pubdate&gt;, then the JSON-LD's page object (its WebPage), then the dates the page shows (<see cref="VisibleDates"/>), then the URL's path.
/// Published and modified are kept apart; each keeps the precision it was given with.
/// </summary>
internal static class PageDates
{
    /// <summary>The westmost offset of a time zone in use.</summary>
    private static readonly TimeSpan EarliestZone = TimeSpan.FromHours(-12);

    /// <summary>The eastmost offset of a time zone in use.</summary>
    private static readonly TimeSpan LatestZone = TimeSpan.FromHours(14);

    public static void Read(PageScan scan, MetaTags meta, JsonLd? jsonLd, Microdata microdata, MetadataVocabulary vocabulary, ArticleMetadata metadata)
    {
        var published = First(jsonLd?.DatePublished);
        foreach (var name in vocabulary.PublishedMetaNames)
        {
            published ??= First(meta[name]);
        }

        (string? Published, string? Modified) pageDates = jsonLd is null ? JsonLd.PageDates(scan) : (jsonLd.PageDatePublished, jsonLd.PageDateModified);
        published ??= First(microdata.DatePublished) ?? First(microdata.TimeElement);

        // The page object of a JSON-LD that describes no article dates the page after the classifier (see ArticleMetadata.PageObjectPublished).
        var pageObjectPublished = published is null && jsonLd is null ? First(pageDates.Published) : null;
        published ??= First(jsonLd?.PageDatePublished);

        var modified = First(jsonLd?.DateModified);
        foreach (var name in vocabulary.ModifiedMetaNames)
        {
            modified ??= First(meta[name]);
        }

        modified ??= First(microdata.DateModified) ?? First(pageDates.Modified);

        // The dates the page shows, read once: what the metadata lacks, checks what it gives.
        var shownDates = VisibleDates.Find(scan, vocabulary);
        if (published is null)
        {
            published = shownDates.Published;
            modified ??= shownDates.Modified;
        }
        else
        {
            if (shownDates.Published is { } shown && IsEarlierShownPublication(published.Value, shown))
            {
                // The machine date is a later one (a republication, an update given as the publication): the page shows when it first came out.
                modified ??= published;
                published = shown;
            }
            else if (IsUniversalInstant(published.Value))
            {
                published = LocalDayAsShown(published.Value, shownDates.Published, vocabulary, metadata.CanonicalUrl);
            }

            if (shownDates.Modified is { } shownUpdate && modified is { } machineUpdate && IsOtherShownDay(machineUpdate, shownUpdate))
            {
                // The page shows another update day than its metadata: the reader's "Updated" is the one the page stands by.
                modified = shownUpdate;
            }
        }

        published ??= DateInByline(metadata.BylineParts ?? metadata.Byline, vocabulary);
        if (published is null && modified is null && Dates.TryParseUrl(metadata.CanonicalUrl, out var fromUrl))
        {
            published = new FoundDate(fromUrl, DatePrecision.Day);
        }

        if (pageObjectPublished is { } pageObject)
        {
            metadata.PageObjectPublished = IsUniversalInstant(pageObject) ? LocalDayAsShown(pageObject, shownDates.Published, vocabulary, metadata.CanonicalUrl) : pageObject;
        }

        metadata.Published = published?.Date;
        metadata.PublishedPrecision = published?.Precision ?? DatePrecision.None;
        metadata.Modified = modified?.Date;
        metadata.ModifiedPrecision = modified?.Precision ?? DatePrecision.None;
    }

    /// <summary>
    /// The publication date the byline shows beside the name ("By Jane Doe - Mar 27, 2024",
    /// "Dec. 19, 2025 · Jane Doe"): the first part between separators that is a dateline of a publication.
    /// </summary>
    private static FoundDate? DateInByline(string? byline, MetadataVocabulary vocabulary)
    {
        if (byline is null)
        {
            return null;
        }

        foreach (var part in byline.Split(vocabulary.BylineSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LineMetadata.TryParseDateline(part, out var date, out var isModified, out var precision) && !isModified)
            {
                return new FoundDate(date, precision);
            }

            // A machine date on a line of its own under the name ("Jane Doe" over "2022-11-23T08:10+02:00").
            if (char.IsAsciiDigit(part[0]) && Dates.TryParseMachine(part, out var machine, out var machinePrecision))
            {
                return new FoundDate(machine, machinePrecision);
            }
        }

        // A machine date the layout glued to the name ("Jane Doe2022-11-23T08:10+02:00").
        for (var i = 1; i < byline.Length; i++)
        {
            if (char.IsLetter(byline[i - 1]) && char.IsAsciiDigit(byline[i]) && Dates.TryParseMachine(byline[i..].Trim(), out var glued, out var gluedPrecision))
            {
                return new FoundDate(glued, gluedPrecision);
            }
        }

        return null;
    }

    /// <summary>
    /// The page shows a publication day at least two days before the machine date's day (no time zone
    /// makes them the same day): the machine date dates a later version of the page.
    /// </summary>
    private static bool IsEarlierShownPublication(FoundDate machine, FoundDate shown) =>
        shown.Precision >= DatePrecision.Day && shown.Date.Date < machine.Date.Date.AddDays(-1);

    /// <summary>A shown day of at least day precision that no time zone makes the machine date's day.</summary>
    private static bool IsOtherShownDay(FoundDate machine, FoundDate shown) =>
        shown.Precision >= DatePrecision.Day && (shown.Date.Date - machine.Date.Date).Duration() > TimeSpan.FromDays(1);

    /// <summary>
    /// A date-time given in universal time (offset zero): the day it names may not be the day the page
    /// shows, which is the publisher's local day ("2025-12-19T02:41Z" shown as "December 18, 2025").
    /// </summary>
    private static bool IsUniversalInstant(FoundDate date) =>
        date.Precision == DatePrecision.Time && date.Date.Offset == TimeSpan.Zero;

    /// <summary>
    /// The publication as the page shows it: the first date the page shows (or its URL's path gives),
    /// when it is the same instant seen in another time zone, that is, a day that some time zone
    /// (UTC-12 to UTC+14) gives the universal instant; otherwise the instant as it was.
    /// </summary>
    private static FoundDate LocalDayAsShown(FoundDate instant, FoundDate? shown, MetadataVocabulary vocabulary, string? url)
    {
        if (shown is null && Dates.TryParseUrl(url, out var fromUrl))
        {
            shown = new FoundDate(fromUrl, DatePrecision.Day);
        }

        return shown is { } local && IsSameInstantElsewhere(instant.Date, local, vocabulary.SameInstant) ? local : instant;
    }

    /// <summary>
    /// A shown day other than the universal day that a time zone between UTC-12 and UTC+14 gives the
    /// instant; a shown time must be the instant itself.
    /// </summary>
    private static bool IsSameInstantElsewhere(DateTimeOffset instant, FoundDate shown, TimeSpan sameInstant)
    {
        if (shown.Precision < DatePrecision.Day || (shown.Precision == DatePrecision.Time && (shown.Date - instant).Duration() >= sameInstant))
        {
            return false;
        }

        var day = shown.Date.Date;
        var universal = instant.UtcDateTime;
        return day != universal.Date && day >= universal.Add(EarliestZone).Date && day <= universal.Add(LatestZone).Date;
    }

    /// <summary>The date of a machine value (meta content, JSON-LD), read by the one date reader; null when it holds none.</summary>
    private static FoundDate? First(string? value) =>
        value is not null && Dates.TryRead(MetadataText.Unescape(value), out var date, out var precision) ? new FoundDate(date, precision) : null;
}
