using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// The elements under (and including) a root in document order, with where each one's subtree
/// ends: a stage that walks the tree keeps its per-element values in arrays indexed by position
/// instead of tables keyed by element. The children of the element at <c>i</c> are at
/// <c>i + 1</c>, then <c>End(i + 1)</c>, and so on while below <c>End(i)</c>; its descendants are
/// the positions from <c>i + 1</c> to <c>End(i)</c>. Built by one walk with an explicit stack.
/// </summary>
/// <remarks>
/// Holds AngleSharp's <see cref="Element"/> class (every element its parser makes derives from
/// it), not the <see cref="IElement"/> interface: a stage that reads <c>LocalName</c> or calls
/// <c>GetAttribute</c> on a position calls the class's member directly, where a call through the
/// interface is dispatched by the element's own class (one of dozens: div, p, a...) each time.
/// </remarks>
internal sealed class TreeOrder
{
    private readonly List<Element> _elements;
    private readonly int[] _ends;

    private TreeOrder(List<Element> elements, int[] ends)
    {
        _elements = elements;
        _ends = ends;
    }

    /// <summary>How many elements the tree holds.</summary>
    public int Count => _elements.Count;

    /// <summary>The elements in document order (the root first).</summary>
    public List<Element> Elements => _elements;

    /// <summary>The element at a position.</summary>
    public Element this[int position] => _elements[position];

    /// <summary>The position just past the subtree of the element at <paramref name="position"/>.</summary>
    public int End(int position) => _ends[position];

    /// <summary>
    /// The tree without the positions where <paramref name="kept"/> is false (whole subtrees,
    /// as after detaching them), in document order, as <see cref="Of(Element)"/> would walk it then;
    /// <paramref name="newPosition"/> gives each kept position's place in it.
    /// </summary>
    public TreeOrder Without(bool[] kept, out int[] newPosition) => Compact(0, kept, out newPosition);

    /// <summary>
    /// The subtree of the element at <paramref name="root"/> as its own tree, leaving out the
    /// elements below it that <paramref name="leaveOut"/> picks, with their subtrees, and adding
    /// them to <paramref name="leftOut"/> in document order, as <see cref="Of(Element, Func{Element, bool}?, List{IElement}?)"/>
    /// would walk the subtree: from this tree's arrays, without walking the document again.
    /// </summary>
    public TreeOrder Subtree(int root, Func<Element, bool> leaveOut, List<IElement> leftOut)
    {
        var kept = new bool[_ends[root] - root];
        for (var i = root; i < _ends[root];)
        {
            if (i != root && leaveOut(_elements[i]))
            {
                leftOut.Add(_elements[i]);
                i = _ends[i];
                continue;
            }

            kept[i - root] = true;
            i++;
        }

        return Compact(root, kept, out _);
    }

    /// <summary>
    /// The positions from <paramref name="from"/> on where <paramref name="kept"/> (indexed from
    /// <paramref name="from"/>) is true, as a tree of their own: where each kept subtree ends is
    /// counted again over the kept positions alone. A subtree is kept or left out whole.
    /// </summary>
    private TreeOrder Compact(int from, bool[] kept, out int[] newPosition)
    {
        // newPosition[i - from]: how many kept positions come before i (i's place when it is kept).
        newPosition = new int[kept.Length + 1];
        var elements = new List<Element>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            newPosition[i] = elements.Count;
            if (kept[i])
            {
                elements.Add(_elements[from + i]);
            }
        }

        newPosition[kept.Length] = elements.Count;
        var ends = new int[elements.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i])
            {
                ends[newPosition[i]] = newPosition[_ends[from + i] - from];
            }
        }

        return new TreeOrder(elements, ends);
    }

    /// <summary>The position of a child of the element at <paramref name="parent"/>, or -1 when it is none of its element children.</summary>
    public int ChildPosition(int parent, IElement child)
    {
        for (var position = parent + 1; position < _ends[parent]; position = _ends[position])
        {
            if (_elements[position] == child)
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>The root of the tree (its first element).</summary>
    public Element Root => _elements[0];

    /// <summary>Walks the tree under the root once.</summary>
    public static TreeOrder Of(Element root) => Of(root, leaveOut: null, leftOut: null);

    /// <summary>Walks the tree under an element of AngleSharp's parser (every one is an <see cref="Element"/>).</summary>
    public static TreeOrder Of(IElement root) => Of((Element)root, leaveOut: null, leftOut: null);

    /// <summary>
    /// Walks the tree under the root once, leaving out the elements below the root that
    /// <paramref name="leaveOut"/> picks, with their subtrees, and adding them to
    /// <paramref name="leftOut"/> in document order: the order the tree will have once they are detached.
    /// </summary>
    public static TreeOrder Of(Element root, Func<Element, bool>? leaveOut, List<IElement>? leftOut)
    {
        var elements = new List<Element> { root };
        var ends = new List<int> { 0 };

        // One frame per open element (its children, the next one to read, its position), the innermost last.
        var open = new Frame[InitialDepth];
        var depth = 1;
        open[0] = new Frame(((INode)root).ChildNodes, 0);
        while (depth > 0)
        {
            ref var frame = ref open[depth - 1];
            if (frame.Next == frame.Count)
            {
                ends[frame.Position] = elements.Count;
                depth--;
                continue;
            }

            if (frame.Children[frame.Next++] is not Element element)
            {
                continue;
            }

            if (leaveOut is not null && leaveOut(element))
            {
                leftOut?.Add(element);
                continue;
            }

            if (depth == open.Length)
            {
                Array.Resize(ref open, depth * 2);
            }

            open[depth++] = new Frame(((INode)element).ChildNodes, elements.Count);
            elements.Add(element);
            ends.Add(0);
        }

        return new TreeOrder(elements, [.. ends]);
    }

    /// <summary>How many open elements the walk's first frame array holds: deeper than most pages nest.</summary>
    private const int InitialDepth = 64;

    /// <summary>An element of the walk whose children are being read (their count read once, not through the list's interface at each child).</summary>
    private struct Frame(INodeList children, int position)
    {
        public readonly INodeList Children = children;
        public readonly int Count = children.Length;
        public readonly int Position = position;
        public int Next;
    }
}
