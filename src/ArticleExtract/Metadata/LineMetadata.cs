using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// Metadata read from one line of text (text mode, and bylines or datelines found in HTML):
/// "By Jane Doe and John Roe", "Published: 20 March 2023". A relative "5 hours ago" gives no date.
/// </summary>
internal static partial class LineMetadata
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
    /// A person's name alone on a line ("Rahul Tyagi", "Dylan Bailey, MS, RD"): the line reads as a
    /// byline's names once a byline's label is put before it.
    /// </summary>
    public static bool IsNameAlone(string line) => ParseByline(NameLabel + line, out _);

    /// <summary>
    /// A person's name alone on a line, without a byline's label: two or three words each like a given or a family name
    /// (<see cref="IsPlainNameWord"/>: no month, weekday, team or role word), then at most a role or credentials after a
    /// comma ("Jane Doe", "Dylan Bailey, MS, RD"). True with the name in <paramref name="authors"/>.
    /// </summary>
    public static bool IsPersonNameAlone(string line, out IReadOnlyList<string> authors)
    {
        authors = [];
        var vocabulary = MetadataVocabulary.Shared;
        var text = TextNormalizer.CollapseWhitespace(line);
        if (text.Length == 0 || text.Length > MaxLineLength)
        {
            return false;
        }

        var comma = text.IndexOf(',');
        var name = (comma < 0 ? text : text[..comma]).Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < vocabulary.MinLabelledNameWords || words.Length > vocabulary.MaxUnlabelledNameWords
            || !words.All(word => IsPlainNameWord(word, vocabulary)) || !IsNameAlone(text))
        {
            return false;
        }

        authors = [name];
        return true;
    }

    /// <summary>The label <see cref="IsNameAlone"/> puts before a line to read it as a byline.</summary>
    private const string NameLabel = "By ";

    /// <summary>
    /// A dateline, then a byline ("October 11, 2023 by Jane Doe", "Published August 7, 2023 by Jane Doe"): true when
    /// the line is one; <paramref name="authors"/> then holds the names after the date.
    /// </summary>
    public static bool TryParseBylineAfterDate(ReadOnlySpan<char> line, out IReadOnlyList<string> authors)
    {
        authors = [];
        if (!Dates.MayHoldDate(line))
        {
            return false;
        }

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
        if (!Dates.MayHoldDate(line))
        {
            return false;
        }

        var vocabulary = MetadataVocabulary.Shared;
        var text = TextNormalizer.CollapseWhitespace(line.ToString());
        if (text.Length > MaxLineLength)
        {
            return false;
        }

        var words = text.Split(' ');
        for (var n = 1; n <= vocabulary.MaxUnlabelledNameWords && n < words.Length; n++)
        {
            if (!IsPlainNameWord(words[n - 1], vocabulary))
            {
                return false;
            }

            if (n >= vocabulary.MinLabelledNameWords && OpensWithDateline(string.Join(' ', words[n..])))
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
            && !vocabulary.TimeConnectorLookup.Contains(lower) && !vocabulary.LabelFirstWords.Contains(lower);
    }

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
