using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// Stage 2a: a page whose content stands in a &lt;noscript&gt; (a script-built page's version for
/// crawlers, as forum software serves it) while the rest of the body is an empty shell. Such a
/// &lt;noscript&gt; is read as content: it is replaced by a &lt;div&gt; holding its children.
/// Every other &lt;noscript&gt; is left for preparation to drop. The document is this call's own.
/// </summary>
internal static class NoscriptContent
{
    /// <summary>A &lt;noscript&gt; with less text than this is a notice or a tracking pixel, not a page.</summary>
    private const int MinPageText = 500;

    /// <summary>
    /// A noscript with more child nodes than this is left alone: each move searches the child list,
    /// so unwrapping a very wide one would take quadratic time (a page has a few dozen).
    /// </summary>
    private const int MaxChildNodes = 1000;

    /// <summary>
    /// Unwraps the &lt;noscript&gt; that holds the page, if there is one; true when the document changed.
    /// </summary>
    public static bool UnwrapPage(IHtmlDocument document, TreeOrder? elements)
    {
        if (elements is null || document.Body is not { } body)
        {
            return false;
        }

        IElement? largest = null;
        var largestText = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i].LocalName == "noscript")
            {
                var text = VisibleText(elements[i]);
                if (text > largestText)
                {
                    (largest, largestText) = (elements[i], text);
                }

                i = elements.End(i) - 1;
            }
        }

        // The body is measured only when a noscript holds a page's worth of text (few pages have one).
        if (largest is null || largestText < MinPageText || largest.ChildNodes.Length > MaxChildNodes || !IsThePage(largestText, VisibleText(body)) || !body.Contains(largest))
        {
            return false;
        }

        var replacement = document.CreateElement("div");
        while (largest.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        largest.Parent!.ReplaceChild(replacement, largest);
        return true;
    }

    /// <summary>The noscript holds a page's worth of text, at least as much as the visible body around it.</summary>
    private static bool IsThePage(int noscriptText, int visibleBodyText) => noscriptText >= MinPageText && noscriptText >= visibleBodyText;

    /// <summary>The length of the text under an element, without scripts, styles and (below the root) noscripts.</summary>
    private static int VisibleText(IElement root)
    {
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var nodes = node.ChildNodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                switch (nodes[i])
                {
                    case IElement scripting when Output.ElementRoles.Scripting.Contains(scripting.LocalName):
                        break;
                    case IElement element:
                        stack.Push(element);
                        break;
                    case IText text:
                        length += text.Data.AsSpan().Trim().Length;
                        break;
                }
            }
        }

        return length;
    }
}
