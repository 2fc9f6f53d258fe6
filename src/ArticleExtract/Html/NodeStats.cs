using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>The text measures of one element: visible text length, text inside links, commas.</summary>
internal readonly record struct NodeStat(int TextLength, int LinkLength, int Commas)
{
    /// <summary>The share of the text that sits inside links (0 when there is no text).</summary>
    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
}

/// <summary>
/// Text length, link-text length and commas of every element under a root, computed once,
/// bottom-up, by an iterative walk (no recursion, no repeated <c>TextContent</c>).
/// Kept in a side table keyed by element; recomputed after a stage changes the tree.
/// </summary>
internal sealed class NodeStats
{
    private readonly Dictionary<IElement, NodeStat> _stats;

    private NodeStats(Dictionary<IElement, NodeStat> stats) => _stats = stats;

    /// <summary>The measures of an element (zero for an element outside the measured tree).</summary>
    public NodeStat this[IElement element] => _stats.TryGetValue(element, out var stat) ? stat : default;

    /// <summary>Measures every element under (and including) the root.</summary>
    public static NodeStats Measure(IElement root) => Measure(PreOrder(root));

    /// <summary>Measures every element of a tree given in pre-order (<see cref="PreOrder"/>), for a stage that walks it too.</summary>
    public static NodeStats Measure(List<IElement> order)
    {
        var stats = new Dictionary<IElement, NodeStat>(order.Count);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            int text = 0, link = 0, commas = 0;
            var nodes = element.ChildNodes;
            for (var index = 0; index < nodes.Length; index++)
            {
                var child = nodes[index];
                if (child is IText textNode)
                {
                    var (length, count) = MeasureText(textNode.Data);
                    text += length;
                    commas += count;
                }
                else if (child is IElement childElement && stats.TryGetValue(childElement, out var childStat))
                {
                    text += childStat.TextLength;
                    link += childStat.LinkLength;
                    commas += childStat.Commas;
                }
            }

            if (element.LocalName == "a")
            {
                link = text;
            }

            stats[element] = new NodeStat(text, link, commas);
        }

        return new NodeStats(stats);
    }

    /// <summary>The elements under (and including) the root in document order, by an explicit stack.</summary>
    public static List<IElement> PreOrder(IElement root)
    {
        var order = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            order.Add(element);
            Children.PushReversed(element, stack);
        }

        return order;
    }

    /// <summary>Visible length (whitespace runs count as one) and commas of a text node's data.</summary>
    private static (int Length, int Commas) MeasureText(string data)
    {
        var length = 0;
        var commas = 0;
        var lastWasSpace = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (!lastWasSpace)
                {
                    length++;
                }

                lastWasSpace = true;
                continue;
            }

            length++;
            lastWasSpace = false;
            if (c is ',' or '，' or '、')
            {
                commas++;
            }
        }

        return (length, commas);
    }
}
