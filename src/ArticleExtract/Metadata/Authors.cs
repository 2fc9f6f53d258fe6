using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// Turns a displayed byline ("By Jane Doe and John Roe, Reuters | March 21, 2023") into a clean
/// list of names: no "By", no dates, no "and", no job titles or agency labels, no handles or links.
/// </summary>
internal static class Authors
{
    /// <summary>A name longer than this (characters) is a sentence, not a name.</summary>
    private const int MaxNameLength = 60;

    /// <summary>A name of more words than this is a sentence, not a name.</summary>
    private const int MaxNameWords = 6;

    /// <summary>The clean author names of a byline; empty when it names nobody.</summary>
    public static List<string> Parse(ReadOnlySpan<char> byline, MetadataVocabulary vocabulary)
    {
        var names = new List<string>();
        var text = TextNormalizer.CollapseWhitespace(byline.ToString());
        text = RemoveBracketed(text);
        text = CutAtDate(text, vocabulary);
        text = StripPrefix(text, vocabulary, out _);
        foreach (var part in SplitNames(text, vocabulary))
        {
            var name = CleanName(part, vocabulary);
            if (name is not null && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The text after a leading byline prefix ("By", "Written by", "Von"); <paramref name="hadPrefix"/> tells whether one was there.</summary>
    public static string StripPrefix(string text, MetadataVocabulary vocabulary, out bool hadPrefix)
    {
        hadPrefix = false;
        var words = LeadingWords(text, vocabulary.LongestLabelWords);
        for (var n = words.Count; n >= 1; n--)
        {
            var (phrase, end) = Phrase(text, words, n);
            if (vocabulary.BylinePrefixes.Contains(phrase) && end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] == ':'))
            {
                hadPrefix = true;
                return text[end..].TrimStart(' ', ':').Trim();
            }
        }

        return text.Trim();
    }

    /// <summary>The first words (letters only) of a text with their end positions.</summary>
    internal static List<(string Word, int End)> LeadingWords(string text, int count)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (words.Count < count && i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ':' && text[i] != ',')
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            words.Add((text[start..i].ToLowerInvariant(), i));
            if (i < text.Length && (text[i] == ':' || text[i] == ','))
            {
                break;
            }
        }

        return words;
    }

    internal static (string Phrase, int End) Phrase(string text, List<(string Word, int End)> words, int count)
    {
        _ = text;
        var parts = new string[count];
        for (var k = 0; k < count; k++)
        {
            parts[k] = words[k].Word;
        }

        return (string.Join(' ', parts), words[count - 1].End);
    }

    /// <summary>Removes "(...)" and "[...]" asides: links, handles, roles.</summary>
    private static string RemoveBracketed(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts the byline where a date, a time or a separator bar begins.</summary>
    private static string CutAtDate(string text, MetadataVocabulary vocabulary)
    {
        var cut = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) || text[i] is '|' or '•' or '·' or '—' or '–')
            {
                cut = i;
                break;
            }
        }

        var head = text[..cut].TrimEnd(' ', ',', '-', ';', ':');

        // "By Nathan Willis March 25": drop month names and date labels left before the number.
        while (true)
        {
            var space = head.LastIndexOf(' ');
            var last = head[(space + 1)..].TrimEnd('.', ',').ToLowerInvariant();
            if (cut < text.Length && (vocabulary.Months.ContainsKey(last) || vocabulary.PublishedLabels.Contains(last) || vocabulary.ModifiedLabels.Contains(last)))
            {
                head = space < 0 ? "" : head[..space].TrimEnd(' ', ',', '-', ';', ':');
                continue;
            }

            return head;
        }
    }

    /// <summary>Splits on commas, semicolons and joining words ("and", "und", "&amp;").</summary>
    private static List<string> SplitNames(string text, MetadataVocabulary vocabulary)
    {
        var parts = new List<string>();
        foreach (var chunk in text.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var current = new List<string>();
            foreach (var word in chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (vocabulary.AuthorJoiners.Contains(word.ToLowerInvariant()))
                {
                    if (current.Count > 0)
                    {
                        parts.Add(string.Join(' ', current));
                    }

                    current.Clear();
                    continue;
                }

                current.Add(word);
            }

            if (current.Count > 0)
            {
                parts.Add(string.Join(' ', current));
            }
        }

        return parts;
    }

    /// <summary>One name: noise words and handles removed; null when nothing name-like is left.</summary>
    private static string? CleanName(string part, MetadataVocabulary vocabulary)
    {
        var kept = new List<string>();
        foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsHandleOrLink(word))
            {
                continue;
            }

            if (IsLowerCaseNoise(word, vocabulary))
            {
                break;
            }

            kept.Add(word);
        }

        var name = string.Join(' ', kept).Trim(' ', '.', ',', ':', '-', '"', '\'');
        if (name.Length == 0 || name.Length > MaxNameLength || kept.Count > MaxNameWords || !name.Any(char.IsLetter))
        {
            return null;
        }

        return vocabulary.AuthorNoise.Contains(name.ToLowerInvariant()) ? null : RemoveTrailingNoise(name, vocabulary);
    }

    /// <summary>"Jane Doe Staff Writer" → "Jane Doe".</summary>
    private static string? RemoveTrailingNoise(string name, MetadataVocabulary vocabulary)
    {
        var words = name.Split(' ');
        for (var start = 1; start < words.Length; start++)
        {
            if (vocabulary.AuthorNoise.Contains(string.Join(' ', words[start..]).ToLowerInvariant()))
            {
                return string.Join(' ', words[..start]);
            }
        }

        return name;
    }

    /// <summary>A social handle (@jane) or a link.</summary>
    private static bool IsHandleOrLink(string word) =>
        word.StartsWith('@') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-case word like "for" or "in" that starts the affiliation after a name.</summary>
    private static bool IsLowerCaseNoise(string word, MetadataVocabulary vocabulary) =>
        word.Length > 0 && char.IsLower(word[0]) && vocabulary.AuthorNoise.Contains(word);
}
