using AngleSharp.Dom;
using static ArticleExtract.Output.BodyTreeEdits;

namespace ArticleExtract.Output;

/// <summary>
/// Turns the content element into a <see cref="BodyNode"/> tree made only of allowlisted elements
/// (see <see cref="ElementRoles"/>): elements outside the list are dropped with their content or
/// unwrapped; loose text becomes paragraphs; link and image URLs are resolved to absolute http(s)
/// URLs or dropped; lazy images get their real source. The walk uses an explicit stack (pages can
/// be nested 200,000 levels deep) and never modifies the page.
/// </summary>
internal sealed partial class BodyTreeBuilder
{
    /// <summary>
    /// Allowed elements nested deeper than this are unwrapped (their text is kept): real articles
    /// nest lists and quotes a few levels, and the limit keeps every writer's output linear in size.
    /// </summary>
    private const int MaxNestingDepth = 24;

    /// <summary>The walk stacks' first capacity: deep and wide enough for most content without growing.</summary>
    private const int InitialStackCapacity = 64;

    private readonly IElement _content;
    private readonly Uri? _baseUri;
    private readonly HashSet<IElement> _holdsBlocks;
    private readonly Dictionary<IElement, BodyNode?> _images = [];
    private readonly HashSet<string> _imageSources = new(StringComparer.Ordinal);
    private readonly BodyNode _root = BodyNode.Root();
    private readonly Stack<Frame> _stack = new(InitialStackCapacity);

    /// <summary>The elements written to the output that are open, each with the state to restore when it is left (one per <see cref="Exit.Restore"/> frame).</summary>
    private readonly Stack<(State Saved, BodyNode Created)> _open = new(MaxNestingDepth + 1);
    private BodyNode _flow;
    private BodyNode? _inline;
    private BodyNode? _paragraph;
    private bool _pendingSpace;
    private bool _atLineStart = true;
    private int _depth;
    private int _preDepth;

    private BodyTreeBuilder(IElement content, Uri? baseUri)
    {
        _content = content;
        _baseUri = baseUri;
        _flow = _root;
        _holdsBlocks = PhrasingHoldingBlocks.Find(content);
    }

    private enum Exit
    {
        /// <summary>Leaving an unwrapped block: a paragraph boundary.</summary>
        Boundary,

        /// <summary>Leaving an element written to the output: back to where it was opened.</summary>
        Restore,
    }

    /// <summary>The sanitised tree of the content element, with URLs resolved against the base.</summary>
    public static BodyNode Build(IElement content, Uri? baseUri)
    {
        var builder = new BodyTreeBuilder(content, baseUri);
        builder.Walk();
        BodyTreeCleanup.Run(builder._root);
        return builder._root;
    }

