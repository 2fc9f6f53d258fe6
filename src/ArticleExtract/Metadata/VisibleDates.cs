using AngleSharp.Dom;
using ArticleExtract.Html;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>A date found on a page, with its precision.</summary>
internal readonly record struct FoundDate(DateTimeOffset Date, DatePrecision Precision);

/// <summary>
/// The dates a page shows: &lt;time datetime&gt; elements and short datelines ("Published: 12 March 2025",
/// "Last updated: Dec 12, 2025", "Stand: 12.03.2025"), read in page order outside page furniture
/// (menus, sidebars, comments, related lists, footers), the first publication and the first update.
/// </summary>
internal static class VisibleDates
{
    /// <summary>A dateline is shorter than this (characters); longer text is prose that mentions a date.</summary>
    private const int MaxDatelineLength = 100;

    /// <summary>A dateline is an element with at most this many elements in it (itself included).</summary>
    internal const int MaxLineElements = 12;

    /// <summary>The first published and the first modified date the page shows (either may be null).</summary>
    public static (FoundDate? Published, FoundDate? Modified) Find(PageScan scan, MetadataVocabulary vocabulary)
    {
        FoundDate? published = null;
        FoundDate? modified = null;
        if (scan.Elements is not { } tree)
        {
            return (null, null);
        }

        var matchText = new MatchText();
        for (var i = 0; i < tree.Count && published is null; i++)
        {
            var element = tree[i];
            var attributes = MarkupAttributes.Of(element);
            if (element.LocalName is "head" or "footer" or "nav" or "aside" || BylineElement.IsSkipped(element, attributes)
                || BylineElement.IsUnlikelyCandidateInHeaders(element, attributes, matchText.Of(attributes), vocabulary))
            {
                i = tree.End(i) - 1;
                continue;
            }

            // A dateline is a small element: a large one is not read (its text would be walked once per ancestor).
            if (tree.End(i) - i > MaxLineElements || Read(element, vocabulary) is not { } found)
            {
                continue;
            }

            if (found.IsModified)
            {
                modified ??= found.Date;
            }
            else
            {
                published = found.Date;
            }

            // The dateline is read whole: its parts are not read again.
            i = tree.End(i) - 1;
        }

        return (published, modified);
    }

    /// <summary>The date of a &lt;time datetime&gt;, or of a short element that is a dateline; null when it is neither.</summary>
    private static (FoundDate Date, bool IsModified)? Read(IElement element, MetadataVocabulary vocabulary)
    {
        if (element.LocalName == "time" && element.GetAttribute("datetime") is { } datetime
            && Dates.TryParseMachine(datetime, out var machine, out var machinePrecision))
        {
            return (new FoundDate(machine, machinePrecision), IsModifiedTime(element, vocabulary));
        }

        // An element holding a <time datetime> leaves the date to it (the machine value is exact).
        var length = BylineElement.TrimmedTextLength(element, MaxDatelineLength);
        if (length is 0 or >= MaxDatelineLength || element.QuerySelector("time[datetime]") is not null)
        {
            return null;
        }

        var text = TextNormalizer.CollapseWhitespace(element.TextContent);
        return LineMetadata.TryParseDateline(text, out var date, out var isModified, out var precision)
            ? (new FoundDate(date, precision), isModified)
            : null;
    }

    /// <summary>A &lt;time&gt; whose class says it shows an update ("updated", "modified").</summary>
    private static bool IsModifiedTime(IElement time, MetadataVocabulary vocabulary)
    {
        var classes = time.GetAttribute("class");
        if (classes is null)
        {
            return false;
        }

        foreach (var token in vocabulary.ModifiedClassTokens)
        {
            if (classes.Contains(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
