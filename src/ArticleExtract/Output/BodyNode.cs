namespace ArticleExtract.Output;

/// <summary>
/// One node of the sanitised body: an element from the output allowlist (with only the
/// allowlisted attributes, URLs already absolute http(s)) or a run of text. Built by
/// <see cref="BodyTreeBuilder"/>; read by the HTML, Markdown and block writers. Never holds
/// anything outside the allowlist, so every writer is safe by construction.
/// </summary>
internal sealed class BodyNode
{
    /// <summary>The name used for text nodes.</summary>
    public const string TextName = "#text";

    /// <summary>The name used for the root (the body itself, written without a tag).</summary>
    public const string RootName = "#root";

    private System.Text.StringBuilder? _text;

    private BodyNode(string name, BodyNode? parent)
    {
        Name = name;
        Parent = parent;
    }

    /// <summary>The element's lower-case name (from <see cref="ElementRoles"/>), or <see cref="TextName"/>.</summary>
    public string Name { get; }

    public BodyNode? Parent { get; private set; }

    /// <summary>The text of a text node (raw: encoded only when written); grows by appending, never by copying.</summary>
    /// <remarks>Made on first use, so that elements, which never hold text, do not carry a builder.</remarks>
    public System.Text.StringBuilder TextBuilder => _text ??= new System.Text.StringBuilder();

    /// <summary>The text of a text node.</summary>
    public string Text => TextBuilder.ToString();

    public List<BodyNode> Children { get; } = [];

    /// <summary>An absolute http(s) link target (on <c>a</c>).</summary>
    public string? Href { get; set; }

    /// <summary>An absolute http(s) image source (on <c>img</c>).</summary>
    public string? Src { get; set; }

    public string? Alt { get; set; }

    public string? Title { get; set; }

    /// <summary>The cell's column span, 1 when absent.</summary>
    public int ColSpan { get; set; } = 1;

    /// <summary>The cell's row span, 1 when absent.</summary>
    public int RowSpan { get; set; } = 1;

    /// <summary>Whether the node was made by the builder (a paragraph around loose text, a row around a loose cell) rather than found in the page.</summary>
    public bool Implicit { get; init; }

    /// <summary>Whether the node holds visible text or an image (set by the builder's final clean-up).</summary>
    public bool HasContent { get; set; }

    public bool IsText => ReferenceEquals(Name, TextName);

    public static BodyNode Root() => new(RootName, null);

    /// <summary>An empty text node, for text appended to it, with room for <paramref name="capacity"/> characters.</summary>
    public static BodyNode NewText(int capacity) => new(TextName, null) { _text = new System.Text.StringBuilder(capacity) };

    public static BodyNode NewText(string text)
    {
        return new BodyNode(TextName, null) { _text = new System.Text.StringBuilder(text) };
    }

    public static BodyNode Element(string name, bool isImplicit = false) => new(name, null) { Implicit = isImplicit };

    /// <summary>Appends a child and returns it.</summary>
    public BodyNode Add(BodyNode child)
    {
        child.Parent = this;
        Children.Add(child);
        return child;
    }

    /// <summary>Inserts a child at an index and returns it.</summary>
    public BodyNode Insert(int index, BodyNode child)
    {
        child.Parent = this;
        Children.Insert(index, child);
        return child;
    }

    /// <summary>Removes the last child (used to drop an element left empty).</summary>
    public void RemoveLast() => Children.RemoveAt(Children.Count - 1);
}
