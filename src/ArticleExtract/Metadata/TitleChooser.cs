using AngleSharp.Dom;
using ArticleExtract.Output;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// The headline as the page shows it: the visible h1 when the page's metadata titles agree with it
/// in substance (they often carry the site name besides), else the best metadata title with the site
/// name split off by <see cref="SiteNameStripper"/>.
/// </summary>
internal static partial class TitleChooser
{
    /// <summary>A heading longer than this (characters) is a paragraph set as a heading, not a headline.</summary>
    private const int MaxHeadlineLength = 300;

    /// <summary>Only the first this many h1s are read: the headline is among the first, and a page of thousands stays cheap.</summary>
    private const int MaxHeadings = 20;

    /// <summary>Above this share of its words found in a metadata title, a visible heading says the same as the title.</summary>
    private const double AgreeingShare = 0.8;

    /// <summary>The headline, and in <paramref name="siteName"/> the site name split off it (or null).</summary>
    public static string? Choose(TitleSources sources, out string? siteName) =>
        ChooseShown(sources, out siteName) is { } title ? FirstBarPart(HeadlineText(title, MetadataVocabulary.Shared)) : null;

    /// <summary>
    /// A title still in parts set off by bars or slashes once the site name is gone ("Headline | Tagline | Category",
    /// "Thread / Board"):
    /// the first part, when it has a headline's words, is the headline; the rest are the page's taglines.
    /// </summary>
    internal static string FirstBarPart(string title)
    {
        var segments = SiteNameStripper.Segments(title);
        if (segments.Count < 2 || title[segments[0].End..segments[1].Start].Trim() is not ("|" or "/"))
        {
            return title;
        }

        var first = title[segments[0].Start..segments[0].End].Trim();
        return WordCount(first) >= MinFirstPartWords ? first : title;
    }

    /// <summary>A first part of fewer words than this is a site's or a section's name, not the headline.</summary>
    private const int MinFirstPartWords = 2;

    /// <summary>
    /// The page's one visible headline when the chosen title words the same subject otherwise (the metadata
    /// titles written for search results, the h1 for the reader): taken when the page is an article
    /// (<see cref="HtmlMetadataExtractor.Settle"/>), else null.
    /// </summary>
    public static string? ShownHeadline(TitleSources sources, string? chosen, MetadataVocabulary vocabulary)
    {
        var headings = VisibleHeadings(sources);
        if (chosen is null || headings.Count != 1)
        {
            return null;
        }

        // A heading in parts set off by bars ("Headline | Tagline") is read as a title is: its first part.
        // A heading set in capitals is the layout's case: the title words the headline as written.
        var heading = FirstBarPart(headings[0]);
        return IsRewordedHeadline(heading, chosen, vocabulary) && !(IsSetInCapitals(heading) && !IsSetInCapitals(chosen))
            && !ShowsTitleInSubheading(sources, chosen) ? heading : null;
    }

