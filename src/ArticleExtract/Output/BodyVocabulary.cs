using System.Collections.Frozen;

namespace ArticleExtract.Output;

/// <summary>
/// The output allowlist: the only elements the body's HTML, Markdown and blocks are written
/// from, by role. Any other element is either dropped with its content (<see cref="Dropped"/>) or
/// unwrapped (its children kept).
/// </summary>
internal static class BodyVocabulary
{
    /// <summary>Allowed inline elements that hold text (text-level semantics).</summary>
    public static readonly FrozenSet<string> InlineElements = FrozenSet.Create(StringComparer.Ordinal,
        "a", "em", "strong", "b", "i", "sup", "sub", "code");

    /// <summary>Allowed blocks that hold only inline content.</summary>
    public static readonly FrozenSet<string> PhrasingBlocks = FrozenSet.Create(StringComparer.Ordinal,
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "pre");

    /// <summary>Allowed containers that hold blocks as well as loose inline content.</summary>
    public static readonly FrozenSet<string> FlowContainers = FrozenSet.Create(StringComparer.Ordinal,
        BodyNode.RootName, "blockquote", "li", "td", "th", "figure");

    /// <summary>Containers whose children must be of one kind (list items, table sections, rows, cells).</summary>
    public static readonly FrozenSet<string> StructuralContainers = FrozenSet.Create(StringComparer.Ordinal,
        "ul", "ol", "table", "thead", "tbody", "tr");

    /// <summary>
    /// Elements dropped with everything inside them: scripts and styles, embedded content and
    /// plug-ins, foreign content (SVG, MathML) that mutation XSS hides in, forms' controls, the
    /// document's head, and fallbacks (<c>noscript</c> is read for images only).
    /// </summary>
    public static readonly FrozenSet<string> Dropped = HtmlVocabulary.SilentElements
        .Union(["base", "basefont", "bgsound", "param", "colgroup", "col", "portal", "fencedframe", "option", "optgroup", "datalist", "keygen"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that end a run of text (a paragraph boundary) when they are unwrapped.</summary>
    public static readonly FrozenSet<string> BlockLike = HtmlVocabulary.BlockElements
        .Union(["td", "th", "dd", "dt"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements written without a closing tag.</summary>
    public static readonly FrozenSet<string> VoidElements = FrozenSet.Create(StringComparer.Ordinal, "br", "img");

    /// <summary>Elements inside a table cell that show the table lays out the page rather than holding data.</summary>
    public static readonly FrozenSet<string> LayoutMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "figure", "article", "section", "form", "nav", "aside", "header", "footer");

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
}
