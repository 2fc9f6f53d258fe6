using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Html;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The first paragraph of the article, for the excerpt when the page gives no description: the
/// first visible &lt;p&gt; with text, outside page furniture, inside the article element when
/// the page marks one (&lt;article&gt;, itemprop=articleBody, role=main, &lt;main&gt;).
/// </summary>
internal static class LeadParagraph
{
    /// <summary>This many &lt;br&gt; in a row separate two paragraphs.</summary>
    private const int ParagraphBreaks = 2;

    /// <summary>The lead paragraph's text, or null.</summary>
    public static string? Find(IHtmlDocument document, PageScan scan, MetadataVocabulary vocabulary)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var scope = ArticleScope(scan) ?? body;
        return FirstParagraph(scope, vocabulary) ?? (scope == body ? null : FirstParagraph(body, vocabulary));
    }

    /// <summary>The element the page marks as its article, when it marks exactly one.</summary>
    private static IElement? ArticleScope(PageScan scan)
    {
        if (scan.ArticleBodies.Count == 1)
        {
            return scan.ArticleBodies.First;
        }

        if (scan.Articles.Count == 1)
        {
            return scan.Articles.First;
        }

        return scan.Mains.Single;
    }

    /// <summary>
    /// The first paragraph in document order: a &lt;p&gt;, or a run of text and inline elements
    /// standing directly in a container (a &lt;div&gt; used as a paragraph).
    /// </summary>
    private static string? FirstParagraph(IElement scope, MetadataVocabulary vocabulary)
    {
        var matchText = new MatchText();
        var stack = new Stack<(IElement? Element, string? Run)>();
        stack.Push((scope, null));
        while (stack.Count > 0)
        {
            var (element, run) = stack.Pop();
            if (element is null)
            {
                var text = TextNormalizer.CollapseWhitespace(run ?? "");
                if (text.Length > 0 && !IsBylineOrDateline(text))
                {
                    return text;
                }

                continue;
            }

            if (element != scope && IsPassedOver(element, matchText, vocabulary))
            {
                continue;
            }

            if (element.LocalName == "p")
            {
                var text = TextNormalizer.CollapseWhitespace(VisibleText(element));
                if (text.Length > 0 && !IsBylineOrDateline(text))
                {
                    return text;
                }

                continue;
            }

            if (IsHeading(element))
            {
                continue;
            }

            foreach (var item in Items(element))
            {
                if (item.Element is not null || HoldsParagraphText(element))
                {
                    stack.Push(item);
                }
            }
        }

        return null;
    }

    /// <summary>The children of a container as blocks and runs of inline content, last first (for the stack).</summary>
    private static List<(IElement? Element, string? Run)> Items(IElement container)
    {
        var items = new List<(IElement?, string?)>();
        var run = new System.Text.StringBuilder();
        var breaks = 0;
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                breaks++;
                continue;
            }

            if (node.NodeType == NodeType.Text && string.IsNullOrWhiteSpace(node.TextContent))
            {
                run.Append(' ');
                continue;
            }

            // Two line breaks in a row end a paragraph, as a blank line does.
            if (breaks >= ParagraphBreaks && !string.IsNullOrWhiteSpace(run.ToString()))
            {
                items.Add((null, run.ToString()));
                run.Clear();
            }

            breaks = 0;
            if (node is IElement child && IsBlock(child))
            {
                if (run.Length > 0)
                {
                    items.Add((null, run.ToString()));
                    run.Clear();
                }

                items.Add((child, null));
            }
            else if (node is IElement inline)
            {
                run.Append(VisibleText(inline));
            }
            else if (node.NodeType == NodeType.Text)
            {
                run.Append(node.TextContent);
            }
        }

        if (run.Length > 0)
        {
            items.Add((null, run.ToString()));
        }

        items.Reverse();
        return items;
    }

    /// <summary>The text of an element without its scripts, styles and hidden descendants.</summary>
    private static string VisibleText(IElement element)
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement child)
            {
                if (BylineElement.IsSkipped(child))
                {
                    continue;
                }

                for (var i = child.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push(child.ChildNodes[i]);
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                text.Append(node.TextContent);
            }
        }

        return text.ToString();
    }

    /// <summary>A line that only says who wrote the article or when ("// By Jane Doe • Nov 11, 2020").</summary>
    private static bool IsBylineOrDateline(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var line = text.AsSpan(start);
        return LineMetadata.TryParseByline(line, out _) || LineMetadata.TryParseDateline(line, out _, out _);
    }

    /// <summary>Containers whose loose text is a paragraph (a &lt;div&gt; standing for a &lt;p&gt;); list items and cells are not.</summary>
    private static bool HoldsParagraphText(IElement element) => Output.ElementRoles.LeadTextContainers.Contains(element.LocalName);

    private static bool IsHeading(IElement element) => Output.ElementRoles.IsHeading(element.LocalName);

    /// <summary>Elements that break a run of inline content into paragraphs: blocks, and elements holding blocks.</summary>
    private static bool IsBlock(IElement element) => IsBlockTag(element) || HoldsBlock(element);

    /// <summary>Whether a block element stands anywhere below the element (an iterative walk, no selector parsing).</summary>
    private static bool HoldsBlock(IElement element)
    {
        var stack = new Stack<IElement>();
        Html.Children.PushReversed(element, stack);
        while (stack.Count > 0)
        {
            var descendant = stack.Pop();
            if (IsContainerBlockTag(descendant))
            {
                return true;
            }

            Html.Children.PushReversed(descendant, stack);
        }

        return false;
    }

    /// <summary>The block tags looked for inside an inline element (as a selector would: no table parts, no scripts).</summary>
    private static bool IsContainerBlockTag(IElement element) => Output.ElementRoles.HtmlBlocks.Contains(element.LocalName);

    private static bool IsBlockTag(IElement element) => Output.ElementRoles.LeadBreaks.Contains(element.LocalName);

    /// <summary>Elements whose text is no lead paragraph: hidden ones, page furniture, bylines.</summary>
    private static bool IsPassedOver(IElement element, MatchText matchText, MetadataVocabulary vocabulary)
    {
        var attributes = MarkupAttributes.Of(element);
        if (BylineElement.IsSkipped(element, attributes))
        {
            return true;
        }

        var matchString = matchText.Of(attributes);
        return IsFurniture(element, attributes, matchString, vocabulary) || BylineElement.IsByline(element, attributes, matchString, vocabulary);
    }

    /// <summary>Navigation, headers, footers, asides, forms, and elements classed as furniture.</summary>
    private static bool IsFurniture(IElement element, in MarkupAttributes attributes, ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary)
    {
        if (Output.ElementRoles.Furniture.Contains(element.LocalName))
        {
            return true;
        }

        return BylineElement.IsUnlikelyCandidate(element, attributes, matchString, vocabulary) || IsNavigation(matchString, vocabulary);
    }

    private static bool IsNavigation(ReadOnlySpan<char> matchString, MetadataVocabulary vocabulary) =>
        matchString.ContainsAny(vocabulary.NavigationTokenSearch);
}
