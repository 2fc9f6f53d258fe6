namespace ArticleExtract.Output;

/// <summary>
/// The body tree's final clean-up, bottom-up with an explicit stack: marks what holds content,
/// removes elements left without any (cells excepted, to keep a table's shape), and trims line
/// breaks and spaces at the edges of paragraphs.
/// </summary>
internal static class BodyTreeCleanup
{
    /// <summary>The walk stack's first capacity: deep enough for most content without growing.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>Cleans the tree up in place.</summary>
    public static void Run(BodyNode root)
    {
        var stack = new Stack<(BodyNode Node, bool Leaving)>(InitialStackCapacity);
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (!leaving)
            {
                stack.Push((node, true));
                for (var i = node.Children.Count - 1; i >= 0; i--)
                {
                    // Text is marked here, not pushed: it has nothing below it to wait for.
                    var child = node.Children[i];
                    if (child.IsText)
                    {
                        child.HasContent = !IsBlank(child);
                    }
                    else
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            var children = node.Children;
            children.RemoveAll(child => !child.IsText && !child.HasContent && child.Name is not ("br" or "td" or "th"));
            if (node.Name is not "pre")
            {
                TrimEdges(node);
            }

            var hasContent = node.Name == "img";
            foreach (var child in children)
            {
                hasContent |= child.HasContent;
            }

            node.HasContent = hasContent;
        }
    }

    private static bool IsBlank(BodyNode text)
    {
        foreach (var chunk in text.TextBuilder.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Removes line breaks and spaces at the start and end of a block (inline elements keep theirs: the block's edges are enough).</summary>
    private static void TrimEdges(BodyNode node)
    {
        if (ElementRoles.InlineElements.Contains(node.Name))
        {
            return;
        }

        var children = node.Children;
        while (children.Count > 0 && (children[^1].Name == "br" || (children[^1].IsText && IsBlank(children[^1]))))
        {
            children.RemoveAt(children.Count - 1);
        }

        while (children.Count > 0 && (children[0].Name == "br" || (children[0].IsText && IsBlank(children[0]))))
        {
            children.RemoveAt(0);
        }

        if (children.Count > 0 && children[^1].IsText)
        {
            var builder = children[^1].TextBuilder;
            while (builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }
        }
    }
}
