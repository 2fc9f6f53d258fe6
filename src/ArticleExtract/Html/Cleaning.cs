using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 7: Readability's conditional cleaning inside the chosen content. A list, table,
/// div or section goes when it looks like a block of links, an image gallery or a form
/// rather than prose: by link density against its class weight, by list items against
/// paragraphs, by images against paragraphs, by tiny text.
/// </summary>
internal static class Cleaning
{
    /// <summary>Elements that are cleaned conditionally.</summary>
    private static readonly FrozenSet<string> ConditionalElements = Output.ElementRoles.CleanedConditionally;

    /// <summary>A block with this many commas is prose and kept without further checks.</summary>
    private const int ProseCommaCount = 10;

    /// <summary>Link density above which a block without a content name is a link block.</summary>
    private const double LinkDensityLimit = 0.33;

    /// <summary>Link density above which even a block named like content is a link block.</summary>
    private const double NamedContentLinkDensityLimit = 0.5;

    /// <summary>Below this many characters a block with no picture (or many) is debris.</summary>
    private const int TinyTextLength = 25;

    /// <summary>Paragraphs per image under which a block is a gallery rather than prose.</summary>
    private const double MinParagraphsPerImage = 0.5;

    /// <summary>
    /// Drops the copies of containers, then what the given rules find: every rule for an article,
    /// some or none for a profile that keeps more (<see cref="CleanRules"/>).
    /// </summary>
    public static void Run(IElement content, ExtractionContext context, CleanRules rules)
    {
        var stats = NodeStats.Measure(content);
        var changed = InBodyBoxes.DropCopies(content, stats, context);
        if (rules == CleanRules.None)
        {
            return;
        }

        if (rules.HasFlag(CleanRules.LinkBoxes))
        {
            changed |= InBodyBoxes.DropLinkBoxes(content, stats, context);
        }

        if (changed)
        {
            stats = NodeStats.Measure(content);
        }

        var counts = ElementCounts.Measure(content, stats);
        var doomed = new List<(IElement, BoilerplateKind)>();
        var stack = new Stack<IElement>();
        stack.Push(content);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != content && ConditionalElements.Contains(element.LocalName) && !HoldsMostOfContent(element, content, stats)
                && LooksLikeNonProse(element, stats, counts, rules) is { } kind)
            {
                doomed.Add((element, kind));
                continue;
            }

            // Code is never cleaned: its links and short lines are the listing itself.
            if (!Output.ElementRoles.Code.Contains(element.LocalName))
            {
                Children.PushReversed(element, stack);
            }
        }

        foreach (var (element, kind) in doomed)
        {
            Boilerplate.Drop(element, kind, context);
        }
    }

    /// <summary>A block with at least this share of the content's text is the article itself (a wrapper), not a block in it.</summary>
    private const double MostOfContentShare = 0.5;

    private static bool HoldsMostOfContent(IElement element, IElement content, NodeStats stats) =>
        stats[element].TextLength >= stats[content].TextLength * MostOfContentShare;

    /// <summary>The kind of a block that is not prose, or <c>null</c> to keep it.</summary>
    private static BoilerplateKind? LooksLikeNonProse(IElement element, NodeStats stats, ElementCounts counts, CleanRules rules)
    {
        var weight = ElementTraits.ClassWeight(element);
        var count = counts[element];
        if (rules.HasFlag(CleanRules.NamedBoilerplate) && weight < 0 && !IsArticleHeader(element, count))
        {
            return ElementTraits.BoilerplateKindOf(element) ?? BoilerplateKind.Other;
        }

        var stat = stats[element];
        if (stat.Commas >= ProseCommaCount)
        {
            return null;
        }

        var isList = Output.ElementRoles.Lists.Contains(element.LocalName);
        var linkDensity = stat.LinkDensity;
        if ((rules.HasFlag(CleanRules.LinkBlocks) && IsLinkBlock(linkDensity, weight) && !IsQuotation(element, stats) && !HoldsProse(count) && !IsOwnList(count))
            || (rules.HasFlag(CleanRules.TeaserLists) && IsTeaserList(count)))
        {
            return BoilerplateKind.Related;
        }

        if (rules.HasFlag(CleanRules.LinkedLists) && !isList && count.ListItems > count.Paragraphs && count.Paragraphs == 0 && IsLinkedList(linkDensity) && !IsOwnList(count))
        {
            return BoilerplateKind.Related;
        }

        if (rules.HasFlag(CleanRules.Galleries) && count.Images > 1 && (double)count.Paragraphs / count.Images < MinParagraphsPerImage && stat.TextLength < TinyTextLength * 4)
        {
            return BoilerplateKind.Other;
        }

        if (rules.HasFlag(CleanRules.Debris) && !isList && stat.TextLength < TinyTextLength && count.Images == 0 && linkDensity > 0)
        {
            return BoilerplateKind.Other;
        }

        return null;
    }

    /// <summary>
    /// A block that holds a prose paragraph of its own is a section of the article with links in
    /// it, not a block of links: it stays, and its parts are judged one by one (a list of links in
    /// it can still go).
    /// </summary>
    private static bool HoldsProse(BlockCounts count) => count.UnlinkedProse > 0;

    /// <summary>
    /// A block named a header that holds prose of its own: the article's header with its
    /// standfirst (a page header is links and logos). Its parts are judged one by one.
    /// </summary>
    private static bool IsArticleHeader(IElement element, BlockCounts count) => HoldsProse(count) && ElementTraits.IsNamedHeader(element);

    /// <summary>
    /// A list whose items are mostly words of their own, a link in some of them (a checklist, a
    /// list of parts with shops linked): the article's list. In a list of links to other pages
    /// each item is a link, with at most a date or a label beside it.
    /// </summary>
    private static bool IsOwnList(BlockCounts count) => count.ListItems > 0 && count.UnlinkedItems >= count.ListItems * MinUnlinkedItemShare;

    /// <summary>At least this share of a list's items are mostly unlinked text in the article's own list.</summary>
    private static readonly double MinUnlinkedItemShare = Candidates.CandidateVocabulary.Shared.Number("MinUnlinkedItemShare");

    /// <summary>
    /// Cards of other articles: several headlines that are links, and no more prose paragraphs
    /// than headlines (each card has at most a one-paragraph excerpt).
    /// </summary>
    private static bool IsTeaserList(BlockCounts count)
    {
        const int MinTeaserHeadlines = 2;
        return count.LinkedHeadings >= MinTeaserHeadlines && count.Prose <= count.LinkedHeadings;
    }

    /// <summary>
    /// A block of list items (no paragraph) whose text is this much link: a list of links to other
    /// pages. A checklist of sentences with a link here and there is the article's own list.
    /// </summary>
    private static bool IsLinkedList(double linkDensity) => linkDensity > MinLinkedListDensity;

    private static readonly double MinLinkedListDensity = Candidates.CandidateVocabulary.Shared.Number("MinLinkedListDensity");

    /// <summary>
    /// A block that is (nearly) all a quotation: an embedded post (a tweet's text, its author and
    /// its date as links) quoted in the article. Its links belong to the quote; it is content.
    /// </summary>
    private static bool IsQuotation(IElement element, NodeStats stats)
    {
        var length = stats[element].TextLength;
        var quoted = 0;
        foreach (var name in Output.ElementRoles.Quotations)
        {
            foreach (var quote in element.GetElementsByTagName(name))
            {
                quoted += stats[quote].TextLength;
            }
        }

        if (Output.ElementRoles.Quotations.Contains(element.LocalName))
        {
            quoted = length;
        }

        return length > 0 && quoted >= length * MinQuotedShare;
    }

    private static readonly double MinQuotedShare = Candidates.CandidateVocabulary.Shared.Number("MinQuotedShare");

    private static bool IsLinkBlock(double linkDensity, int weight) =>
        weight >= 25 ? linkDensity > NamedContentLinkDensityLimit : linkDensity > LinkDensityLimit;
}

