using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Input;

/// <summary>
/// Copies a caller's parsed document into a document of our own, so that the extraction, which
/// edits its tree, never changes the caller's. The copy is what our parser would have built:
/// elements and text only (no comments), the element count bounded as it is while parsing, the
/// nesting capped at <see cref="DocumentLoader.MaxTreeDepth"/>. An explicit stack, never recursion:
/// a caller's document may be nested as deep as it likes.
/// </summary>
internal static class DocumentCopy
{
    /// <summary>How many copied elements pass between two looks at the cancellation token.</summary>
    private const int ElementsPerCancellationCheck = 1024;

    /// <summary>Fills <paramref name="target"/> (an empty document of our parser) with a copy of <paramref name="source"/>.</summary>
    public static IHtmlDocument Of(IDocument source, IHtmlDocument target, int maxElements, CancellationToken cancellationToken)
    {
        while (target.FirstChild is { } child)
        {
            target.RemoveChild(child);
        }

        var copied = 0;
        var stack = new Stack<(INode Source, INode Parent, int Depth)>();
        PushChildren(stack, source, target, 0);
        while (stack.Count > 0)
        {
            var (node, parent, depth) = stack.Pop();
            switch (node)
            {
                case IElement element:
                    if (++copied > maxElements)
                    {
                        throw Limits.TooManyElements(maxElements);
                    }

                    if (copied % ElementsPerCancellationCheck == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    var copy = target.Import(element, deep: false);
                    parent.AppendChild(copy);

                    // Deeper than the cap, children go beside their parent, as the parser puts them.
                    PushChildren(stack, element, depth < DocumentLoader.MaxTreeDepth ? copy : parent, Math.Min(depth + 1, DocumentLoader.MaxTreeDepth));
                    break;
                case IText text when parent is not IDocument:
                    parent.AppendChild(target.CreateTextNode(text.Data));
                    break;
            }
        }

        return target;
    }

    private static void PushChildren(Stack<(INode, INode, int)> stack, INode source, INode parent, int depth)
    {
        var children = source.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], parent, depth));
        }
    }
}
