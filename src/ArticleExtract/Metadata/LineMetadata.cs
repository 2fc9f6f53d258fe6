using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// Metadata read from one line of text (text mode, and bylines or datelines found in HTML):
/// "By Jane Doe and John Roe", "Published: 20 March 2023". A relative "5 hours ago" gives no date.
/// </summary>
internal static class LineMetadata
{
    /// <summary>A byline or dateline longer than this (characters) is a sentence of the body.</summary>
    private const int MaxLineLength = 160;

    /// <summary>True when the line is a byline; <paramref name="authors"/> then holds the clean names.</summary>
    public static bool TryParseByline(ReadOnlySpan<char> line, out IReadOnlyList<string> authors)
    {
        authors = [];
        return MayOpenWithBylineLabel(line, MetadataVocabulary.Shared) && ParseByline(line, out authors);
    }

    /// <summary>
    /// A screen before <see cref="ParseByline"/>, which copies the line and reads its first words: a
    /// byline opens with a label (<see cref="MetadataVocabulary.BylinePrefixes"/>), so past any
    /// leading marks the line begins with a label's first word, in any case ("By", "WRITTEN BY",
    /// "ByJane"). Beyond ASCII (normalisation and case rules may change the first word) the parse
    /// decides. Never false where a label opens the line (<see cref="Authors.StripPrefix"/>) or the
    /// parse finds a byline (LineMetadataScreenTests, on every line of the text corpora).
    /// </summary>
    internal static bool MayOpenWithBylineLabel(ReadOnlySpan<char> line, MetadataVocabulary vocabulary)
    {
        var start = 0;
        while (start < line.Length && !char.IsLetter(line[start]))
        {
            start++;
        }

        var text = line[start..];
        if (!System.Text.Ascii.IsValid(text[..Math.Min(text.Length, vocabulary.LongestBylinePrefixFirstWord)]))
        {
            return true;
        }

        foreach (var word in vocabulary.BylinePrefixFirstWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="TryParseByline"/> without its screen: the plain reference.</summary>
    internal static bool ParseByline(ReadOnlySpan<char> line, out IReadOnlyList<string> authors)
    {
        authors = [];
        var vocabulary = MetadataVocabulary.Shared;
        var text = TextNormalizer.CollapseWhitespace(line.ToString());
        if (text.Length == 0 || text.Length > MaxLineLength)
        {
            return false;
        }

        var rest = Authors.StripPrefix(text, vocabulary, out var hadPrefix);
        if (!hadPrefix || rest.Length == 0 || !StartsWithCapital(rest))
        {
            return false;
        }

        var names = Authors.Parse(text, vocabulary);
        if (names.Count == 0 || !AllLookLikeNames(names))
        {
            return false;
        }

        authors = names;
        return true;
    }

    /// <summary>
    /// A dateline, then a byline ("October 11, 2023 by Jane Doe", "Published August 7, 2023 by Jane Doe"): true when
    /// the line is one; <paramref name="authors"/> then holds the names after the date.
    /// </summary>
    public static bool TryParseBylineAfterDate(ReadOnlySpan<char> line, out IReadOnlyList<string> authors)
    {
        authors = [];
        var text = TextNormalizer.CollapseWhitespace(line.ToString());
        return BylineStartAfterDate(text) is var start and > 0 && TryParseByline(text.AsSpan(start), out authors);
    }

    /// <summary>
    /// A name with no byline label, then the date ("Jane Doe March 3, 2025", "Jane Doe July 13, 2025 — 7 min read"): a
    /// header line that names the author beside the date; the name is two or three words each like a given or a family
    /// name (no month, weekday, team or role word). True with the name in <paramref name="authors"/>.
    /// </summary>
    public static bool TryParseNameBeforeDate(ReadOnlySpan<char> line, out IReadOnlyList<string> authors)
    {
        authors = [];
        var vocabulary = MetadataVocabulary.Shared;
        var text = TextNormalizer.CollapseWhitespace(line.ToString());
        if (text.Length > MaxLineLength || !Dates.MayHoldDate(text))
        {
            return false;
        }

        var words = text.Split(' ');
        for (var n = vocabulary.MinLabelledNameWords; n <= vocabulary.MaxUnlabelledNameWords && n < words.Length; n++)
        {
            if (!words[..n].All(word => IsPlainNameWord(word, vocabulary)))
            {
                return false;
            }

            if (OpensWithDateline(string.Join(' ', words[n..])))
            {
                authors = [string.Join(' ', words[..n])];
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of a person's name (<see cref="SiteOwner.IsNameWord"/>) that is no month's or weekday's name ("March",
    /// "Friday"), no connective of a date ("On") and opens no label ("Last Updated", "By").
    /// </summary>
    private static bool IsPlainNameWord(string word, MetadataVocabulary vocabulary)
    {
        var lower = word.ToLowerInvariant();
        return SiteOwner.IsNameWord(word, vocabulary) && !vocabulary.Months.ContainsKey(lower) && !vocabulary.Weekdays.Contains(lower)
            && !vocabulary.TimeConnectorLookup.Contains(lower) && !OpensLabel(lower, vocabulary.PublishedLabels) && !OpensLabel(lower, vocabulary.ModifiedLabels)
            && !OpensLabel(lower, vocabulary.BylinePrefixes);
    }

    /// <summary>The word is a label of the set or its first word.</summary>
    private static bool OpensLabel(string word, IReadOnlySet<string> labels) =>
        labels.Contains(word) || labels.Any(label => label.StartsWith(word, StringComparison.Ordinal) && label.Length > word.Length && label[word.Length] == ' ');

    /// <summary>The text opens with a dateline, up to its first byline separator ("March 6, 2026 · 5 min read").</summary>
    private static bool OpensWithDateline(string text)
    {
        var end = text.AsSpan().IndexOfAny(MetadataVocabulary.Shared.BylineSeparatorMarks);
        return TryParseDateline(end < 0 ? text : text[..end].Trim(), out _, out _);
    }

    /// <summary>Where a byline begins after a dateline that opens the line ("March 3, 2025 by ..."), or 0.</summary>
    private static int BylineStartAfterDate(string text)
    {
        if (text.Length > MaxLineLength || !Dates.MayHoldDate(text))
        {
            return 0;
        }

        for (var space = text.IndexOf(' '); space > 0; space = text.IndexOf(' ', space + 1))
        {
            if (!MayOpenWithBylineLabel(text.AsSpan(space + 1), MetadataVocabulary.Shared))
            {
                continue;
            }

            Authors.StripPrefix(text[(space + 1)..], MetadataVocabulary.Shared, out var hadPrefix);
            if (hadPrefix && DatelineOrPart(text.AsSpan(0, space), out _, out _, out _))
            {
                return space + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when the whole line is a byline or a dateline, to be taken out of a body: a byline
    /// whose names are most of its words ("Von Max Muster", not "Von Berlin aus fährt der Zug"), or a dateline.
    /// </summary>
    public static bool IsMetaLine(ReadOnlySpan<char> line)
    {
        if (TryParseDateline(line, out _, out _))
        {
            // Unlabelled, only a date with at most one word more ("Tuesday, 12 March 2025"): a quote's attribution
            // ("— Jane Doe (@jane) March 3, 2024") is part of the body.
            var text = TextNormalizer.CollapseWhitespace(line.ToString());
            return LeadingLabel(text, MetadataVocabulary.Shared, out _) > 0 || OtherWords(text) <= MaxOtherWordsInBody;
        }

        if (!TryParseByline(line, out var authors))
        {
            return false;
        }

        var rest = Authors.StripPrefix(TextNormalizer.CollapseWhitespace(line.ToString()), MetadataVocabulary.Shared, out _);
        var cut = rest.AsSpan().IndexOfAny("0123456789|•·");
        var nameWords = 0;
        foreach (var name in authors)
        {
            nameWords += name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        var lineWords = (cut < 0 ? rest : rest[..cut]).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Length;
        return nameWords * 2 >= lineWords;
    }

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
        if (text.Length == 0 || text.Length > MaxLineLength || Dates.IsRelative(text, vocabulary))
        {
            return false;
        }

        var label = LeadingLabel(text, vocabulary, out var labelIsModified);
        var rest = label > 0 ? text[label..] : text;
        if (!Dates.TryParseText(rest, out date, out precision))
        {
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

    private static bool StartsWithCapital(string text) => text.Length > 0 && char.IsUpper(text[0]);

    /// <summary>Every name's words mostly start with a capital ("the way" is not a name).</summary>
    private static bool AllLookLikeNames(List<string> names)
    {
        foreach (var name in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var capitals = 0;
            foreach (var word in words)
            {
                capitals += char.IsUpper(word[0]) ? 1 : 0;
            }

            if (capitals * 2 < words.Length || !char.IsUpper(words[0][0]))
            {
                return false;
            }
        }

        return true;
    }
}
