using AngleSharp.Dom;
using ArticleExtract.Html.Candidates;
using ArticleExtract.Output;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 7, inside the chosen content: boxes that sit in the article's body and are not part of
/// it, recognised by their shape. Copies of a container (one per layout, the others hidden by
/// style sheets), link cards inside a sentence (a person's or a topic's hover card with its
/// headlines), and paragraphs that are a column of links to other articles.
/// </summary>
internal static class InBodyBoxes
{
    /// <summary>A container at least this long that repeats an earlier one word for word is a copy.</summary>
    private static readonly int MinCopyLength = (int)CandidateVocabulary.Shared.Number("MinCopyLength");

    /// <summary>A card holds at least this many links.</summary>
    private static readonly int MinCardLinks = (int)CandidateVocabulary.Shared.Number("MinCardLinks");

    /// <summary>A card's text is at least this share link text.</summary>
    private static readonly double MinCardLinkDensity = CandidateVocabulary.Shared.Number("MinCardLinkDensity");

    /// <summary>A column of links holds at least this many links.</summary>
    private static readonly int MinColumnLinks = (int)CandidateVocabulary.Shared.Number("MinColumnLinks");

    /// <summary>A column of links is at least this share link text.</summary>
    private static readonly double MinColumnLinkDensity = CandidateVocabulary.Shared.Number("MinColumnLinkDensity");

    /// <summary>Drops the copies of containers, so the text is counted once; whether any went.</summary>
    public static bool DropCopies(IElement content, NodeStats stats, ExtractionContext context)
    {
        var doomed = new List<IElement>();
        var earlier = new Dictionary<int, List<IElement>>();
        var stack = new Stack<IElement>();
        Children.PushReversed(content, stack);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var length = stats[element].TextLength;
            if (length < MinCopyLength)
            {
                continue; // nothing below is long enough either
            }

            if (earlier.TryGetValue(length, out var sameLength))
            {
                if (IsCopyOfEarlier(element, sameLength))
                {
                    doomed.Add(element);
                    continue;
                }

                sameLength.Add(element);
            }
            else
            {
                earlier[length] = [element];
            }

            Children.PushReversed(element, stack);
        }

        foreach (var element in doomed)
        {
            Boilerplate.Drop(element, BoilerplateKind.Other, context);
        }

        return doomed.Count > 0;
    }

    /// <summary>
    /// A long container whose text is word for word that of an earlier element of the same length
    /// that does not hold it: the same block once per layout (desktop, tablet, phone), all but one
    /// hidden by the style sheet.
    /// </summary>
    private static bool IsCopyOfEarlier(IElement element, List<IElement> sameLength)
    {
        string? text = null;
        foreach (var other in sameLength)
        {
            if (other.Contains(element))
            {
                continue; // a wrapper around this one
            }

            if (!IsLayoutContainer(element))
            {
                return false;
            }

            text ??= TextNormalizer.CollapseWhitespace(element.TextContent);
            if (string.Equals(text, TextNormalizer.CollapseWhitespace(other.TextContent), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A container of layout (div, section, article, main): what a page repeats per layout. A
    /// paragraph repeated as a paragraph is the author's own and stays.
    /// </summary>
    private static bool IsLayoutContainer(IElement element) =>
        Output.ElementRoles.LayoutContainers.Contains(element.LocalName) && HoldsBlocks(element);

    /// <summary>
    /// Whether the container holds several paragraphs, list items or headings: a region of the
    /// page, not a paragraph written as a div.
    /// </summary>
    private static bool HoldsBlocks(IElement element)
    {
        var blocks = 0;
        foreach (var name in Output.ElementRoles.CopiedBlocks)
        {
            blocks += element.GetElementsByTagName(name).Length;
            if (blocks >= MinCopyBlocks)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copied region holds at least this many blocks.</summary>
    private static readonly int MinCopyBlocks = (int)CandidateVocabulary.Shared.Number("MinCopyBlocks");

    /// <summary>
    /// Drops link cards inside paragraphs and paragraphs that are a column of links; whether any
    /// went. The measures of paragraphs are those taken before copies went (a copy's removal
    /// changes no paragraph).
    /// </summary>
    public static bool DropLinkBoxes(IElement content, NodeStats stats, ExtractionContext context)
    {
        var doomed = new List<(IElement, BoilerplateKind)>();
        var stack = new Stack<(IElement Element, bool InParagraph)>();
        stack.Push((content, false));
        while (stack.Count > 0)
        {
            var (element, inParagraph) = stack.Pop();
            if (element.LocalName == "p" && IsColumnOfLinks(element, stats))
            {
                doomed.Add((element, BoilerplateKind.Related));
                continue;
            }

            if (inParagraph && IsLinkCard(element, stats) && !HasLinkCardChild(element, stats))
            {
                doomed.Add((element, BoilerplateKind.Related));
                continue;
            }

            var childInParagraph = inParagraph || element.LocalName == "p";
            var nodes = element.ChildNodes;
            for (var i = nodes.Length - 1; i >= 0; i--)
            {
                if (nodes[i] is IElement child)
                {
                    stack.Push((child, childInParagraph));
                }
            }
        }

        foreach (var (element, kind) in doomed)
        {
            Boilerplate.Drop(element, kind, context);
        }

        return doomed.Count > 0;
    }

    /// <summary>
    /// An element inside a sentence that is nothing but links, several of them: a hover card
    /// (a person's or a topic's latest headlines) that scripts show over a name. A link in a
    /// sentence is one link; the author's own list of sources has words between its links.
    /// </summary>
    private static bool IsLinkCard(IElement element, NodeStats stats)
    {
        if (element.LocalName is "a" or "p")
        {
            return false;
        }

        var stat = stats[element];
        return stat.TextLength > 0 && stat.LinkDensity >= MinCardLinkDensity && CountLinks(element) >= MinCardLinks;
    }

    /// <summary>Whether a child is itself a card: the smallest card goes, so the name the card hangs on stays.</summary>
    private static bool HasLinkCardChild(IElement element, NodeStats stats)
    {
        foreach (var child in Children.Of(element))
        {
            if (IsLinkCard(child, stats))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that is a column of links, one a line: headlines of other articles set in the
    /// body ("Don't miss", "Read more"), each with at most a label after it.
    /// </summary>
    private static bool IsColumnOfLinks(IElement paragraph, NodeStats stats)
    {
        var stat = stats[paragraph];
        if (stat.LinkDensity < MinColumnLinkDensity)
        {
            return false;
        }

        var links = CountLinks(paragraph);
        return links >= MinColumnLinks && paragraph.GetElementsByTagName("br").Length >= links - 1;
    }

    private static int CountLinks(IElement element) => element.GetElementsByTagName("a").Length;
}
