using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>Walks over a page's elements with an explicit stack (pages can be nested 200,000 levels deep).</summary>
internal static class ElementWalk
{
    /// <summary>The first image inside an element (a noscript fallback), or <c>null</c>.</summary>
    public static IElement? FirstImage(IElement container)
    {
        var stack = new Stack<IElement>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName == "img")
            {
                return element;
            }

            PushElementChildren(stack, element);
        }

        return null;
    }

    /// <summary>
    /// Pushes an element's element children, the last first (so they pop in document order). By
    /// index: AngleSharp finds a node's sibling by scanning its parent's children, so walking by
    /// siblings is quadratic in a wide element.
    /// </summary>
    public static void PushElementChildren(Stack<IElement> stack, IElement element)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }
}