/// <summary>
/// Counts of paragraphs, images, list items, prose paragraphs (and those of them not inside a
/// link: a card that is one link holds none), linked headings, and list items that are mostly
/// unlinked text, under each element, computed once bottom-up.
/// </summary>
internal readonly record struct BlockCounts(int Paragraphs, int Images, int ListItems, int Prose, int LinkedHeadings, int UnlinkedProse, int UnlinkedItems);

/// <summary>The <see cref="BlockCounts"/> of every element under a root.</summary>
internal sealed class ElementCounts
{
    /// <summary>A paragraph at least this long (and nearly link-free) is prose.</summary>
    private const int MinProseLength = 80;

    /// <summary>A heading whose text is at least this share link is a teaser headline.</summary>
    private const double LinkedHeadingShare = 0.8;

    /// <summary>A list item with less of its text in links than this is mostly words of its own.</summary>
    private static readonly double MaxUnlinkedItemLinkDensity = Candidates.CandidateVocabulary.Shared.Number("MaxUnlinkedItemLinkDensity");

    private readonly Dictionary<IElement, BlockCounts> _counts;

    private ElementCounts(Dictionary<IElement, BlockCounts> counts) => _counts = counts;

    public BlockCounts this[IElement element] => _counts.GetValueOrDefault(element);

    public static ElementCounts Measure(IElement root, NodeStats stats)
    {
        var order = stats.Order.Elements; // the tree under root, as measured just before
        var counts = new Dictionary<IElement, BlockCounts>(order.Count);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            int paragraphs = 0, images = 0, items = 0, prose = 0, headings = 0, unlinked = 0, ownItems = 0;
            foreach (var child in Children.Of(element))
            {
                var c = counts[child];
                paragraphs += c.Paragraphs;
                images += c.Images;
                items += c.ListItems;
                prose += c.Prose;
                headings += c.LinkedHeadings;
                unlinked += c.UnlinkedProse;
                ownItems += c.UnlinkedItems;
                switch (child.LocalName)
                {
                    case "p":
                    case "pre":
                    case "blockquote":
                        paragraphs++;
                        if (stats[child].TextLength >= MinProseLength && stats[child].LinkDensity < LinkedHeadingShare / 2)
                        {
                            prose++;
                            unlinked++;
                        }

                        break;
                    case "img":
                        images++;
                        break;
                    case "li":
                        items++;
                        if (stats[child].LinkDensity < MaxUnlinkedItemLinkDensity)
                        {
                            ownItems++;
                        }

                        break;
                    case "h1":
                    case "h2":
                    case "h3":
                    case "h4":
                    case "h5":
                    case "h6":
                        if (element.LocalName == "a" || stats[child].LinkDensity >= LinkedHeadingShare)
                        {
                            headings++;
                        }

                        break;
                }
            }

            counts[element] = new BlockCounts(paragraphs, images, items, prose, headings, element.LocalName == "a" ? 0 : unlinked, ownItems);
        }

        return new ElementCounts(counts);
    }
}
