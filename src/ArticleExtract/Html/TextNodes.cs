using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// The text nodes under a node, in document order (the order of <c>TextContent</c>), read one
/// at a time by a walk that keeps one frame per open level: its memory grows with the depth,
/// never with the width, so a reader that stops early (a length cap, a short phrase) stops
/// without having listed every child of a wide element first. The first
/// <see cref="InlineDepth"/> levels live in the walk itself, with no allocation.
/// </summary>
/// <remarks>
/// <see cref="ReferenceTrimmedLength"/> is the plain version of <see cref="TrimmedLength"/>
/// (a stack of every pushed node); a test checks the two agree on every element of the corpus pages.
/// </remarks>
internal ref struct TextNodes
{
    /// <summary>How many open levels the walk holds before it spills to an array.</summary>
    private const int InlineDepth = 16;

    private InlineFrames _inline;
    private Frame[]? _spilled;
    private int _depth;

    /// <summary>Starts a walk under <paramref name="root"/> (a text root is its own only text node).</summary>
    public TextNodes(INode root)
    {
        if (root is IText text)
        {
            Current = text;
            _depth = -1;
            return;
        }

        _inline[0] = new Frame(root.ChildNodes);
        _depth = 1;
    }

    /// <summary>The text node the walk stands on.</summary>
    public IText Current { get; private set; } = null!;

    /// <summary>Moves to the next text node; false once there is none.</summary>
    public bool MoveNext()
    {
        if (_depth < 0)
        {
            // A text root: itself, once.
            _depth = 0;
            return true;
        }

        while (_depth > 0)
        {
            ref var frame = ref Top();
            if (frame.Next == frame.Count)
            {
                _depth--;
                continue;
            }

            var node = frame.Children[frame.Next++];
            if (node is IText text)
            {
                Current = text;
                return true;
            }

            // Elements (and any other node with children) are entered; a childless node adds nothing.
            var children = node.ChildNodes;
            if (children.Length > 0)
            {
                Push(new Frame(children));
            }
        }

        return false;
    }

    /// <summary>For <c>foreach</c>.</summary>
    public readonly TextNodes GetEnumerator() => this;

    /// <summary>
    /// The length of the node's text content trimmed (from its first to its last non-whitespace
    /// character), or <paramref name="cap"/> when it is at least that long: counted over the text
    /// nodes without joining them, and given up as soon as the cap is reached.
    /// </summary>
    public static int TrimmedLength(INode root, int cap)
    {
        var position = 0;
        var first = -1;
        var last = -1;
        foreach (var text in new TextNodes(root))
        {
            foreach (var c in text.Data)
            {
                if (!char.IsWhiteSpace(c))
                {
                    first = first < 0 ? position : first;
                    last = position;
                    if (last - first + 1 >= cap)
                    {
                        return cap;
                    }
                }

                position++;
            }
        }

        return first < 0 ? 0 : last - first + 1;
    }

    /// <summary>
    /// Copies the node's text content (its text nodes joined, as <c>TextContent</c> gives it) into
    /// <paramref name="buffer"/>; false, with nothing usable written, when it does not fit.
    /// </summary>
    public static bool TryCopy(INode root, Span<char> buffer, out int written)
    {
        written = 0;
        foreach (var text in new TextNodes(root))
        {
            var data = text.Data;
            if (!data.TryCopyTo(buffer[written..]))
            {
                return false;
            }

            written += data.Length;
        }

        return true;
    }

    /// <summary>The plain version of <see cref="TrimmedLength"/>: a stack of every node met, each child pushed.</summary>
    internal static int ReferenceTrimmedLength(INode root, int cap)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        var position = 0;
        var first = -1;
        var last = -1;
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                foreach (var c in text.Data)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        first = first < 0 ? position : first;
                        last = position;
                        if (last - first + 1 >= cap)
                        {
                            return cap;
                        }
                    }

                    position++;
                }

                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return first < 0 ? 0 : last - first + 1;
    }

    [UnscopedRef]
    private ref Frame Top() => ref _spilled is null ? ref _inline[_depth - 1] : ref _spilled[_depth - 1];

    private void Push(Frame frame)
    {
        if (_spilled is null && _depth == InlineDepth)
        {
            _spilled = new Frame[InlineDepth * 4];
            ((Span<Frame>)_inline).CopyTo(_spilled);
        }
        else if (_spilled is not null && _depth == _spilled.Length)
        {
            Array.Resize(ref _spilled, _spilled.Length * 2);
        }

        if (_spilled is null)
        {
            _inline[_depth++] = frame;
        }
        else
        {
            _spilled[_depth++] = frame;
        }
    }

    /// <summary>An open level: its children and the next one to read (the count read once).</summary>
    private struct Frame(INodeList children)
    {
        public readonly INodeList Children = children;
        public readonly int Count = children.Length;
        public int Next;
    }

    [InlineArray(InlineDepth)]
    private struct InlineFrames
    {
        private Frame _frame;
    }
}