    /// <summary>The tree of paragraphs of plain text (the text pipeline's body): one paragraph each, line breaks kept.</summary>
    public static BodyNode FromParagraphs(IReadOnlyList<string> paragraphs)
    {
        var root = BodyNode.Root();
        foreach (var paragraph in paragraphs)
        {
            var p = root.Add(BodyNode.Element("p"));
            if (!paragraph.Contains('\n', StringComparison.Ordinal))
            {
                // Collapsed text (most paragraphs) has no line break to split at.
                p.Add(BodyNode.NewText(paragraph));
                continue;
            }

            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    p.Add(BodyNode.Element("br"));
                }

                p.Add(BodyNode.NewText(lines[i]));
            }
        }

        BodyTreeCleanup.Run(root);
        return root;
    }

    private void Walk()
    {
        _stack.Push(new Frame(_content, false, Exit.Boundary));
        while (_stack.Count > 0)
        {
            var frame = _stack.Pop();
            if (frame.Leaving)
            {
                Leave(frame);
            }
            else if (frame.Node is Element element)
            {
                // A class test before the interface test: elements are most of the nodes, and testing for an interface costs more.
                Enter(element);
            }
            else if (frame.Node is IText text)
            {
                AddText(text.Data);
            }
        }
    }

    private void Enter(IElement element)
    {
        var name = element.LocalName;
        if (element != _content && ElementRoles.Dropped.Contains(name))
        {
            if (name == "noscript")
            {
                AddNoscriptImages(element);
            }

            return;
        }

        if (_preDepth > 0)
        {
            EnterInsidePre(element, name);
            return;
        }

        if (name == "br")
        {
            AddBreak();
            return;
        }

        if (name == "img")
        {
            AddImage(element, fromNoscript: false);
            return;
        }

        if (_depth >= MaxNestingDepth || (element == _content && !IsAllowed(name)))
        {
            Unwrap(element, name);
            return;
        }

        switch (name)
        {
            case "a" or "em" or "strong" or "b" or "i" or "sup" or "sub" or "code":
                EnterInline(element, name);
                break;
            case "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figcaption" or "pre":
                EnterPhrasingBlock(element, name);
                break;
            case "blockquote" or "figure" or "ul" or "ol":
                EnterContainer(element, name);
                break;
            case "li":
                EnterListItem(element, name);
                break;
            case "table":
                EnterTable(element, name);
                break;
            case "caption":
                EnterCaption(element, name);
                break;
            case "thead" or "tbody" or "tfoot":
                EnterTableSection(element, name);
                break;
            case "tr":
                EnterRow(element, name);
                break;
            case "td" or "th":
                EnterCell(element, name);
                break;
            default:
                Unwrap(element, name);
                break;
        }
    }

    /// <summary>Whether the element is a paragraph or inline element holding blocks (most content has none, so most calls need no look-up).</summary>
    private bool HoldsBlocks(IElement element) => _holdsBlocks.Count > 0 && _holdsBlocks.Contains(element);

    private static bool IsAllowed(string name) =>
        ElementRoles.InlineElements.Contains(name) || ElementRoles.PhrasingBlocks.Contains(name)
        || ElementRoles.FlowContainers.Contains(name) || ElementRoles.StructuralContainers.Contains(name);

    private void Leave(Frame frame)
    {
        if (frame.Exit == Exit.Boundary)
        {
            Boundary();
            return;
        }

        var (saved, created) = _open.Pop();
        MoveTrailingBreaksOut(created);
        _flow = saved.Flow;
        _inline = saved.Inline;
        _paragraph = saved.Paragraph;
        _depth = saved.Depth;
        _preDepth = saved.PreDepth;
        if (!ElementRoles.InlineElements.Contains(created.Name))
        {
            _pendingSpace = false;
            _atLineStart = true;
        }
    }

    private State Save() => new(_flow, _inline, _paragraph, _depth, _preDepth);

    private void Open(IElement element, BodyNode created, State saved)
    {
        _depth++;
        _open.Push((saved, created));
        _stack.Push(new Frame(element, true, Exit.Restore));
        PushChildren(element);
    }

    private void PushChildren(IElement element)
    {
        // By index: AngleSharp finds a node's sibling by scanning its parent's children.
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            _stack.Push(new Frame(children[i], false, Exit.Boundary));
        }
    }

    /// <summary>Keeps an element's children without the element; a block-level one still separates paragraphs.</summary>
    private void Unwrap(IElement element, string name)
    {
        if (ElementRoles.BlockLike.Contains(name))
        {
            Boundary();
            _stack.Push(new Frame(element, true, Exit.Boundary));
        }

        PushChildren(element);
    }

    /// <summary>A block boundary: a new line inside preformatted text, a space inside a phrasing block, else the end of the open paragraph.</summary>
    private void Boundary()
    {
        if (_preDepth > 0)
        {
            if (!_atLineStart && _inline is not null)
            {
                AppendText(_inline, "\n");
                _atLineStart = true;
            }
        }
        else if (_inline is not null)
        {
            _pendingSpace = true;
        }
        else
        {
            _paragraph = null;
        }
    }

    /// <summary>Closes the open paragraph and returns the container a block goes in.</summary>
    private BodyNode BlockTarget()
    {
        _paragraph = null;
        EnsureFlow(stopAtRow: false);
        return _flow;
    }

    /// <summary>Where inline content goes: the open phrasing element, else the open paragraph, else a new paragraph.</summary>
    private BodyNode InlineTarget()
    {
        if (_inline is not null)
        {
            return _inline;
        }

        if (_paragraph is not null)
        {
            return _paragraph;
        }

        EnsureFlow(stopAtRow: false);
        _paragraph = _flow.Add(BodyNode.Element("p", isImplicit: true));
        _atLineStart = true;
        _pendingSpace = false;
        return _paragraph;
    }

    /// <summary>Makes the list items, rows and cells that loose content in a list or table needs.</summary>
    private void EnsureFlow(bool stopAtRow)
    {
        while (true)
        {
            switch (_flow.Name)
            {
                case "ul" or "ol":
                    _flow = LastImplicitChildOrNew(_flow, "li");
                    break;
                case "table":
                    _flow = LastImplicitChildOrNew(_flow, "tbody");
                    break;
                case "thead" or "tbody":
                    _flow = LastImplicitChildOrNew(_flow, "tr");
                    break;
                case "tr" when !stopAtRow:
                    _flow = LastImplicitChildOrNew(_flow, "td");
                    break;
                default:
                    return;
            }

            _paragraph = null;
        }
    }

    /// <summary>Closes implicit list items, rows or cells so that a real one can take their place.</summary>
    private void LeaveImplicit(params ReadOnlySpan<string> names)
    {
        while (_flow.Implicit && _flow.Parent is { } parent && names.Contains(_flow.Name))
        {
            _flow = parent;
            _paragraph = null;
        }
    }

    private readonly record struct State(BodyNode Flow, BodyNode? Inline, BodyNode? Paragraph, int Depth, int PreDepth);

    /// <summary>A step of the walk: entering a node, or leaving an element (the state to restore is on <see cref="_open"/>, so that frames stay small).</summary>
    private readonly record struct Frame(INode Node, bool Leaving, Exit Exit);
}
