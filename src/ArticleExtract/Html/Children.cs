using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// Walks the element children of a node by index over its child list (a class test, <c>is Element</c>,
/// is cheaper than the interface test <c>is IElement</c> on every node). AngleSharp's sibling
/// links (NextElementSibling, PreviousSibling...) search the parent's list on every step, which
/// is quadratic on wide nodes; the index is constant time.
/// </summary>
internal static class Children
{
    /// <summary>The element children of a node, in document order.</summary>
    public static ElementList Of(INode node) => new(node.ChildNodes);

    /// <summary>Pushes the element children onto a stack last first, so that they pop in document order.</summary>
    public static void PushReversed(INode node, Stack<IElement> stack)
    {
        var nodes = node.ChildNodes;
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            if (nodes[i] is Element element)
            {
                stack.Push(element);
            }
        }
    }

    /// <summary>The element children of one node, enumerated without allocation.</summary>
    internal readonly struct ElementList(INodeList nodes)
    {
        public Enumerator GetEnumerator() => new(nodes);

        /// <summary>Steps over the child list by index, skipping text and other non-element nodes.</summary>
        internal struct Enumerator(INodeList nodes)
        {
            private int _index = -1;

            public IElement Current { get; private set; } = null!;

            public bool MoveNext()
            {
                while (++_index < nodes.Length)
                {
                    if (nodes[_index] is Element element)
                    {
                        Current = element;
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
