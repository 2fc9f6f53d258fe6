using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>
/// Turns the content element into a <see cref="BodyNode"/> tree made only of allowlisted elements
/// (see <see cref="BodyVocabulary"/>): elements outside the list are dropped with their content or
/// unwrapped; loose text becomes paragraphs; link and image URLs are resolved to absolute http(s)
/// URLs or dropped; lazy images get their real source. The walk uses an explicit stack (pages can
/// be nested 200,000 levels deep) and never modifies the page.
/// </summary>
internal sealed class BodyTreeBuilder
{
    /// <summary>
    /// Allowed elements nested deeper than this are unwrapped (their text is kept): real articles
    /// nest lists and quotes a few levels, and the limit keeps every writer's output linear in size.
    /// </summary>
    private const int MaxNestingDepth = 24;

    /// <summary>Larger colspan/rowspan values are not kept (tables that span more are malformed or layout).</summary>
    private const int MaxSpan = 100;

    /// <summary>How many elements a table's cells may hold before the table is taken for layout without looking further.</summary>
    private const int LayoutTableScanBudget = 5000;

    /// <summary>Images whose declared width and height are both at most this are tracking pixels, not content.</summary>
    private const int TrackingPixelSize = 1;

    /// <summary>The walk stacks' first capacity: deep and wide enough for most content without growing.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>The last C1 control character (U+009F): no control character HTML disallows comes after it.</summary>
    private const int LastC1Control = 0x9F;

    /// <summary>The control characters HTML does not allow in text (C0 but tab and line breaks, DEL, C1); see <see cref="IsDisallowedControl"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> DisallowedControls = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, LastC1Control + 1).Select(code => (char)code).Where(IsDisallowedControl).ToArray());

    private readonly IElement _content;
    private readonly Uri? _baseUri;
    private readonly HashSet<IElement> _holdsBlocks = [];
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
        builder.FindPhrasingElementsHoldingBlocks();
        builder.Walk();
        Cleanup(builder._root);
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

        Cleanup(root);
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
        if (element != _content && BodyVocabulary.Dropped.Contains(name))
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
        BodyVocabulary.InlineElements.Contains(name) || BodyVocabulary.PhrasingBlocks.Contains(name)
        || BodyVocabulary.FlowContainers.Contains(name) || BodyVocabulary.StructuralContainers.Contains(name);

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
        if (!BodyVocabulary.InlineElements.Contains(created.Name))
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
        if (BodyVocabulary.BlockLike.Contains(name))
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

    private void EnterInline(IElement element, string name)
    {
        if (HoldsBlocks(element))
        {
            PushChildren(element);
            return;
        }

        string? href = null;
        if (name == "a")
        {
            href = SafeUrl.Resolve(element.GetAttribute("href"), _baseUri);
            if (href is null)
            {
                PushChildren(element);
                return;
            }
        }

        var target = InlineTarget();
        var saved = Save();
        var node = target.Add(BodyNode.Element(name));
        node.Href = href;
        node.Title = href is null ? null : AttributeText(element, "title");
        _inline = node;
        Open(element, node, saved);
    }

    private void EnterPhrasingBlock(IElement element, string name)
    {
        if (_inline is not null || (name == "p" && HoldsBlocks(element)))
        {
            Unwrap(element, name);
            return;
        }

        var outputName = name switch
        {
            "h1" => "h2",
            "figcaption" when _flow.Name != "figure" => "p",
            _ => name,
        };
        var parent = BlockTarget();
        var saved = Save();
        var node = parent.Add(BodyNode.Element(outputName));
        _inline = node;
        _atLineStart = true;
        _pendingSpace = false;
        if (name == "pre")
        {
            _preDepth++;
        }

        Open(element, node, saved);
    }

    /// <summary>Quotes, figures and lists: containers of blocks.</summary>
    private void EnterContainer(IElement element, string name)
    {
        if (_inline is not null)
        {
            Unwrap(element, name);
            return;
        }

        var parent = BlockTarget();
        var saved = Save();
        _flow = parent.Add(BodyNode.Element(name));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterListItem(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("li");
        }

        if (_inline is not null || _flow.Name is not ("ul" or "ol"))
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element("li"));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterTable(IElement element, string name)
    {
        if (_inline is not null || IsLayoutTable(element))
        {
            Unwrap(element, name);
            return;
        }

        EnterContainer(element, name);
    }

    /// <summary>A data table's caption becomes a paragraph just before the table.</summary>
    private void EnterCaption(IElement element, string name)
    {
        if (_inline is not null || _flow.Name != "table" || _flow.Parent is not { } tableParent)
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        var node = tableParent.Insert(tableParent.Children.Count - 1, BodyNode.Element("p"));
        _inline = node;
        _atLineStart = true;
        _pendingSpace = false;
        Open(element, node, saved);
    }