    /// <summary>
    /// A visible h2 says the chosen title word for word: the page shows the title's own words as a heading,
    /// and the one h1 worded otherwise is a banner or a pull quote beside it.
    /// </summary>
    private static bool ShowsTitleInSubheading(TitleSources sources, string chosen)
    {
        var seen = 0;
        foreach (var heading in sources.Headings)
        {
            if (heading.LocalName != "h2" || IsHidden(heading))
            {
                continue;
            }

            if (++seen > MaxHeadings)
            {
                return false;
            }

            if (Fold(heading.TextContent) is { Length: > 0 } text && text == Fold(chosen))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The heading is a headline of its own beside the title: not the title nor a part of it (nor the
    /// title with its words glued, "WEEKENDCODING AGENT", nor the title after a date), of a headline's words, and about the same
    /// thing (a share of the title's words in it).
    /// </summary>
    private static bool IsRewordedHeadline(string heading, string title, MetadataVocabulary vocabulary)
    {
        var foldedHeading = Fold(heading);
        var foldedTitle = Fold(title);
        return !foldedTitle.Contains(foldedHeading, StringComparison.Ordinal)
            && !OpensWithDateline(foldedHeading, foldedTitle)
            && !foldedTitle.Replace(" ", "", StringComparison.Ordinal).Contains(foldedHeading.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal)
            && WordCount(heading) >= vocabulary.MinShownHeadlineWords
            && TitleCleaner.Similarity(heading, title) >= vocabulary.MinShownHeadlineShare
            && SharedWords(foldedHeading, foldedTitle) >= vocabulary.MinShownHeadlineSharedWords;
    }

    /// <summary>How many different words (runs of letters and digits) two texts have in common.</summary>
    private static int SharedWords(string a, string b) => DistinctWords.Shared(DistinctWords.Of(a), DistinctWords.Of(b));

    private static string? ChooseShown(TitleSources sources, out string? siteName)
    {
        siteName = null;
        var headings = VisibleHeadings(sources);

        // A visible headline that a metadata title says too (with or without the site name) is the headline as shown.
        foreach (var heading in headings)
        {
            foreach (var title in sources.MetaTitles)
            {
                if (Agrees(heading, title))
                {
                    var stripped = SiteNameStripper.Strip(title, sources.SiteNames, headings, out siteName);
                    return IsSetInCapitals(heading) && !IsSetInCapitals(stripped) && stripped.Length > 0
                        ? stripped
                        : ShownOverFuller(heading, stripped);
                }
            }
        }

        // A title that says only a page's generic name ("Shop") yields to one that says more ("Shop - Acme Garden").
        string? generic = null;
        string? genericSite = null;
        foreach (var title in sources.MetaTitles)
        {
            var stripped = SiteNameStripper.Strip(title, sources.SiteNames, headings, out siteName);
            if (stripped.Length > 0 && MetadataVocabulary.Shared.IsGenericPageName(stripped))
            {
                (generic, genericSite) = (generic ?? stripped, genericSite ?? siteName);
            }
            else if (stripped.Length > 0)
            {
                return stripped;
            }
        }

        siteName = genericSite;
        return generic ?? (headings.Count > 0 ? headings[0] : null);
    }

    /// <summary>
    /// The page's one visible heading when no metadata title words its subject (<see cref="IsUnrelatedToTitles"/>):
    /// taken when the page is a post, an article or a thread (<see cref="HtmlMetadataExtractor.Settle"/>), else null.
    /// A service's or a shop's h1 beside its own title is a slogan ("Bring your strategy to life").
    /// </summary>
    public static string? UnrelatedHeadline(TitleSources sources, MetadataVocabulary vocabulary)
    {
        var headings = VisibleHeadings(sources);
        return headings.Count == 1 && IsUnrelatedToTitles(headings[0], sources.MetaTitles, vocabulary) ? FirstBarPart(headings[0]) : null;
    }

    /// <summary>
    /// The page's one heading is a headline of its words and every metadata title is the site's own, its name
    /// in front of a tagline, that words no subject of the heading ("Acme - The heart of the internet" over a thread's heading).
    /// </summary>
    private static bool IsUnrelatedToTitles(string heading, IReadOnlyList<string> titles, MetadataVocabulary vocabulary) =>
        titles.Count > 0 && WordCount(heading) >= vocabulary.MinUnrelatedHeadlineWords
        && titles.All(title => SiteNameStripper.IsNameAndTagline(title) && !SharesSubjectWord(heading, title, vocabulary.MinSubjectWordLetters));

    /// <summary>The two texts have a word of at least <paramref name="minLetters"/> letters in common.</summary>
    private static bool SharesSubjectWord(string a, string b, int minLetters)
    {
        var other = DistinctWords.Of(Fold(b));
        return DistinctWords.Of(Fold(a)).Any(word => word.Length >= minLetters && other.Contains(word));
    }

    /// <summary>
    /// The heading as shown, also where the agreeing title holds it with words more ("Standing Desks" in
    /// "Height Adjustable Standing Desks", "Recent Trends" in "8 Recent Trends"): the headline is what the page
    /// shows. Only a heading that is a date and then the title (<see cref="OpensWithDateline"/>) yields to the title.
    /// </summary>
    private static string ShownOverFuller(string heading, string stripped) =>
        OpensWithDateline(Fold(heading), Fold(stripped)) ? stripped : heading;

    /// <summary>
    /// The heading is a date and then the title ("Dec 18 2025 Preparing a Transition"): the page set its
    /// dateline in the heading's element; the title says the headline alone.
    /// </summary>
    private static bool OpensWithDateline(string foldedHeading, string foldedTitle) =>
        foldedTitle.Length > 0 && foldedHeading.Length > foldedTitle.Length
        && foldedHeading.EndsWith(" " + foldedTitle, StringComparison.Ordinal)
        && IsDateline(foldedHeading[..^foldedTitle.Length]);

    /// <summary>
    /// The heading is set in capitals ("BEST DRIP COFFEE MAKERS"), the layout's case, not the headline's:
    /// a metadata title saying the same in ordinary case words it as written.
    /// </summary>
    private static bool IsSetInCapitals(string text) =>
        text.Any(char.IsUpper) && !text.Any(char.IsLower);

    /// <summary>Folded words that are only a date: month names and numbers, a month among them ("dec 18 2025", ", december 2025").</summary>
    private static bool IsDateline(string folded)
    {
        var hasMonth = false;
        foreach (var word in folded.Split([' ', ',', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var isMonth = MetadataVocabulary.Shared.MonthLookup.ContainsKey(word.TrimEnd('.'));
            if (!isMonth && !word.All(char.IsAsciiDigit))
            {
                return false;
            }

            hasMonth |= isMonth;
        }

        return hasMonth;
    }

    /// <summary>The texts of visible h1 headings: not empty, not too long, not the site's name (a logo set as h1: <see cref="IsLogoHeading"/>).</summary>
    private static List<string> VisibleHeadings(TitleSources sources)
    {
        var (h1s, siteNames) = (sources.H1s, sources.SiteNames);
        var headings = new List<string>();
        for (var i = 0; i < h1s.Count && i < MaxHeadings; i++)
        {
            var h1 = h1s[i];
            if (IsHidden(h1))
            {
                continue;
            }

            var text = SiteNameStripper.WithoutTrailingSiteName(
                HeadlineText(TextNormalizer.CollapseWhitespace(MetadataText.RepairMojibake(h1.TextContent)), MetadataVocabulary.Shared), siteNames);
            if (text.Length == 0 || text.Length > MaxHeadlineLength || IsLogoHeading(text, sources) || headings.Contains(text))
            {
                continue;
            }

            headings.Add(text);
        }

        return headings;
    }

    /// <summary>
    /// The heading is the site's name set as a heading (a logo): a name the site goes by as written, or one
    /// like its host's ("Acme Docs" on docs.acme.org) standing where a site name stands, at the end of a title
    /// of parts. A name that only opens with the host's and stands elsewhere ("Acme Studio Community" on
    /// acme.com, the title's first part) names a product, the page's subject.
    /// </summary>
    private static bool IsLogoHeading(string text, TitleSources sources) =>
        SiteNameStripper.IsSiteNameAsWritten(text, sources.SiteNames)
        || (SiteNameStripper.IsSiteName(text, sources.SiteNames) && sources.MetaTitles.Any(title => SiteNameStripper.EndsWithPart(title, text)));

    /// <summary>The heading or one of its ancestors is hidden, a script's template or a dialog.</summary>
    private static bool IsHidden(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (BylineElement.IsSkipped(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The heading and the metadata title say the same: equal when folded, or nearly all the
    /// heading's words are in the title and they are most of the title once its site name is off.
    /// </summary>
    internal static bool Agrees(string heading, string title)
    {
        var h = Fold(heading);
        var t = Fold(title);
        if (h.Length == 0 || t.Length == 0)
        {
            return false;
        }

        if (h == t)
        {
            return true;
        }

        if (IsLeadingRun(h, t))
        {
            return true;
        }

        return TitleCleaner.Similarity(title, heading) >= AgreeingShare && TitleCleaner.Similarity(heading, title) >= AgreeingShare / 2;
    }

    /// <summary>The title opens with the heading, which ends there and not inside a word ("Headline | Site", "Headline, and more").</summary>
    private static bool IsLeadingRun(string heading, string title)
    {
        if (!title.StartsWith(heading, StringComparison.Ordinal))
        {
            return false;
        }

        return !char.IsLetterOrDigit(title[heading.Length]);
    }

    /// <summary>Lower case, quotes and dashes folded, whitespace collapsed: the form titles are compared in.</summary>
    internal static string Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormKC))
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201a' or '\u201b' or '\u2032' => '\'',
                '\u201c' or '\u201d' or '\u201e' or '\u201f' or '\u2033' => '"',
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return TextNormalizer.CollapseWhitespace(builder.ToString());
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>What the title is chosen from: the visible h1s, the metadata titles by trust, the site names known.</summary>
internal sealed record TitleSources(IReadOnlyList<IElement> H1s, IReadOnlyList<string> MetaTitles, IReadOnlyList<string> SiteNames)
{
    /// <summary>The h1s and h2s in document order (<see cref="PageScan.H1sAndH2s"/>).</summary>
    public IReadOnlyList<IElement> Headings { get; init; } = [];
}
