using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// Turns a displayed byline ("By Jane Doe and John Roe, Reuters | March 21, 2023") into a clean
/// list of names: no "By", no dates, no "and", no job titles or agency labels, no handles or links.
/// </summary>
internal static partial class Authors
{
    /// <summary>A name longer than this (characters) is a sentence, not a name.</summary>
    private const int MaxNameLength = 60;

    /// <summary>A name of more words than this is a sentence, not a name.</summary>
    private const int MaxNameWords = 6;

    /// <summary>Only roles this long are cut when glued to a name (short ones like "AP" could end a real name).</summary>
    private const int MinGluedNoiseLength = 6;

    /// <summary>
    /// Only this much of a byline is read (characters): a dozen names with their roles fit, and
    /// the word-by-word trimming below stays cheap however long a page's author field is.
    /// </summary>
    private const int MaxBylineLength = 500;

    /// <summary>The clean author names of a byline; empty when it names nobody.</summary>
    public static List<string> Parse(ReadOnlySpan<char> byline, MetadataVocabulary vocabulary)
    {
        // A byline that opens with a date or a label ("Dec 17, 2025 · Jane Doe"): the names after it.
        var text = byline.ToString();
        while (true)
        {
            var names = ParseOnce(text, vocabulary, out var namedAgency);
            if (names.Count > 0 || namedAgency || AfterLeadingDate(text) is not { Length: > 0 } rest || rest.Length >= text.Length)
            {
                return names;
            }

            text = rest;
        }
    }

