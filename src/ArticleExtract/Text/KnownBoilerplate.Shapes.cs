using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>Stage 4, part: Boilerplate known by its shape: weather widgets, copyright lines, section headings, breadcrumbs.</summary>
internal static partial class KnownBoilerplate
{
    /// <summary>
    /// "More from UK", "Latest from the sports desk": a short heading, no sentence, that begins with
    /// the start of a related section (<see cref="TextRules.SectionStarts"/>) and names a desk or a site.
    /// </summary>
    private static BoilerplateKind? SectionHeadingKind(TextBlock block, ReadOnlySpan<char> key)
    {
        var rules = TextRules.Shared;
        if (block.Words > rules.MaxSectionHeadingWords || block.EndsLikeSentence)
        {
            return null;
        }

        foreach (var (start, kind) in rules.SectionStarts)
        {
            if (key.Length > start.Length && key.StartsWith(start, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// "34 Responses to “Harbour festival returns”", "One thought on “...”": the heading blog software
    /// writes above the comments, a count and then one of <see cref="TextRules.CountHeadingStarts"/>.
    /// </summary>
    private static BoilerplateKind? CountHeadingKind(TextBlock block, ReadOnlySpan<char> key)
    {
        var rules = TextRules.Shared;
        if (block.Words > rules.MaxCountHeadingWords || key.IsEmpty || (block.EndsLikeSentence && !EndsWithQuote(block.Clean)))
        {
            return null;
        }

        var rest = AfterCount(key, rules);
        if (rest.Length == key.Length)
        {
            return null;
        }

        foreach (var (start, kind) in rules.CountHeadingStarts)
        {
            if (rest.Length > start.Length && rest.StartsWith(start, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The line ends with a closing quote: a quoted headline ("... on “Is it over?”"), not a sentence of prose ("One response to the flood was a wall.").</summary>
    private static bool EndsWithQuote(string text) => text.Length > 0 && text[^1] is '”' or '"' or '»' or '’' or '\'';

    /// <summary>The key after the count it begins with ("34 ", "one "); the whole key when it begins with none.</summary>
    private static ReadOnlySpan<char> AfterCount(ReadOnlySpan<char> key, TextRules rules)
    {
        var figures = key.IndexOfAnyExceptInRange('0', '9');
        if (figures > 0)
        {
            return key[figures] == ' ' ? key[(figures + 1)..] : key;
        }

        foreach (var word in rules.CountWords)
        {
            if (key.StartsWith(word, StringComparison.Ordinal))
            {
                return key[word.Length..];
            }
        }

        return key;
    }

    /// <summary>"17.8 C", "64°F", "-3 °C", "21°": a temperature standing alone (a weather widget).</summary>
    internal static bool IsTemperature(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '-' or '+' or '−')
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && (char.IsDigit(text[i]) || (digits > 0 && text[i] is '.' or ',')))
        {
            digits += char.IsDigit(text[i]) ? 1 : 0;
            i++;
        }

        if (digits == 0 || digits > MaxTemperatureDigits)
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var rest = text[i..].Trim();
        return TextRules.Shared.TemperatureUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest);
    }

    /// <summary>"New York" under "17.8 C": a short capitalised place name beside a temperature.</summary>
    private static void MarkCitiesBesideTemperatures(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BoilerplateKind.Weather || !IsTemperature(blocks[i].Clean))
            {
                continue;
            }

            foreach (var j in (ReadOnlySpan<int>)[i - 1, i + 1])
            {
                if (j >= 0 && j < blocks.Count && blocks[j].Kind is null && IsPlaceName(blocks[j]))
                {
                    blocks[j].Kind = BoilerplateKind.Weather;
                }
            }
        }
    }

    private static bool IsPlaceName(TextBlock block) =>
        block.Words is > 0 and <= MaxCityWords && !block.EndsLikeSentence && block.CapitalizedShare >= MinNameLikeShare
        && block.Clean.AsSpan().IndexOfAnyInRange('0', '9') < 0;

    /// <summary>"© 2021 Harbour Times", "Copyright 2023 ...", "All rights reserved.".</summary>
    private static bool IsCopyrightLine(TextBlock block, BlockFacts facts, ReadOnlySpan<char> key, TextVocabulary vocabulary, KnownEntryStarts starts) =>
        block.Words <= MaxCopyrightLineWords
        && HasCopyrightMark(block.Clean, facts, key)
        && (HasYear(block.Clean) || HasFooterSentence(block.Clean, vocabulary, starts));

    /// <summary>"©" anywhere, or the line begins with "Copyright" or "(c)".</summary>
    private static bool HasCopyrightMark(ReadOnlySpan<char> text, BlockFacts facts, ReadOnlySpan<char> key)
    {
        if (facts.MayHave(BlockMarks.CopyrightSign) && text.IndexOf('©') >= 0)
        {
            return true;
        }

        foreach (var prefix in TextRules.Shared.CopyrightPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run of exactly four digits: a year.</summary>
    private static bool HasYear(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
                continue;
            }

            if (run == YearDigits)
            {
                return true;
            }

            run = 0;
        }

        return false;
    }

    /// <summary>A sentence of the line is a footer phrase ("All rights reserved.", "Tous droits réservés.").</summary>
    private static bool HasFooterSentence(ReadOnlySpan<char> text, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('.', '!', '|');
            var sentence = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (starts.IsFooterPhrase(sentence, vocabulary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Home > World > Asia", "About | Contact | Privacy": short steps between spaced separators.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> text)
    {
        // A sentence mark anywhere is prose (the walk below stops at the first one; most long
        // blocks have one early), and without a separator character there is no step (most lines).
        if (text.IndexOfAny('.', '!', '?') >= 0 || text.IndexOfAny(BreadcrumbSeparators) < 0)
        {
            return false;
        }

        var separators = 0;
        var wordsInStep = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsBreadcrumbSeparator(c) && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                separators++;
                wordsInStep = 0;
                inWord = false;
                continue;
            }

            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++wordsInStep > MaxBreadcrumbStepWords)
            {
                return false;
            }

            inWord = letter;
        }

        return separators >= MinBreadcrumbSeparators;
    }

    private static bool IsBreadcrumbSeparator(char c) => BreadcrumbSeparators.Contains(c);
}
