using System.Buffers;
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
internal static partial class PostProcessing
{
    /// <summary>Blocks longer than this are prose, never a phrase, label or meta line.</summary>
    private static readonly int MaxMetaLineLength = HtmlRules.Shared.Integer("MaxMetaLineLength");

    /// <summary>A meta line (byline, dateline) has at most this many words.</summary>
    private static readonly int MaxMetaLineWords = HtmlRules.Shared.Integer("MaxMetaLineWords");

    /// <summary>A newsletter or subscription prompt is at most this long; longer blocks are prose that mentions one.</summary>
    private static readonly int MaxPromptLength = HtmlRules.Shared.Integer("MaxPromptLength");

    /// <summary>The vocabulary's newsletter phrases, in its order.</summary>
    internal static readonly string[] NewsletterPhrases = PhrasesOf(BoilerplateKind.Newsletter);

    /// <summary>
    /// Turns away the blocks that have no newsletter phrase's first word, before the phrases are
    /// searched for one by one (a search for all of them at once runs a character at a time
    /// here, since some are not ASCII, and was slower than this screen and the search together).
    /// </summary>
    private static readonly FirstWordScreen? NewsletterFirstWords = FirstWordScreen.For(NewsletterPhrases);

    /// <summary>Paragraphs at least this long are compared for repetition.</summary>
    private static readonly int MinRepeatLength = HtmlRules.Shared.Integer("MinRepeatLength");

    /// <summary>The headline is looked for among this many first blocks (and in every heading).</summary>
    private static readonly int LeadingBlocksForTitle = HtmlRules.Shared.Integer("LeadingBlocksForTitle");

    /// <summary>A block repeats the headline when the shorter of the two is at least this share of the longer and inside it.</summary>
    private static readonly double MinTitleCoverage = HtmlRules.Shared.Number("MinTitleCoverage");

    /// <summary>An all-link paragraph at least this long, with at least this share of link text, is a teaser for another article.</summary>
    private static readonly int MinTeaserLength = HtmlRules.Shared.Integer("MinTeaserLength");

    private static readonly double MinTeaserLinkShare = HtmlRules.Shared.Number("MinTeaserLinkShare");

    /// <summary>
    /// Tidies the content's blocks; with <paramref name="keepsCardLines"/> (a listing's profile), an
    /// item's own short lines (byline, score, title link) stay, not its date line; with <paramref name="keepsHeadline"/>
    /// (a profile that keeps <see cref="BoilerplateKind.Title"/>: a product's name), the block that
    /// repeats the headline stays; with <paramref name="dropsRepeats"/> (profiles.txt "drop-repeats"),
    /// every block that says an earlier one again goes, not only a copy next to its first.
    /// </summary>
    public static void Run(IElement content, ArticleMetadata metadata, ExtractionContext context, bool keepsCardLines = false, bool keepsHeadline = false, bool dropsRepeats = false)
    {
        var title = !keepsHeadline && metadata.Title is { } t ? BoilerplateVocabulary.Normalize(t) : null;
        var byline = metadata.Byline is { } b ? BoilerplateVocabulary.Normalize(b) : null;
        var seen = new Dictionary<string, IElement>(StringComparer.Ordinal);
        IElement? previousBlock = null;
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
            var kind = KindOf(block, text, normalized, title, byline, index < LeadingBlocksForTitle, keepsCardLines);
            index++;
            if (kind is null && text.Length >= MinRepeatLength && !IsInTable(block))
            {
                if (seen.TryGetValue(normalized, out var first) && (dropsRepeats || IsCopyElsewhere(first, block, previousBlock)))
                {
                    kind = BoilerplateKind.Other;
                }
                else
                {
                    seen[normalized] = block;
                }
            }

            if (kind is { } k)
            {
                doomed.Add((block, k));
            }

            previousBlock = block;
        }

