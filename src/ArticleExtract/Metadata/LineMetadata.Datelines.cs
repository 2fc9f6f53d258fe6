using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>Datelines read from one line of text: "Published: 20 March 2023", "March 3, 2025 by Jane Doe".</summary>
internal static partial class LineMetadata
{
    /// <summary>
    /// True when the line is a dateline ("Published 21 March 2023", "Updated: 2023-03-21 10:00");
    /// <paramref name="date"/> holds the date and <paramref name="isModified"/> tells an update from a publication.
    /// </summary>
    public static bool TryParseDateline(ReadOnlySpan<char> line, out DateTimeOffset date, out bool isModified) =>
        TryParseDateline(line, out date, out isModified, out _);

    /// <summary><see cref="TryParseDateline(ReadOnlySpan{char}, out DateTimeOffset, out bool)"/>, with the precision of the date.</summary>
    public static bool TryParseDateline(ReadOnlySpan<char> line, out DateTimeOffset date, out bool isModified, out DatePrecision precision)
    {
        date = default;
        precision = DatePrecision.None;
        isModified = false;
        if (!Dates.MayHoldDate(line))
        {
            return false;
        }

        var vocabulary = MetadataVocabulary.Shared;
        var text = TextNormalizer.CollapseWhitespace(line.ToString());
        if (text.Length == 0 || text.Length > MaxLineLength)
        {
            return false;
        }

        var label = LeadingLabel(text, vocabulary, out var labelIsModified);
        var rest = label > 0 ? text[label..] : text;
        if (!Dates.TryParseText(rest, out date, out precision))
        {
            return false;
        }

        // A date said relative to the reading ("Updated 5 hours ago", "3 days ago, 2 comments") is no dateline.
        if (Dates.IsRelative(text, vocabulary))
        {
            (date, precision) = (default, DatePrecision.None);
            return false;
        }

        // Without a label the line must be little more than the date itself.
        if (label == 0 && !IsMostlyDate(rest))
        {
            date = default;
            return false;
        }

        isModified = labelIsModified;
        return true;
    }

    /// <summary>
    /// A dateline, or a header line of text mode that gives the date beside a byline or a reading time: "By Jane Doe on
    /// March 3, 2025", "March 3, 2025 by Jane Doe", "March 15, 2022 · 3 min read · By Jane Doe".
    /// </summary>
    public static bool TryParseDatelinePart(ReadOnlySpan<char> line, out DateTimeOffset date, out bool isModified, out DatePrecision precision)
    {
        // Every form holds a date, and every date a figure (Dates.MayHoldDate): a line without one is read no further
        // (the screen is checked against the plain parse on every line of the text corpora: LineMetadataScreenTests).
        (date, isModified, precision) = (default, false, DatePrecision.None);
        return Dates.MayHoldDate(line) && ParseDatelinePart(line, out date, out isModified, out precision);
    }

    /// <summary><see cref="TryParseDatelinePart"/> without its screen: the plain reference.</summary>
    internal static bool ParseDatelinePart(ReadOnlySpan<char> line, out DateTimeOffset date, out bool isModified, out DatePrecision precision)
    {
        if (!ParseDatelineForm(line, out date, out isModified, out precision))
        {
            return false;
        }

        isModified |= SaysUpdated(line);
        return true;
    }

    /// <summary>The forms of <see cref="ParseDatelinePart"/>: a dateline, a byline with a date, a name or a byline beside a date.</summary>
    private static bool ParseDatelineForm(ReadOnlySpan<char> line, out DateTimeOffset date, out bool isModified, out DatePrecision precision)
    {
        if (DatelineOrPart(line, out date, out isModified, out precision) || BylineDate(line, out date, out precision))
        {
            return true;
        }

        var text = TextNormalizer.CollapseWhitespace(line.ToString());
        if (TryParseNameBeforeDate(text, out var named))
        {
            var nameLength = named[0].Length + 1;
            return DatelineOrPart(text.AsSpan(nameLength), out date, out isModified, out precision);
        }

        return BylineStartAfterDate(text) is var start and > 0 && DatelineOrPart(text.AsSpan(0, start - 1), out date, out isModified, out precision);
    }

