using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
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
    public static NodeStat[] ByPosition(TreeOrder tree) => ByPosition(tree, own: null);

    /// <summary>
    /// As <see cref="ByPosition(TreeOrder)"/>, and writes each element's own share to
    /// <paramref name="own"/> (when given): the text and commas of its text nodes alone, without
    /// its element children, from which <see cref="AfterRemoval"/> sums the measures again.
    /// </summary>
    public static NodeStat[] ByPosition(TreeOrder tree, NodeStat[]? own)
    {
        var stats = new NodeStat[tree.Count];
        for (var i = tree.Count - 1; i >= 0; i--)
        {
            var element = tree[i];
            int ownText = 0, ownCommas = 0, text = 0, link = 0, commas = 0;
            var child = i + 1;
            var nodes = ((INode)element).ChildNodes;
            for (var index = 0; index < nodes.Length; index++)
            {
                // Every child is AngleSharp's Node: its NodeType is read directly (a field), where a call
                // through INode is dispatched on the child's own class (text, comment, element...).
                var node = (Node)nodes[index];
                var type = node.NodeType;
                if (type == NodeType.Element)
                {
                    // Element children come in document order: the next one is where this one's subtree ends.
                    var childStat = stats[child];
                    text += childStat.TextLength;
                    link += childStat.LinkLength;
                    commas += childStat.Commas;
                    child = tree.End(child);
                }
                else if (type is NodeType.Text or NodeType.CharacterData) // text, or CDATA (IText too)
                {
                    var (length, count) = MeasureText(((ICharacterData)node).Data);
                    ownText += length;
                    ownCommas += count;
                }
            }

            if (own is not null)
            {
                own[i] = new NodeStat(ownText, 0, ownCommas);
            }

            text += ownText;
            commas += ownCommas;
            if (element.LocalName == "a")
            {
                link = text;
            }

            stats[i] = new NodeStat(text, link, commas);
        }

        return stats;
    }

    /// <summary>
    /// The measures of a tree after the subtrees at <paramref name="removed"/> (positions in any
    /// order; a subtree inside one already removed counts once) were detached, as
    /// <see cref="Measure(IElement)"/> would give them, from the tree and the own shares that
    /// <see cref="ByPosition(TreeOrder, NodeStat[])"/> wrote: no walk of the document, no text read again.
    /// </summary>
    public static NodeStats AfterRemoval(TreeOrder tree, NodeStat[] own, IReadOnlyList<int> removed)
    {
        var kept = new bool[tree.Count];
        Array.Fill(kept, true);
        var positions = removed.ToArray();
        Array.Sort(positions);
        var coveredUntil = 0;
        foreach (var position in positions)
        {
            for (var i = Math.Max(position, coveredUntil); i < tree.End(position); i++)
            {
                kept[i] = false;
            }

            coveredUntil = Math.Max(coveredUntil, tree.End(position));
        }

        var left = tree.Without(kept, out var newPosition);
        var stats = new NodeStat[left.Count];
        var table = new Dictionary<IElement, NodeStat>(left.Count);
        for (var i = tree.Count - 1; i >= 0; i--)
        {
            if (!kept[i])
            {
                continue;
            }

            var at = newPosition[i];
            int text = own[i].TextLength, link = 0, commas = own[i].Commas;
            for (var child = at + 1; child < left.End(at); child = left.End(child))
            {
                text += stats[child].TextLength;
                link += stats[child].LinkLength;
                commas += stats[child].Commas;
            }

            if (left[at].LocalName == "a")
            {
                link = text;
            }

            stats[at] = new NodeStat(text, link, commas);
            table[left[at]] = stats[at];
        }

        return new NodeStats(table, left);
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
    /// One pass: eight characters at a time as bit masks (as <c>TextNormalizer.CountWords</c>
    /// reads words), where a run begins at each whitespace bit whose left neighbour is visible; a
    /// block holding a character beyond ASCII is also tested for the spaces and commas beyond
    /// ASCII (Cyrillic, Greek or Chinese text stays on the vector path).
    /// </summary>
    internal static (int Length, int Commas) MeasureText(ReadOnlySpan<char> data)
    {
        var counts = new TextCounts { PreviousIsSpace = true }; // the start of the node: a leading run never counts
        var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(data);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                var space = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'\t'), Vector128.Create(AsciiControlSpaces))
                    | Vector128.Equals(block, Vector128.Create((ushort)' '));
                var comma = Vector128.Equals(block, Vector128.Create((ushort)','));
                if (Vector128.GreaterThanAny(block, Vector128.Create(MaxAscii)))
                {
                    space |= SpacesBeyondAscii(block);
                    comma |= Vector128.Equals(block, Vector128.Create(FullwidthComma)) | Vector128.Equals(block, Vector128.Create(IdeographicComma));
                }

                counts.AddBlock(space.ExtractMostSignificantBits(), comma.ExtractMostSignificantBits(), Vector128<ushort>.Count);
            }
        }

        counts.AddOneByOne(data[i..]);
        return (data.Length - counts.Spaces + counts.Runs, counts.Commas);
    }

    /// <summary>
    /// The whitespace beyond ASCII that <see cref="char.IsWhiteSpace(char)"/> accepts, as a lane
    /// mask: next line, no-break space, ogham space mark, the spaces from en quad to hair space,
    /// the line and paragraph separators, narrow no-break, medium mathematical and ideographic spaces.
    /// </summary>
    private static Vector128<ushort> SpacesBeyondAscii(Vector128<ushort> block) =>
        Vector128.Equals(block, Vector128.Create((ushort)'\u0085'))
        | Vector128.Equals(block, Vector128.Create((ushort)'\u00A0'))
        | Vector128.Equals(block, Vector128.Create((ushort)'\u1680'))
        | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'\u2000'), Vector128.Create((ushort)('\u200A' - '\u2000')))
        | Vector128.Equals(block, Vector128.Create((ushort)'\u2028'))
        | Vector128.Equals(block, Vector128.Create((ushort)'\u2029'))
        | Vector128.Equals(block, Vector128.Create((ushort)'\u202F'))
        | Vector128.Equals(block, Vector128.Create((ushort)'\u205F'))
        | Vector128.Equals(block, Vector128.Create((ushort)'\u3000'));

    /// <summary>The comma of East Asian full-width forms.</summary>
    private const ushort FullwidthComma = '\uFF0C';

    /// <summary>The ideographic comma (Chinese and Japanese enumeration).</summary>
    private const ushort IdeographicComma = '\u3001';

    /// <summary>The last ASCII character.</summary>
    private const ushort MaxAscii = 0x7F;

    /// <summary>The ASCII whitespace controls are tab and the four after it (line feed, vertical tab, form feed, carriage return).</summary>
    private const ushort AsciiControlSpaces = '\r' - '\t';

    /// <summary>What <see cref="MeasureText"/> has counted so far.</summary>
    private struct TextCounts
    {
        /// <summary>Whitespace characters.</summary>
        public int Spaces;

        /// <summary>Whitespace runs that follow a visible character.</summary>
        public int Runs;

        public int Commas;

        /// <summary>Whether the character before the next one is whitespace (or the start of the text).</summary>
        public bool PreviousIsSpace;

        /// <summary>Adds a block of ASCII characters given as masks, bit <c>i</c> for character <c>i</c>.</summary>
        public void AddBlock(uint space, uint comma, int width)
        {
            var previous = (space << 1) | (PreviousIsSpace ? 1u : 0u);
            Spaces += BitOperations.PopCount(space);
            Runs += BitOperations.PopCount(space & ~previous);
            Commas += BitOperations.PopCount(comma);
            PreviousIsSpace = (space >> (width - 1)) != 0;
        }

        public void AddOneByOne(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                var isSpace = WhiteSpace.Contains(c);
                Spaces += isSpace ? 1 : 0;
                Runs += isSpace && !PreviousIsSpace ? 1 : 0;
                Commas += c is ',' or (char)FullwidthComma or (char)IdeographicComma ? 1 : 0;
                PreviousIsSpace = isSpace;
            }
        }
    }
}