        foreach (var (element, kind) in doomed)
        {
            Boilerplate.Drop(element, kind, context);
        }
    }

    private static BoilerplateKind? KindOf(IElement block, string text, string normalized, string? title, string? byline, bool leading, bool keepsCardLines)
    {
        if (title is not null && (leading || IsHeading(block)) && RepeatsTitle(normalized, title))
        {
            return BoilerplateKind.Title;
        }

        if (IsInTable(block))
        {
            return null;
        }

        if (text.Length <= MaxPromptLength && !IsHeading(block) && IsNewsletterPrompt(normalized))
        {
            return BoilerplateKind.Newsletter;
        }

        if (text.Length > MaxMetaLineLength)
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

        if (keepsCardLines)
        {
            // A listing's item lines (its byline, score, title link) are part of the item; its
            // date line alone is not.
            return IsCardDateLine(normalized) ? BoilerplateKind.Byline : null;
        }

        if (byline is { Length: > 0 } && ContainsWords(normalized, byline) && normalized.Length < byline.Length * 3)
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

        if (CountWords(normalized) <= MaxMetaLineWords && (StartsWithMetaLabel(text, normalized) || (leading && LineMetadata.IsMetaLine(text))))
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
            foreach (var child in Children.Of(element))
            {
                if (Output.ElementRoles.ScoringBlocks.Contains(child.LocalName))
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
            var nodes = element.ChildNodes;
            for (var index = nodes.Length - 1; index >= 0; index--)
            {
                if (nodes[index] is IElement child && Output.ElementRoles.ScoringBlocks.Contains(child.LocalName))
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
    private static bool IsCopyElsewhere(IElement first, IElement repeat, IElement? previousBlock) =>
        first == previousBlock && first.LocalName != repeat.LocalName && first.ParentElement == repeat.ParentElement;

    private static bool IsHeading(IElement element) => Output.ElementRoles.IsHeading(element.LocalName);

    /// <summary>The block says the headline again: the same words, or nearly all of them.</summary>
    private static bool RepeatsTitle(string block, string title)
    {
        if (block == title)
        {
            return true;
        }

        var shorter = Math.Min(block.Length, title.Length);
        var longer = Math.Max(block.Length, title.Length);
        return shorter >= longer * MinTitleCoverage && (block.Contains(title, StringComparison.Ordinal) || title.Contains(block, StringComparison.Ordinal));
    }

    /// <summary>
    /// A paragraph that is (nearly) all link and as long as a headline: a teaser for another
    /// article ("SEE MORE: ..."). Shorter all-link lines are the article's own calls to action
    /// ("See it now: Amazon", "[ The Verge ]") and stay.
    /// </summary>
    private static bool IsLinkParagraph(IElement block)
    {
        if (Output.ElementRoles.ItemsAndCells.Contains(block.LocalName) || IsInsideListItem(block))
        {
            return false;
        }

        var stat = NodeStats.Total(block);
        return stat.TextLength >= MinTeaserLength && stat.LinkDensity >= MinTeaserLinkShare;
    }

    /// <summary>
    /// Whether the block is or stands inside a list item (what <c>Closest("li")</c> finds: names
    /// compared ignoring case, as a type selector does), without parsing a selector per call.
    /// </summary>
    private static bool IsInsideListItem(IElement block)
    {
        for (IElement? element = block; element is not null; element = element.ParentElement)
        {
            if (string.Equals(element.LocalName, "li", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short block that speaks of a newsletter or a subscription (a phrase of the vocabulary, as whole words).</summary>
    internal static bool IsNewsletterPrompt(string normalized)
    {
        if (NewsletterFirstWords?.MayHold(normalized) == false)
        {
            return false;
        }

        foreach (var phrase in NewsletterPhrases)
        {
            if (ContainsWords(normalized, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] PhrasesOf(BoilerplateKind kind)
    {
        var phrases = new List<string>();
        foreach (var (phrase, phraseKind) in BoilerplateVocabulary.Shared.Phrases)
        {
            if (phraseKind == kind)
            {
                phrases.Add(phrase);
            }
        }

        return phrases.ToArray();
    }

    /// <summary>Whether the phrase occurs in the text with word boundaries on both sides.</summary>
    internal static bool ContainsWords(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing but numbers (a share or comment count standing alone).</summary>
    /// <summary>
    /// Whether a card's line is its date alone, written with a month or weekday name ("Dec 17,
    /// 2025"): readers of a list skim the titles and blurbs, not each item's date (the annotators
    /// of wcxb-dev leave it out). A line of figures only ("9.1", "1.") is a score or a rank, which
    /// stays with its item.
    /// </summary>
    private static bool IsCardDateLine(string normalized) => IsDateLine(normalized) && normalized.Any(char.IsLetter);

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
            if (Output.ElementRoles.TablesOrPreformatted.Contains(parent.LocalName))
            {
                return true;
            }
        }

        return false;
    }
}
