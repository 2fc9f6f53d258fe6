using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// Splits the site name off a metadata title ("Headline | Site", "Site » Headline", "Headline – Site"):
/// by the site names the page gives (og:site_name, JSON-LD publisher, application-name, its host),
/// by the visible heading when it is one run of the title's parts, else by where a site name usually stands.
/// </summary>
internal static class SiteNameStripper
{
    /// <summary>A part of a title this many words or fewer may be a site name standing in front ("Site | Headline").</summary>
    private const int MaxLeadingSiteWords = 3;

    /// <summary>A part this many words or fewer may be the site's name when it opens or ends with the host's name ("Google Cloud").</summary>
    private const int MaxSiteWords = 3;

    /// <summary>A host label shorter than this is not compared with a title's parts ("co", "my").</summary>
    private const int MinHostLabelLength = 4;

    /// <summary>The title without its site name; <paramref name="siteName"/> gets what was cut when it is known as the site's name (or null).</summary>
    public static string Strip(string title, IReadOnlyList<string> siteNames, IReadOnlyList<string> headings, out string? siteName)
    {
        siteName = null;
        if (LacksHeadline(title, out var onlySite))
        {
            siteName = onlySite;
            return "";
        }

        var segments = Segments(title);
        if (segments.Count == 1)
        {
            return StripColonPrefix(title, siteNames, ref siteName);
        }

        var first = 0;
        var last = segments.Count - 1;
        var known = false;

        // "Home | Acme", "Acme - Shop": a part that only names a generic page is no headline; the rest names the page.
        while (last > first && MetadataVocabulary.Shared.IsGenericPageName(Text(title, segments, first, first)))
        {
            first++;
        }

        while (last > first && MetadataVocabulary.Shared.IsGenericPageName(Text(title, segments, last, last)))
        {
            last--;
        }

        while (last > first + 1 && IsRepeatedPart(title, segments, last))
        {
            // "Headline – Site - Site": a part written twice at the end is the site's name.
            siteName ??= Text(title, segments, last, last);
            last -= 2;
            known = true;
        }

        while (last > first && IsSiteName(Text(title, segments, last, last), siteNames))
        {
            siteName ??= Text(title, segments, last, last);
            last--;
            known = true;
        }

        while (last > first && IsSiteName(Text(title, segments, first, first), siteNames))
        {
            siteName ??= Text(title, segments, first, first);
            first++;
            known = true;
        }

        // The visible heading is one run of the parts: that run is the headline.
        foreach (var heading in headings)
        {
            var folded = TitleChooser.Fold(heading);
            for (var a = first; a <= last; a++)
            {
                for (var b = a; b <= last; b++)
                {
                    if (TitleChooser.Fold(Text(title, segments, a, b)) == folded)
                    {
                        return Text(title, segments, a, b);
                    }
                }
            }
        }

        if (!known && last > first)
        {
            // Cut where a site name usually stands; not reported as the site's name, which is only a guess.
            if (IsLeadingSiteName(title, segments, first, last))
            {
                first++;
            }
            else if (IsTrailingSiteName(title, segments, first, last))
            {
                last--;
            }
        }

        return Text(title, segments, first, last);
    }

    /// <summary>
    /// A heading that ends with a separator and the site's known name ("Headline – Acme"): the page set its
    /// title in the heading too; the headline is what stands before.
    /// </summary>
    public static string WithoutTrailingSiteName(string heading, IReadOnlyList<string> siteNames)
    {
        var segments = Segments(heading);
        var last = segments.Count - 1;
        return last > 0 && IsSiteName(Text(heading, segments, last, last), siteNames) ? Text(heading, segments, 0, last - 1) : heading;
    }

    /// <summary>A title of two parts, the first as short as a site's name ("Acme - The heart of the internet"): how a site titles its own pages.</summary>
    public static bool IsNameAndTagline(string title)
    {
        var segments = Segments(title);
        return segments.Count == 2 && WordCount(Text(title, segments, 0, 0)) <= MaxLeadingSiteWords;
    }

