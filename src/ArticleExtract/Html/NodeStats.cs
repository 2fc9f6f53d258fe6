using System.Buffers;
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
    /// <summary>The characters <see cref="char.IsWhiteSpace(char)"/> accepts (no-break space among them).</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(Output.TextNormalizer.WhiteSpaceCharacters);

    /// <summary>The ASCII characters among them: the scan of ASCII text (most text) stays on the vectorised path.</summary>
    private static readonly SearchValues<char> AsciiWhiteSpace = SearchValues.Create("\t\n\v\f\r ");

    /// <summary>The full-width comma and the ideographic comma, counted as commas of CJK text.</summary>
    private static readonly SearchValues<char> WideCommas = SearchValues.Create("\uFF0C\u3001");

    private readonly Dictionary<IElement, NodeStat> _stats;

    private NodeStats(Dictionary<IElement, NodeStat> stats, TreeOrder order)
    {
        _stats = stats;
        Order = order;
    }

    /// <summary>The measured tree in document order: a later walk of the same root reads it instead of walking again.</summary>
    public TreeOrder Order { get; }

    /// <summary>The measures of an element (zero for an element outside the measured tree).</summary>
    public NodeStat this[IElement element] => _stats.TryGetValue(element, out var stat) ? stat : default;

    /// <summary>Measures every element under (and including) the root.</summary>
    public static NodeStats Measure(IElement root)
    {
        var tree = TreeOrder.Of(root);
        var measures = ByPosition(tree);
        var stats = new Dictionary<IElement, NodeStat>(tree.Count);
        for (var i = 0; i < tree.Count; i++)
        {
            stats[tree[i]] = measures[i];
        }

        return new NodeStats(stats, tree);
    }

    /// <summary>The measures of every element of a tree, by position, computed bottom-up without a table.</summary>
    public static NodeStat[] ByPosition(TreeOrder tree)
    {
        var stats = new NodeStat[tree.Count];
        for (var i = tree.Count - 1; i >= 0; i--)
        {
            var element = tree[i];
            int text = 0, link = 0, commas = 0;
            var child = i + 1;
            var nodes = element.ChildNodes;
            for (var index = 0; index < nodes.Length; index++)
            {
                var node = nodes[index];
                if (node is Element)
                {
                    // Element children come in document order: the next one is where this one's subtree ends.
                    var childStat = stats[child];
                    text += childStat.TextLength;
                    link += childStat.LinkLength;
                    commas += childStat.Commas;
                    child = tree.End(child);
                }
                else if (node.NodeType is NodeType.Text or NodeType.CharacterData) // text, or CDATA (IText too)
                {
                    var (length, count) = MeasureText(((ICharacterData)node).Data);
                    text += length;
                    commas += count;
                }
            }

            if (element.LocalName == "a")
            {
                link = text;
            }

            stats[i] = new NodeStat(text, link, commas);
        }

        return stats;
    }

    /// <summary>
    /// The measures of one element alone, as <see cref="Measure(IElement)"/> gives them for the
    /// root, without a table: the text of its text nodes, the part of it inside links, commas.
    /// </summary>
    public static NodeStat Total(IElement root)
    {
        int text = 0, link = 0, commas = 0;
        var stack = new Stack<(INode Node, bool InLink)>();
        stack.Push((root, root.LocalName == "a"));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            var nodes = node.ChildNodes;
            for (var index = nodes.Length - 1; index >= 0; index--)
            {
                var child = nodes[index];
                if (child is Element element)
                {
                    stack.Push((element, inLink || element.LocalName == "a"));
                }
                else if (child.NodeType is NodeType.Text or NodeType.CharacterData) // text, or CDATA (IText too)
                {
                    var (length, count) = MeasureText(((ICharacterData)child).Data);
                    text += length;
                    commas += count;
                    link += inLink ? length : 0;
                }
            }
        }

        return new NodeStat(text, link, commas);
    }

    /// <summary>
    /// Visible length and commas of a text node's data: every character but whitespace counts,
    /// a whitespace run counts as one after a visible character, never at the start of the node.
    /// Vectorised: the scan jumps from word to word.
    /// </summary>
    internal static (int Length, int Commas) MeasureText(ReadOnlySpan<char> data)
    {
        var whiteSpace = System.Text.Ascii.IsValid(data) ? AsciiWhiteSpace : WhiteSpace;
        var length = 0;
        var rest = data;
        while (true)
        {
            var word = rest.IndexOfAnyExcept(whiteSpace);
            if (word < 0)
            {
                break;
            }

            rest = rest[word..];
            var space = rest.IndexOfAny(whiteSpace);
            if (space < 0)
            {
                length += rest.Length;
                break;
            }

            length += space + 1; // the word, and the whitespace run after it as one
            rest = rest[space..];
        }

        var commas = data.Count(',');
        if (data.ContainsAny(WideCommas))
        {
            commas += data.Count('\uFF0C') + data.Count('\u3001');
        }

        return (length, commas);
    }
}
