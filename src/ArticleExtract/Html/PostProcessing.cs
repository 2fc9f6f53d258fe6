using System.Globalization;
using AngleSharp.Dom;
using ArticleExtract.Metadata;
using ArticleExtract.Output;
using ArticleExtract.Pipeline;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 8: block-level tidying of the chosen content. Drops the repeated headline, bylines,
/// datelines, bare labels and boilerplate phrases ("Read more", "Advertisement"), placeholders,
/// share counts, and paragraphs copied from elsewhere in the content (pull quotes, responsive duplicates).
/// </summary>
internal static class PostProcessing
{
    /// <summary>Blocks longer than this are prose, never a phrase, label or meta line.</summary>
    private const int MaxMetaLineLength = 120;

    /// <summary>A meta line (byline, dateline) has at most this many words.</summary>
    private const int MaxMetaLineWords = 14;

    /// <summary>Paragraphs at least this long are compared for repetition.</summary>
    private const int MinRepeatLength = 30;

    /// <summary>The headline is looked for among this many first blocks (and in every heading).</summary>
    private const int LeadingBlocksForTitle = 4;

    public static void Run(IElement content, ArticleMetadata metadata, ExtractionContext context)
    {
        var title = metadata.Title is { } t ? BoilerplateVocabulary.Normalize(t) : null;
        var byline = metadata.Byline is { } b ? BoilerplateVocabulary.Normalize(b) : null;
        var seen = new Dictionary<string, IElement>(StringComparer.Ordinal);
        var index = 0;
        var doomed = new List<(IElement, BoilerplateKind)>();
        foreach (var block in TextBlocks(content))
        {
            var text = TextNormalizer.CollapseWhitespace(block.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            var normalized = BoilerplateVocabulary.Normalize(text);
            var kind = KindOf(block, text, normalized, title, byline, index < LeadingBlocksForTitle);
            index++;
            if (kind is null && text.Length >= MinRepeatLength && !IsInTable(block))
            {
                if (seen.TryGetValue(normalized, out var first) && IsCopyElsewhere(first, block))
                {
                    kind = BoilerplateKind.Other;
                }
                else
                {
                    seen.TryAdd(normalized, block);
                }
            }

            if (kind is { } k)
            {
                doomed.Add((block, k));
            }
        }

        foreach (var (element, kind) in doomed)
        {
            Boilerplate.Drop(element, kind, context);
        }
    }

    private static BoilerplateKind? KindOf(IElement block, string text, string normalized, string? title, string? byline, bool leading)
    {
        if (title is not null && (leading || IsHeading(block)) && RepeatsTitle(normalized, title))
        {
            return BoilerplateKind.Title;
        }

        if (text.Length > MaxMetaLineLength || IsInTable(block))
        {
            return null;
        }

        var vocabulary = BoilerplateVocabulary.Shared;
        if (vocabulary.Phrases.TryGetValue(normalized, out var kind)
            || vocabulary.Placeholders.TryGetValue(normalized, out kind)
            || vocabulary.Labels.TryGetValue(normalized, out kind))
        {
            return kind;
        }

        if (byline is { Length: > 0 } && normalized.Contains(byline, StringComparison.Ordinal) && normalized.Length < byline.Length * 3)
        {
            return BoilerplateKind.Byline;
        }

        if (IsHeading(block))
        {
            return null;
        }

        if (IsLinkParagraph(block))
        {
            return BoilerplateKind.Related;
        }

        if (StartsWithMetaLabel(normalized) && CountWords(normalized) <= MaxMetaLineWords)
        {
            return BoilerplateKind.Byline;
        }

        if (IsDateLine(normalized))
        {
            return BoilerplateKind.Byline;
        }

        if (IsNumbersOnly(normalized))
        {
            return BoilerplateKind.Share;
        }

        return null;
    }

    /// <summary>The smallest blocks that hold text: elements without block children (and a block's own text).</summary>
    private static List<IElement> TextBlocks(IElement content)
    {
        var blocks = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(content);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var hasBlockChild = false;
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (Scoring.BlockElements.Contains(child.LocalName))
                {
                    hasBlockChild = true;
                    break;
                }
            }

            if (!hasBlockChild)
            {
                if (element != content)
                {
                    blocks.Add(element);
                }

                continue;
            }

            // Inline children of a mixed container are part of its running text, never blocks of their own.
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                if (Scoring.BlockElements.Contains(child.LocalName))
                {
                    stack.Push(child);
                }
            }
        }

        return blocks;
    }

    /// <summary>
    /// A repeated block is a copy (a responsive duplicate: the same headline or caption once
    /// per layout) when it follows the first at once in another kind of element. A paragraph
    /// repeated as a paragraph, anywhere, is the author's own and stays (both corpora agree).
    /// </summary>
    private static bool IsCopyElsewhere(IElement first, IElement repeat) =>
        first.LocalName != repeat.LocalName && first.NextElementSibling == repeat;

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The block says the headline again: the same words, or nearly all of them.</summary>
    private static bool RepeatsTitle(string block, string title)
    {
        const double MinCoverage = 0.8;
        if (block == title)
        {
            return true;
        }

        var shorter = Math.Min(block.Length, title.Length);
        var longer = Math.Max(block.Length, title.Length);
        return shorter >= longer * MinCoverage && (block.Contains(title, StringComparison.Ordinal) || title.Contains(block, StringComparison.Ordinal));
    }

    /// <summary>Starts with a label of the vocabulary ("by", "published", "updated", "photo") and then a value.</summary>
    private static bool StartsWithMetaLabel(string normalized)
    {
        var labels = BoilerplateVocabulary.Shared.Labels;
        var span = normalized.AsSpan();
        for (var end = 0; end < span.Length && end <= 24; end++)
        {
            if (span[end] is ' ' or ':')
            {
                if (labels.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(span[..end].TrimEnd(':')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A short line made only of date and time words: month and day names, numbers, am/pm.</summary>
    private static bool IsDateLine(string normalized)
    {
        const int MaxDateLineLength = 60;
        if (normalized.Length > MaxDateLineLength)
        {
            return false;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        var hasNumber = false;
        foreach (var range in normalized.AsSpan().SplitAny(" ,./:|-"))
        {
            var word = normalized.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (char.IsAsciiDigit(word[0]))
            {
                hasNumber = true;
                continue;
            }

            if (!IsDateWord(word, names))
            {
                return false;
            }
        }

        return hasNumber;
    }

    private static bool IsDateWord(ReadOnlySpan<char> word, DateTimeFormatInfo names)
    {
        if (word is "am" or "pm" or "a.m" or "p.m" or "utc" or "gmt" or "et" or "est" or "edt" or "pt" or "pst" or "pdt" or "bst" or "cet")
        {
            return true;
        }

        foreach (var list in (ReadOnlySpan<string[]>)[names.MonthNames, names.AbbreviatedMonthNames, names.DayNames, names.AbbreviatedDayNames])
        {
            foreach (var name in list)
            {
                if (name.Length > 0 && word.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return word.Length == 4 && word.StartsWith("sept", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A paragraph that is (nearly) all link: a teaser for another article ("SEE MORE: ...").</summary>
    private static bool IsLinkParagraph(IElement block)
    {
        const double MinLinkShare = 0.8;
        if (block.LocalName is "li" or "td" or "th" or "dd" or "dt" || block.Closest("li") is not null)
        {
            return false;
        }

        var stat = NodeStats.Measure(block)[block];
        return stat.TextLength > 0 && stat.LinkDensity >= MinLinkShare;
    }

    /// <summary>Nothing but numbers (a share or comment count standing alone).</summary>
    private static bool IsNumbersOnly(string normalized)
    {
        foreach (var c in normalized)
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or ',' or '.' or 'k' or 'm'))
            {
                return false;
            }
        }

        return normalized.Length > 0 && char.IsAsciiDigit(normalized[0]);
    }

    private static int CountWords(string text)
    {
        var words = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                words++;
            }
        }

        return words;
    }

    private static bool IsInTable(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "table" or "pre")
            {
                return true;
            }
        }

        return false;
    }
}