    /// <summary>"Site: Headline" when the part before the colon is a known site name.</summary>
    private static string StripColonPrefix(string title, IReadOnlyList<string> siteNames, ref string? siteName)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || title.Length - colon <= 2)
        {
            return title;
        }

        if (IsSiteName(title[..colon], siteNames))
        {
            siteName = title[..colon];
            return title[(colon + 2)..].Trim();
        }

        return title;
    }

    /// <summary>The part says the same as the part before it, letter for letter.</summary>
    private static bool IsRepeatedPart(string title, List<(int Start, int End)> segments, int index) =>
        Letters(Text(title, segments, index, index)) is { Length: > 0 } letters && letters == Letters(Text(title, segments, index - 1, index - 1));

    /// <summary>
    /// A short first part before a much longer rest, set off by a bar or a guillemet ("Leadfeeder | State of SEO
    /// in 2026"): a site's name in front of the headline.
    /// </summary>
    private static bool IsLeadingSiteName(string title, List<(int Start, int End)> segments, int first, int last)
    {
        var head = WordCount(Text(title, segments, first, first));
        var rest = WordCount(Text(title, segments, first + 1, last));
        var separator = title[segments[first].End..segments[first + 1].Start].Trim();
        return head <= MaxLeadingSiteWords && rest >= 2 * head + 2 && separator is "|" or "»" or "::" or ">";
    }

    /// <summary>
    /// An unknown last part shorter than the rest, which keeps a headline of two words or more
    /// ("Top 11 SEO Strategies for 2025 | LuccaAM"): where a site's name usually stands.
    /// </summary>
    private static bool IsTrailingSiteName(string title, List<(int Start, int End)> segments, int first, int last)
    {
        var tail = WordCount(Text(title, segments, last, last));
        var rest = WordCount(Text(title, segments, first, last - 1));
        return tail < rest && rest >= MinHeadlineWords;
    }

    /// <summary>
    /// The title opens or ends with a separator with nothing on its other side ("| Acme Magazine"): the
    /// site's template left the headline out, and what is there is the site's name.
    /// </summary>
    private static bool LacksHeadline(string title, out string siteName)
    {
        var trimmed = title.Trim();
        siteName = "";
        if (trimmed.Length < 3)
        {
            return false;
        }

        if (SeparatorLength(" " + trimmed, 1) is var lead && lead > 0 && trimmed[lead] == ' ')
        {
            siteName = trimmed[lead..].Trim();
        }
        else if (SeparatorLength(trimmed + " ", trimmed.Length - 1) == 1 && trimmed[^2] == ' ')
        {
            siteName = trimmed[..^1].Trim();
        }

        return siteName.Any(char.IsLetterOrDigit);
    }

    /// <summary>A headline left after an unknown site name is cut has at least this many words.</summary>
    private const int MinHeadlineWords = 2;

    /// <summary>The text is one of the page's site names, or its host's name written out ("Journey To College" for journeytocollege.mo.gov).</summary>
    public static bool IsSiteName(string text, IReadOnlyList<string> siteNames)
    {
        var letters = Letters(text);
        if (letters.Length == 0)
        {
            return false;
        }

        foreach (var site in siteNames)
        {
            var siteLetters = Letters(site);
            if (siteLetters.Length == 0)
            {
                continue;
            }

            if (letters == siteLetters || (IsHost(site) && HostMatches(letters, site, WordCount(text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text is one of the page's site names as written, or a label of its host ("Acme" on acme.com); not a
    /// name that only opens with the host's ("Acme Community", a product's on acme.com): a heading that says so names its page.
    /// </summary>
    public static bool IsSiteNameAsWritten(string text, IReadOnlyList<string> siteNames)
    {
        var letters = Letters(text);
        return letters.Length > 0 && siteNames.Any(site => Letters(site) is { Length: > 0 } siteLetters
            && (letters == siteLetters || (IsHost(site) && site.Split('.').Any(label => Letters(label) == letters))));
    }

    /// <summary>The title is of two parts or more and its last part says <paramref name="text"/> ("Quick Start — Acme Docs").</summary>
    public static bool EndsWithPart(string title, string text)
    {
        var segments = Segments(title);
        return segments.Count >= 2 && Letters(Text(title, segments, segments.Count - 1, segments.Count - 1)) == Letters(text);
    }

    /// <summary>A host name ("www.example.com") among the site names.</summary>
    private static bool IsHost(string site) => !site.Contains(' ', StringComparison.Ordinal) && site.Contains('.', StringComparison.Ordinal);

    /// <summary>The part's letters are a label of the host, or hold its main label ("Google Cloud" on cloud.google.com).</summary>
    private static bool HostMatches(string letters, string host, int words)
    {
        var labels = host.Split('.');
        for (var i = 0; i < labels.Length - 1; i++)
        {
            var label = Letters(labels[i]);
            if (label.Length < MinHostLabelLength || label == "www")
            {
                continue;
            }

            if (letters == label || (words <= MaxSiteWords && (letters.StartsWith(label, StringComparison.Ordinal) || letters.EndsWith(label, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lower-case letters and digits of a text, nothing else.</summary>
    private static string Letters(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The parts of a title between separators set off by spaces (" | ", " - ", " – ", " — ", " · ", " • ", " » ", " :: ").</summary>
    internal static List<(int Start, int End)> Segments(string title)
    {
        var segments = new List<(int, int)>();
        var start = 0;
        for (var i = 1; i + 1 < title.Length; i++)
        {
            var length = SeparatorLength(title, i);
            if (length > 0 && title[i - 1] == ' ' && i + length < title.Length && title[i + length] == ' ')
            {
                // Nothing between two separators in a row ("Headline | - Site"): no part, and no fault.
                if (i - 1 > start && title.AsSpan(start, i - 1 - start).Trim().Length > 0)
                {
                    segments.Add((start, i - 1));
                    start = i + length + 1;
                }

                i += length;
            }
        }

        segments.Add((start, title.Length));
        return segments;
    }

    private static int SeparatorLength(string title, int i) =>
        title[i] is '|' or '-' or '–' or '—' or '·' or '•' or '»' or '/' or '~' or '>' ? 1
        : title[i] == ':' && i + 1 < title.Length && title[i + 1] == ':' ? 2
        : 0;

    private static string Text(string title, List<(int Start, int End)> segments, int from, int to) =>
        TextNormalizer.CollapseWhitespace(title[segments[from].Start..segments[to].End]);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