    /// <summary>The names of the byline as it starts; <paramref name="namedAgency"/> tells whether an agency was all it named.</summary>
    private static List<string> ParseOnce(ReadOnlySpan<char> byline, MetadataVocabulary vocabulary, out bool namedAgency)
    {
        if (byline.Length > MaxBylineLength)
        {
            byline = byline[..MaxBylineLength];
        }

        var names = new List<string>();
        string? agency = null;
        var text = TextNormalizer.CollapseWhitespace(byline.ToString());
        text = RemoveBracketed(text);
        text = Unrepeated(CutGluedLabel(CutAtReviewer(text, vocabulary, out var reviewedOnly), vocabulary));
        text = CutAtDate(text, vocabulary);
        text = reviewedOnly ? text : StripPrefix(text, vocabulary, out _);
        var givenNames = true;
        foreach (var part in SplitNames(text, vocabulary))
        {
            // After a person's name, a one-word part is an organisation or a day ("Jane Doe, CNN"); after given names only, one more name.
            var oneWord = !part.Contains(' ', StringComparison.Ordinal);
            if (names.Count > 0 && IsRolePhrase(part, vocabulary))
            {
                // "Jane Doe, Head of Marketing and Community Development": the role runs to the end.
                break;
            }

            if (names.Count > 0 && ((oneWord && !givenNames) || EndsWithRole(part, vocabulary) || IsOrganisation(part, vocabulary)))
            {
                continue;
            }

            givenNames &= oneWord;

            var name = CleanName(part, vocabulary, ref agency);
            if (name is not null && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        // A byline that names only an agency ("Reuters", "Associated Press") keeps it.
        namedAgency = names.Count == 0 && agency is not null;
        if (namedAgency)
        {
            names.Add(agency!);
        }

        return names;
    }

    /// <summary>The text after a leading byline prefix ("By", "Written by", "Von"); <paramref name="hadPrefix"/> tells whether one was there.</summary>
    public static string StripPrefix(string text, MetadataVocabulary vocabulary, out bool hadPrefix)
    {
        hadPrefix = false;
        if (GluedPrefixLength(text, vocabulary) is var glued and > 0)
        {
            hadPrefix = true;
            return text[glued..].Trim();
        }

        var words = LeadingWords(text, vocabulary.LongestLabelWords);
        for (var n = words.Count; n >= 1; n--)
        {
            var (phrase, end) = Phrase(text, words, n);
            if (vocabulary.BylinePrefixes.Contains(phrase) && end == text.TrimEnd(' ', ':').Length)
            {
                // A label that names nobody ("Written By" whose name the layout put elsewhere).
                hadPrefix = true;
                return string.Empty;
            }

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

    /// <summary>Splits on commas, semicolons and joining words ("and", "und", "&amp;").</summary>
    private static List<string> SplitNames(string text, MetadataVocabulary vocabulary)
    {
        var parts = new List<string>();
        foreach (var chunk in text.Split([',', ';', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var current = new List<string>();
            foreach (var word in chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (vocabulary.AuthorJoiners.Contains(word.ToLowerInvariant()) && !IsOrganisationNameGoingOn(current, vocabulary))
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

    /// <summary>
    /// The words so far name an organisation by its title ("Center for Drug Evaluation", "Department of Health"):
    /// a word of an organisation and a lower-case connector after the first word. A joining word goes on with its
    /// name ("... and Research"), not to another author.
    /// </summary>
    private static bool IsOrganisationNameGoingOn(List<string> words, MetadataVocabulary vocabulary) =>
        words.Count > 2 && IsOrganisation(string.Join(' ', words), vocabulary)
        && words.Skip(1).Any(word => vocabulary.RoleConnectors.Contains(word));

    /// <summary>One name: noise words and handles removed; null when nothing name-like is left.</summary>
    private static string? CleanName(string part, MetadataVocabulary vocabulary, ref string? agency)
    {
        var kept = new List<string>();
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (IsHandleOrLink(word))
            {
                continue;
            }

            if (EndsName(word, kept.Count, vocabulary) && !IsTitleCasedNameGoingOn(words, w, kept.Count)
                && !(IsOrganisationNameGoingOn(kept, vocabulary) && IsTitleCasedNameGoingOn(words, w, 1)))
            {
                break;
            }

            kept.Add(word);
        }

        if (kept.Count > 1 && (vocabulary.CollectiveAuthors.Contains(kept[^1].ToLowerInvariant()) || vocabulary.CollectiveAuthors.Contains(kept[0].ToLowerInvariant())))
        {
            return null;
        }

        if (kept.Count == 1 && vocabulary.Weekdays.Contains(kept[0].Trim(',', '.').ToLowerInvariant()))
        {
            return null;
        }

        var name = RemoveGluedNoise(string.Join(' ', kept).Trim(' ', '.', ',', ':', '-', '"', '\''), vocabulary);
        if (EndsWithNameAbbreviation(kept, name, vocabulary))
        {
            name += ".";
        }
        if (name.Length == 0 || IsDomain(name) || IsAllLowerCase(name) || name.Length > MaxNameLength || kept.Count > MaxNameWords || !name.Any(char.IsLetter))
        {
            return null;
        }

        if (vocabulary.NotNames.Contains(name.ToLowerInvariant()))
        {
            return null;
        }

        if (vocabulary.AuthorNoise.Contains(name.ToLowerInvariant()))
        {
            agency ??= char.IsUpper(name[0]) ? name : null;
            return null;
        }

        return RemoveTrailingNoise(name, vocabulary);
    }

    /// <summary>
    /// The name's last word is an abbreviation written with its period ("Acme Inc.", "John Smith Jr."): the
    /// period belongs to the name, and the trim above took it off.
    /// </summary>
    private static bool EndsWithNameAbbreviation(List<string> kept, string name, MetadataVocabulary vocabulary)
    {
        if (kept.Count < 2 || !kept[^1].EndsWith('.') || name.EndsWith('.'))
        {
            return false;
        }

        var last = kept[^1].TrimEnd('.');
        return name.EndsWith(last, StringComparison.Ordinal) && vocabulary.NameAbbreviations.Contains(last.ToLowerInvariant());
    }

    /// <summary>
    /// One capitalised word, then a short lower-case word and a capitalised one ("Ask the Doctors", "Center for
    /// Drug Evaluation"): a title-cased name of an organisation or a column, read on, not cut after its first word.
    /// </summary>
    private static bool IsTitleCasedNameGoingOn(string[] words, int index, int keptSoFar) =>
        keptSoFar == 1 && words[index].Length <= 3 && index + 1 < words.Length && words[index + 1].Length > 0 && char.IsUpper(words[index + 1][0]);

    /// <summary>A user name like "admin": letters of a cased script, none of them capital.</summary>
    private static bool IsAllLowerCase(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                return false;
            }

            letters += char.IsLower(c) ? 1 : 0;
        }

        return letters > 0;
    }

    /// <summary>A social handle (@jane) or a link.</summary>
    private static bool IsHandleOrLink(string word) =>
        word.StartsWith('@') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A lower-case word after the name has begun ("for", "in", "publiziert") ends it, unless it is a
    /// particle of the name ("van", "de").
    /// </summary>
    private static bool EndsName(string word, int wordsSoFar, MetadataVocabulary vocabulary) =>
        wordsSoFar > 0 && word.Length > 0 && char.IsLower(word[0]) && !vocabulary.NameParticles.Contains(word);

    /// <summary>A site's address standing for an author ("Cleveland.com").</summary>
    private static bool IsDomain(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.LastIndexOf('.') is var dot && dot > 0 && dot < name.Length - 2
        && name[(dot + 1)..].All(char.IsLetter);
}
