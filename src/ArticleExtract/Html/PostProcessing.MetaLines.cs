using ArticleExtract.Metadata;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 8, its meta lines: whether a block is a byline or dateline ("By Jane Doe", "Published:
/// 12 March 2025", "Von Max Muster", "Stand: 12.03.2025") by its label and the value after it.
/// </summary>
internal static partial class PostProcessing
{
    /// <summary>A meta line's label is at most this long ("published on").</summary>
    private static readonly int MaxLabelLength = HtmlRules.Shared.Integer("MaxLabelLength");

    /// <summary>A name after a label has 2 to 4 capitalised words, or is one all-caps word this long at most (an agency).</summary>
    private static readonly int MinNameWords = HtmlRules.Shared.Integer("MinNameWords");

    private static readonly int MaxNameWords = HtmlRules.Shared.Integer("MaxNameWords");

    private static readonly int MaxAgencyLength = HtmlRules.Shared.Integer("MaxAgencyLength");

    /// <summary>A line of date words alone is at most this long.</summary>
    private static readonly int MaxDateLineLength = HtmlRules.Shared.Integer("MaxDateLineLength");

    /// <summary>
    /// Starts with a label of the vocabulary ("by", "published", "updated", "photo") and then a
    /// value that looks like metadata: a name, a date, or nothing but punctuation. "By 2030, the
    /// city..." or "Por eso, el gobierno..." start with a label word but go on as prose.
    /// Comment labels ("said", "wrote") close a comment header, never open a meta line.
    /// </summary>
    private static bool StartsWithMetaLabel(string text, string normalized)
    {
        var labels = BoilerplateVocabulary.Shared.Labels.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = normalized.AsSpan();
        for (var end = 0; end < span.Length && end <= MaxLabelLength; end++)
        {
            if (span[end] is ' ' or ':'
                && labels.TryGetValue(span[..end].TrimEnd(':'), out var kind)
                && kind != BoilerplateKind.Comments
                && IsMetaValue(ValueAfterLabel(text, CountWords(normalized[..end]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The original text after its first <paramref name="labelWords"/> words, without the separating punctuation.</summary>
    private static string ValueAfterLabel(string text, int labelWords)
    {
        var at = 0;
        for (var word = 0; word < labelWords && at < text.Length; word++)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            while (at < text.Length && text[at] != ' ')
            {
                at++;
            }
        }

        return text[at..].Trim().TrimStart(':', '-', '|', '\u2013', '\u2014', ' ');
    }

    /// <summary>What follows a meta label: nothing but punctuation, a date, or a name (of a person or an agency).</summary>
    private static bool IsMetaValue(string value)
    {
        var hasLetterOrDigit = false;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                hasLetterOrDigit = true;
                break;
            }
        }

        return !hasLetterOrDigit || IsDateValue(value) || StartsWithName(value);
    }

    /// <summary>A date, with the connectives of a dateline ("March 3, 2020 at 10:15 am").</summary>
    private static bool IsDateValue(string value) => IsDateWords(BoilerplateVocabulary.Normalize(value), connectors: true);

    /// <summary>
    /// The value opens with a name: 2 to 4 capitalised words that are no stopwords ("Jane Q. Smith"),
    /// or an all-caps agency ("AP", "AFP"), or one capitalised word standing alone ("Reuters");
    /// the name ends the value or is followed by punctuation or "and" (a second name, a date, a place).
    /// </summary>
    private static bool StartsWithName(string value)
    {
        var stopwords = BoilerplateVocabulary.Shared.StopwordLanguageMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        var words = 0;
        var allCaps = false;
        var at = 0;
        while (at < value.Length)
        {
            var start = at;
            while (at < value.Length && (char.IsLetter(value[at]) || value[at] is '.' or '\'' or '\u2019' or '-'))
            {
                at++;
            }

            var word = value.AsSpan(start, at - start).TrimEnd('.');
            if (word.IsEmpty || !char.IsUpper(word[0]) || word.Length > lower.Length
                || stopwords.ContainsKey(lower[..word.ToLowerInvariant(lower)]))
            {
                at = start;
                break;
            }

            words++;
            allCaps = words == 1 && word.Length <= MaxAgencyLength && IsAllUpper(word);
            if (at == value.Length || value[at] != ' ' || words == MaxNameWords)
            {
                break;
            }

            at++;
        }

        if (words == 0)
        {
            return false;
        }

        var rest = value.AsSpan(Math.Min(at, value.Length)).TrimStart();
        var endsWell = rest.IsEmpty || !char.IsLetterOrDigit(rest[0]) || rest.StartsWith("and ", StringComparison.Ordinal);
        return endsWell && (words >= MinNameWords || allCaps || rest.IsEmpty || IsOnlyPunctuation(rest));
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOnlyPunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short line made only of date and time words: month and day names, numbers, am/pm.</summary>
    private static bool IsDateLine(string normalized)
    {
        return normalized.Length <= MaxDateLineLength && IsDateWords(normalized, connectors: false);
    }

    /// <summary>
    /// Whether a normalised text holds a number and otherwise only words of a written date (the date
    /// reader's <see cref="Dates.IsDateWord"/>), and, with <paramref name="connectors"/>, the words
    /// joining a date and its time ("at").
    /// </summary>
    private static bool IsDateWords(string normalized, bool connectors)
    {
        var metadata = MetadataVocabulary.Shared;
        var hasNumber = false;
        foreach (var range in normalized.AsSpan().SplitAny(" ,./:|-"))
        {
            var word = normalized.AsSpan()[range];
            if (word.IsEmpty || (connectors && metadata.TimeConnectorLookup.Contains(word)))
            {
                continue;
            }

            if (char.IsAsciiDigit(word[0]))
            {
                hasNumber = true;
            }
            else if (!Dates.IsDateWord(word, metadata))
            {
                return false;
            }
        }

        return hasNumber;
    }
}