    /// <summary>A dateline, or a line of parts set off by byline separators one of which is a dateline.</summary>
    private static bool DatelineOrPart(ReadOnlySpan<char> line, out DateTimeOffset date, out bool isModified, out DatePrecision precision)
    {
        if (TryParseDateline(line, out date, out isModified, out precision))
        {
            return true;
        }

        var marks = MetadataVocabulary.Shared.BylineSeparatorMarks;
        if (!Dates.MayHoldDate(line) || line.Length > MaxLineLength || line.IndexOfAny(marks) < 0)
        {
            return false;
        }

        var rest = line;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(marks);
            var part = (end < 0 ? rest : rest[..end]).Trim();
            if (!part.IsEmpty && TryParseDateline(part, out date, out isModified, out precision))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>
    /// A byline that goes on with the date of the story ("By Jane Doe on March 3, 2025"): besides the byline's names, the
    /// line holds little more than the date.
    /// </summary>
    private static bool BylineDate(ReadOnlySpan<char> line, out DateTimeOffset date, out DatePrecision precision)
    {
        date = default;
        precision = DatePrecision.None;
        if (!TryParseByline(line, out var authors))
        {
            return false;
        }

        var text = TextNormalizer.CollapseWhitespace(line.ToString());
        var nameWords = authors.Sum(name => Dates.Words(name).Count);
        if (!Dates.TryParseText(text, out date, out precision) || OtherWords(text) - nameWords > MaxOtherWordsBesideByline)
        {
            date = default;
            return false;
        }

        return true;
    }

    /// <summary>
    /// A header line whose date is labelled as an update in its middle ("By Jane Doe Updated on January 25, 2026"): a
    /// one-word label of an update before the line's first figure, with no label of a publication before it, gives the
    /// date of the update, not the publication's.
    /// </summary>
    private static bool SaysUpdated(ReadOnlySpan<char> line)
    {
        var vocabulary = MetadataVocabulary.Shared;
        var firstFigure = line.IndexOfAnyInRange('0', '9');
        var words = Dates.Words(firstFigure < 0 ? line : line[..firstFigure]);
        var update = words.FindIndex(vocabulary.ModifiedLabels.Contains);
        return update >= 0 && !words.Take(update).Any(vocabulary.PublishedLabels.Contains);
    }

    /// <summary>A byline with a date has at most this many words besides its names and the date's ("By", "on").</summary>
    private const int MaxOtherWordsBesideByline = 3;

    /// <summary>The end of a leading "Published:"/"Updated" label, or 0 when there is none.</summary>
    private static int LeadingLabel(string text, MetadataVocabulary vocabulary, out bool isModified)
    {
        isModified = false;
        var words = Authors.LeadingWords(text, vocabulary.LongestLabelWords);
        for (var n = words.Count; n >= 1; n--)
        {
            var (phrase, end) = Authors.Phrase(text, words, n);
            if (vocabulary.ModifiedLabels.Contains(phrase))
            {
                isModified = true;
                return end;
            }

            if (vocabulary.PublishedLabels.Contains(phrase))
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>An unlabelled dateline taken out of a body has at most this many words besides the date's.</summary>
    private const int MaxOtherWordsInBody = 1;

    /// <summary>A line that is a date with at most a few words around it ("Tuesday, 21 March 2023, 10:15").</summary>
    private static bool IsMostlyDate(string text)
    {
        const int MaxOtherWords = 3;
        return OtherWords(text) <= MaxOtherWords;
    }

    /// <summary>The words of a line that are no month name, weekday or connective of a date.</summary>
    private static int OtherWords(string text)
    {
        var words = Dates.Words(text);
        var other = 0;
        foreach (var word in words)
        {
            if (!MetadataVocabulary.Shared.Months.ContainsKey(word) && !MetadataVocabulary.Shared.Weekdays.Contains(word)
                && word is not ("am" or "pm" or "at" or "um" or "le" or "el" or "de" or "the" or "of"))
            {
                other++;
            }
        }

        return other;
    }
}