    private void EnterTableSection(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("td", "tr", "tbody");
        }

        if (_inline is not null || _flow.Name != "table")
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element(name == "thead" ? "thead" : "tbody"));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterRow(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("td", "tr");
            if (_flow.Name == "table")
            {
                _flow = LastImplicitChildOrNew(_flow, "tbody");
            }
        }

        if (_inline is not null || _flow.Name is not ("thead" or "tbody"))
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element("tr"));
        _paragraph = null;
        Open(element, _flow, saved);
    }

    private void EnterCell(IElement element, string name)
    {
        if (_inline is null)
        {
            LeaveImplicit("td");
            if (_flow.Name is "table" or "thead" or "tbody")
            {
                EnsureFlow(stopAtRow: true);
            }
        }

        if (_inline is not null || _flow.Name != "tr")
        {
            Unwrap(element, name);
            return;
        }

        var saved = Save();
        _flow = _flow.Add(BodyNode.Element(name));
        _flow.ColSpan = Span(element, "colspan");
        _flow.RowSpan = Span(element, "rowspan");
        _paragraph = null;
        Open(element, _flow, saved);
    }

    /// <summary>Inside preformatted text only the text is kept: breaks and block boundaries become new lines.</summary>
    private void EnterInsidePre(IElement element, string name)
    {
        if (name == "br")
        {
            AppendText(_inline!, "\n");
            _atLineStart = true;
        }
        else if (BodyVocabulary.BlockLike.Contains(name))
        {
            Boundary();
            _stack.Push(new Frame(element, true, Exit.Boundary));
            PushChildren(element);
        }
        else
        {
            PushChildren(element);
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

    private static BodyNode LastImplicitChildOrNew(BodyNode parent, string name) =>
        parent.Children.Count > 0 && parent.Children[^1] is { Implicit: true } last && last.Name == name
            ? last
            : parent.Add(BodyNode.Element(name, isImplicit: true));

    /// <summary>Closes implicit list items, rows or cells so that a real one can take their place.</summary>
    private void LeaveImplicit(params ReadOnlySpan<string> names)
    {
        while (_flow.Implicit && _flow.Parent is { } parent && names.Contains(_flow.Name))
        {
            _flow = parent;
            _paragraph = null;
        }
    }

    private void AddText(string data)
    {
        if (data.Length == 0)
        {
            return;
        }

        if (_preDepth > 0)
        {
            if (_inline is not null)
            {
                var raw = WithoutControlCharacters(data);
                AppendText(_inline, raw);
                _atLineStart = raw.EndsWith('\n');
            }

            return;
        }

        // The common case, text already in NFC without control characters, is collapsed straight
        // into the tree; other text is cleaned and normalised as a string of its own first.
        var direct = !HasDisallowedControl(data) && TextNormalizer.IsKnownNfc(data);
        var collapsed = direct ? null : TextNormalizer.CollapseWhitespace(WithoutControlCharacters(data));
        if (direct ? !TextNormalizer.HasVisibleText(data) : collapsed!.Length == 0)
        {
            _pendingSpace |= IsSpace(data[0]) || IsSpace(data[^1]);
            return;
        }

        var target = InlineTarget();
        if ((_pendingSpace || IsSpace(data[0])) && !_atLineStart)
        {
            AppendSpace(target);
        }

        if (collapsed is null)
        {
            TextNormalizer.AppendCollapsedTrimmed(LastTextOf(target, data.Length), data);
        }
        else
        {
            AppendText(target, collapsed);
        }

        _atLineStart = false;
        _pendingSpace = IsSpace(data[^1]);
    }

    /// <summary>The builder of the target's last child when it is text, else of a new text child with room for the text to come.</summary>
    private static System.Text.StringBuilder LastTextOf(BodyNode target, int capacity) =>
        target.Children.Count > 0 && target.Children[^1].IsText ? target.Children[^1].TextBuilder : target.Add(BodyNode.NewText(capacity)).TextBuilder;

    private void AddBreak()
    {
        if (_inline is null && _paragraph is null)
        {
            return;
        }

        if (_atLineStart)
        {
            if (IsSecondBreakInLooseText())
            {
                _paragraph!.RemoveLast();
                _paragraph = null;
            }

            return;
        }

        OutermostEmptyInline(_inline ?? _paragraph!, out var parent, out var index);
        parent.Insert(index, BodyNode.Element("br"));
        _atLineStart = true;
        _pendingSpace = false;
    }

    /// <summary>
    /// Whether a line break follows another in loose text (not inside a &lt;p&gt;): pages written
    /// before paragraphs were marked up separate them with a blank line, so this ends a paragraph.
    /// </summary>
    private bool IsSecondBreakInLooseText() =>
        _inline is null && _paragraph is { Implicit: true } paragraph && paragraph.Children.Count > 0 && paragraph.Children[^1].Name == "br";

    private void AddImage(IElement element, bool fromNoscript)
    {
        var src = IsTrackingPixel(element) ? null : ImageSource.Resolve(element, _baseUri);
        if (src is null || _preDepth > 0 || !_imageSources.Add(src))
        {
            return;
        }

        var node = BodyNode.Element("img");
        if (!fromNoscript)
        {
            _images[element] = node;
        }

        node.Src = src;
        node.Alt = AttributeText(element, "alt");
        node.Title = AttributeText(element, "title");
        if (_inline is null && _paragraph is null && _flow.Name == "figure")
        {
            _flow.Add(node);
            return;
        }

        var target = InlineTarget();
        if (_pendingSpace && !_atLineStart)
        {
            AppendSpace(target);
        }

        target.Add(node);
        _atLineStart = false;
        _pendingSpace = false;
    }

    /// <summary>
    /// A &lt;noscript&gt; is read only for the images it holds: the fallback of a lazy image whose
    /// real source is only set by script. When it follows an image that was written, it gives that
    /// image its source (unless the image named its real source in a lazy-loading attribute);
    /// otherwise its images are written where it stands.
    /// </summary>
    private void AddNoscriptImages(IElement noscript)
    {
        if (noscript.PreviousElementSibling is { LocalName: "img" } previous && _images.TryGetValue(previous, out var written) && written is not null)
        {
            if (!ImageSource.IsLazy(previous) && FirstImage(noscript) is { } fallbackImage
                && ImageSource.Resolve(fallbackImage, _baseUri) is { } fallback && _imageSources.Add(fallback))
            {
                written.Src = fallback;
                written.Alt ??= AttributeText(fallbackImage, "alt");
            }

            return;
        }

        var stack = new Stack<IElement>();
        PushElementChildren(stack, noscript);

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName == "img")
            {
                AddImage(element, fromNoscript: true);
                continue;
            }

            if (BodyVocabulary.Dropped.Contains(element.LocalName))
            {
                continue;
            }

            PushElementChildren(stack, element);
        }
    }

    /// <summary>The first image inside an element (a noscript fallback), or <c>null</c>.</summary>
    private static IElement? FirstImage(IElement container)
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
    private static void PushElementChildren(Stack<IElement> stack, IElement element)
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

    private static bool IsTrackingPixel(IElement image) =>
        int.TryParse(image.GetAttribute("width"), out var width) && width <= TrackingPixelSize
        && int.TryParse(image.GetAttribute("height"), out var height) && height <= TrackingPixelSize;

    /// <summary>
    /// Where content goes so that it is not the first thing inside a link or emphasis: before the
    /// outermost inline element that is still empty, else at the end of the target.
    /// </summary>
    private static void OutermostEmptyInline(BodyNode target, out BodyNode parent, out int index)
    {
        var node = target;
        while (node.Children.Count == 0 && BodyVocabulary.InlineElements.Contains(node.Name) && node.Parent is { } up)
        {
            node = up;
        }

        parent = node;
        // An empty inline element on the way is open, so it is its parent's last child.
        index = node == target ? node.Children.Count : node.Children.Count - 1;
    }

    /// <summary>
    /// Moves line breaks at the end of a link or emphasis that is being closed to just after it:
    /// Markdown cannot end a link text or an emphasis with a hard break (it would be lost, gluing
    /// two words). The element is its parent's last child while it is open.
    /// </summary>
    private static void MoveTrailingBreaksOut(BodyNode element)
    {
        if (!BodyVocabulary.InlineElements.Contains(element.Name) || element.Parent is not { } parent)
        {
            return;
        }

        while (element.Children.Count > 0 && element.Children[^1].Name == "br")
        {
            element.RemoveLast();
            parent.Add(BodyNode.Element("br"));
        }
    }

    /// <summary>
    /// Appends a space before the next content. When that content opens an inline element (nothing
    /// written in it yet), the space goes before the element, so "a &lt;em&gt;b&lt;/em&gt;" never
    /// becomes "a&lt;em&gt; b&lt;/em&gt;" (which Markdown emphasis cannot express).
    /// </summary>
    private static void AppendSpace(BodyNode target)
    {
        var node = target;
        BodyNode? emptyInline = null;
        while (node.Children.Count == 0 && BodyVocabulary.InlineElements.Contains(node.Name) && node.Parent is { } parent)
        {
            emptyInline = node;
            node = parent;
        }

        if (emptyInline is null)
        {
            AppendText(target, " ");
            return;
        }

        // The empty inline element is open, so it is its parent's last child.
        var index = node.Children.Count - 1;
        if (index > 0 && node.Children[index - 1].IsText)
        {
            node.Children[index - 1].TextBuilder.Append(' ');
        }
        else
        {
            node.Insert(index, BodyNode.NewText(" "));
        }
    }

    private static void AppendText(BodyNode target, string text)
    {
        if (target.Children.Count > 0 && target.Children[^1].IsText)
        {
            target.Children[^1].TextBuilder.Append(text);
        }
        else
        {
            target.Add(BodyNode.NewText(text));
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Text without the control characters HTML does not allow (tabs and line breaks kept).</summary>
    private static string WithoutControlCharacters(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (IsDisallowedControl(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text.Replace('\u00A0', ' ');
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsDisallowedControl(c))
            {
                builder.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static bool HasDisallowedControl(string text) => text.AsSpan().IndexOfAny(DisallowedControls) >= 0;

    private static bool IsDisallowedControl(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    private static string? AttributeText(IElement element, string name)
    {
        var value = element.GetAttribute(name);
        if (value is null)
        {
            return null;
        }

        var text = TextNormalizer.CollapseWhitespace(WithoutControlCharacters(value));
        return text.Length == 0 ? null : text;
    }

    private static int Span(IElement cell, string name) =>
        int.TryParse(cell.GetAttribute(name), out var span) && span is > 1 and <= MaxSpan ? span : 1;

    /// <summary>
    /// Whether a table lays out the page rather than holding data: marked as presentation, a single
    /// row or column, or a cell holding structure (headings, lists, nested tables, several paragraphs).
    /// Layout tables are unwrapped, their cells read as blocks of the article.
    /// </summary>
    private static bool IsLayoutTable(IElement table)
    {
        if (table.GetAttribute("role") is { } role && (role.Equals("presentation", StringComparison.OrdinalIgnoreCase) || role.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (table is not AngleSharp.Html.Dom.IHtmlTableElement htmlTable)
        {
            return true;
        }

        var budget = LayoutTableScanBudget;
        var rows = 0;
        var widest = 0;
        foreach (var row in htmlTable.Rows)
        {
            rows++;
            var cells = 0;
            foreach (var cell in row.Cells)
            {
                cells += Span(cell, "colspan");
                if (CellHoldsStructure(cell, ref budget))
                {
                    return true;
                }
            }

            widest = Math.Max(widest, cells);
        }

        return rows < 2 || widest < 2;
    }

    private static bool CellHoldsStructure(IElement cell, ref int budget)
    {
        var paragraphs = 0;
        var stack = new Stack<IElement>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (--budget < 0)
            {
                return true;
            }

            if (element != cell)
            {
                if (BodyVocabulary.LayoutMarkers.Contains(element.LocalName))
                {
                    return true;
                }

                if (element.LocalName == "p" && ++paragraphs > 1)
                {
                    return true;
                }
            }

            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the inline elements and paragraphs that hold block-level elements (a link around a
    /// whole teaser, an &lt;em&gt; around paragraphs): those are unwrapped so that their blocks stay
    /// blocks. One post-order pass with an explicit stack.
    /// </summary>
    private void FindPhrasingElementsHoldingBlocks()
    {
        var stack = new Stack<(IElement Element, bool Leaving)>(InitialStackCapacity);
        var holds = new Stack<bool>(InitialStackCapacity);
        stack.Push((_content, false));
        while (stack.Count > 0)
        {
            var (element, leaving) = stack.Pop();
            var name = element.LocalName;
            if (!leaving)
            {
                if (element != _content && BodyVocabulary.Dropped.Contains(name))
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
            if (holdsBlock && (name == "p" || BodyVocabulary.InlineElements.Contains(name)))
            {
                _holdsBlocks.Add(element);
            }

            // The parent's flag first: once it holds a block, its other children need no look-up.
            if (holds.Count > 0 && !holds.Peek() && (holdsBlock || BodyVocabulary.BlockLike.Contains(name)))
            {
                holds.Pop();
                holds.Push(true);
            }
        }
    }

    /// <summary>
    /// The final clean-up, bottom-up with an explicit stack: marks what holds content, removes
    /// elements left without any (cells excepted, to keep a table's shape), and trims line breaks
    /// and spaces at the edges of paragraphs.
    /// </summary>
    private static void Cleanup(BodyNode root)
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
        if (BodyVocabulary.InlineElements.Contains(node.Name))
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

    private readonly record struct State(BodyNode Flow, BodyNode? Inline, BodyNode? Paragraph, int Depth, int PreDepth);

    /// <summary>A step of the walk: entering a node, or leaving an element (the state to restore is on <see cref="_open"/>, so that frames stay small).</summary>
    private readonly record struct Frame(INode Node, bool Leaving, Exit Exit);
}
