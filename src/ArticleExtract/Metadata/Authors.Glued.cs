namespace ArticleExtract.Metadata;

/// <summary>
/// What a page's layout glued to a byline: a prefix without its space ("Written ByJane Doe"), a label,
/// a date or a role after the name ("Jane DoeLast Updated", "Jane DoeDecember 17"), the name written
/// twice over, a date before it; and the digits of a user name, which are no date.
/// </summary>
internal static partial class Authors
{
    /// <summary>
    /// The text after a date, a time or a separator that opens the byline ("Dec 17, 2025Julian K. Arni",
    /// "Dec. 19, 2025 · Niko Matsakis"), or null when none opens it.
    /// </summary>
    private static string? AfterLeadingDate(ReadOnlySpan<char> byline)
    {
        var cut = byline.IndexOfAny("0123456789|•·—–");
        if (cut < 0)
        {
            return null;
        }

        var end = cut;
        while (end < byline.Length && (char.IsAsciiDigit(byline[end]) || !char.IsLetter(byline[end])))
        {
            end++;
        }

        return end < byline.Length && end > cut ? byline[end..].ToString() : null;
    }

    /// <summary>
    /// The length of a byline prefix glued to the name by the page's layout ("Written ByStephen
    /// Jesudunsin"): the prefix, then a capital at once. 0 when there is none.
    /// </summary>
    private static int GluedPrefixLength(string text, MetadataVocabulary vocabulary)
    {
        foreach (var prefix in vocabulary.BylinePrefixes)
        {
            var end = prefix.Length;
            if (text.Length > end + 1 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && char.IsLower(text[end - 1]) && char.IsUpper(text[end]) && char.IsLower(text[end + 1]))
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>
    /// Cuts a name where a date label, a date or a role was glued to it ("Cazzy MagennisLast Updated:
    /// August 1", "Luke KimDecember 17"): a lower-case letter, then a capital that opens a published or
    /// modified label, a month or weekday name, or a role.
    /// </summary>
    private static string CutGluedLabel(string text, MetadataVocabulary vocabulary)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLower(text[i - 1]) && char.IsUpper(text[i])
                && (StartsWithLabel(text.AsSpan(i), vocabulary) || (GluedWordStart(text, i) >= vocabulary.MinGluedNameLetters && IsShortRole(text.AsSpan(i), vocabulary))))
            {
                return text[..i];
            }
        }

        return text;
    }

    /// <summary>How many letters of the word stand before position <paramref name="i"/> ("Rabinowitz" in "RabinowitzTech").</summary>
    private static int GluedWordStart(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return i - start;
    }

    /// <summary>
    /// A job title glued to the name ("Tech Reporter", "AI Writer, Acme"): a few words up to a comma or
    /// the end, the last of them a role's head word of the vocabulary (a long one: "ap" or "in" could end anything).
    /// </summary>
    private static bool IsShortRole(ReadOnlySpan<char> text, MetadataVocabulary vocabulary)
    {
        var comma = text.IndexOf(',');
        var role = (comma < 0 ? text : text[..comma]).Trim();
        var words = role.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > vocabulary.MaxGluedRoleWords)
        {
            return false;
        }

        var head = words[^1].Trim('.').ToLowerInvariant();
        return head.Length >= MinGluedNoiseLength && vocabulary.AuthorNoise.Contains(head);
    }

    private static bool StartsWithLabel(ReadOnlySpan<char> text, MetadataVocabulary vocabulary)
    {
        var words = LeadingWords(text.ToString(), vocabulary.LongestLabelWords);
        for (var n = words.Count; n >= 1; n--)
        {
            var (phrase, _) = Phrase(string.Empty, words, n);
            if (vocabulary.PublishedLabels.Contains(phrase) || vocabulary.ModifiedLabels.Contains(phrase) || vocabulary.AuthorNoise.Contains(phrase)
                || vocabulary.Months.ContainsKey(phrase.TrimEnd('.')) || vocabulary.Weekdays.Contains(phrase.TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name the page's layout wrote several times over ("Jane DoeJane Doe"): once.</summary>
    private static string Unrepeated(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length == 0 && char.IsUpper(text[length]) && text.AsSpan(length).SequenceEqual(text.AsSpan(0, text.Length - length)))
            {
                return text[..length];
            }
        }

        return text;
    }

    /// <summary>A digit right after a letter, or after an underscore after one, in a word of letters ("Alphabyte1", "user3080392", "quill_77"): a user name, no date.</summary>
    private static bool IsGluedToLetters(string text, int i) => i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '_' && i > 1 && char.IsLetter(text[i - 2])));

    /// <summary>
    /// Digits glued to a name that open a date, not a user name: a year and a separator ("Jane
    /// Doe2022-11-23"), or a day and a month name ("Jane Doe30 Sep 2022").
    /// </summary>
    private static bool IsGluedDate(string text, int start, MetadataVocabulary vocabulary)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var length = end - start;
        if (end >= text.Length)
        {
            return false;
        }

        if (length == 4 && text[end] is '-' or '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
        {
            return true;
        }

        if (length > 2 || text[end] != ' ')
        {
            return false;
        }

        var words = LeadingWords(text[(end + 1)..], 1);
        return words.Count == 1 && vocabulary.Months.ContainsKey(words[0].Word.TrimEnd('.').ToLowerInvariant());
    }
}
