using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>
/// Finds the inline elements and paragraphs that hold block-level elements (a link around a
/// whole teaser, an &lt;em&gt; around paragraphs): the body tree builder unwraps those so that
/// their blocks stay blocks.
/// </summary>
internal static class PhrasingHoldingBlocks
{
    /// <summary>The walk stacks' first capacity: deep enough for most content without growing.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>The paragraphs and inline elements inside <paramref name="content"/> that hold blocks. One post-order pass with an explicit stack.</summary>
    public static HashSet<IElement> Find(IElement content)
    {
        var found = new HashSet<IElement>();
        var stack = new Stack<(IElement Element, bool Leaving)>(InitialStackCapacity);
        var holds = new Stack<bool>(InitialStackCapacity);
        stack.Push((content, false));
        while (stack.Count > 0)
        {
            var (element, leaving) = stack.Pop();
            var name = element.LocalName;
            if (!leaving)
            {
                if (element != content && ElementRoles.Dropped.Contains(name))
                {
                    continue;
                }

                stack.Push((element, true));
                holds.Push(false);
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    // A class test: cheaper than testing for the interface, and every element is one.
                    if (children[i] is Element child)
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            var holdsBlock = holds.Pop();
            if (holdsBlock && (name == "p" || ElementRoles.InlineElements.Contains(name)))
            {
                found.Add(element);
            }

            // The parent's flag first: once it holds a block, its other children need no look-up.
            if (holds.Count > 0 && !holds.Peek() && (holdsBlock || ElementRoles.BlockLike.Contains(name)))
            {
                holds.Pop();
                holds.Push(true);
            }
        }

        return found;
    }
}
