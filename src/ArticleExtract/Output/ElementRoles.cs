using System.Collections.Frozen;

namespace ArticleExtract.Output;

/// <summary>
/// The output stage's one table of element roles: what an element does to the plain text (a
/// block, a table cell, silent) and to the sanitised body (the allowlist by kind, what is dropped
/// with its content, what marks a table as layout). Each role lists its names once, in
/// <see cref="Table"/>; the sets the writers look names up in are read from it. Any element the
/// body's allowlist does not name is either dropped with its content (<see cref="Dropped"/>) or
/// unwrapped (its children kept).
/// </summary>
internal static class ElementRoles
{
    /// <summary>The table: each role with its element names (HTML's own vocabulary, not boilerplate).</summary>
    private static readonly (ElementRole Role, string Names)[] Table =
    [
        // The rendering of text.
        (ElementRole.Block, "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
            + "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section "
            + "summary table tbody tfoot thead tr ul option button"),
        (ElementRole.Cell, "td th"),
        (ElementRole.Silent, "script style noscript template rt rp svg math iframe object embed canvas select textarea input "
            + "head title meta link audio video source track map frame frameset applet noembed noframes"),

        // The body's allowlist: inline elements that hold text, blocks that hold only inline content,
        // containers of blocks and loose inline content, and containers whose children are of one kind.
        (ElementRole.Inline, "a em strong b i sup sub code"),
        (ElementRole.PhrasingBlock, "p h1 h2 h3 h4 h5 h6 figcaption pre"),
        (ElementRole.FlowContainer, BodyNode.RootName + " blockquote li td th figure"),
        (ElementRole.StructuralContainer, "ul ol table thead tbody tr"),
        (ElementRole.Void, "br img"),

        // Dropped from the body with their content besides the silent elements: embedded content and
        // plug-ins' parameters, forms' controls, column definitions, the document's base.
        (ElementRole.DroppedFromBody, "base basefont bgsound param colgroup col portal fencedframe option optgroup datalist keygen"),

        // Inside a table cell, these show that the table lays out the page rather than holding data.
        (ElementRole.LayoutMarker, "table h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre figure article section form nav aside header footer"),
    ];

    /// <summary>Allowed inline elements that hold text (text-level semantics).</summary>
    public static readonly FrozenSet<string> InlineElements = Set(StringComparer.Ordinal, ElementRole.Inline);

    /// <summary>Allowed blocks that hold only inline content.</summary>
    public static readonly FrozenSet<string> PhrasingBlocks = Set(StringComparer.Ordinal, ElementRole.PhrasingBlock);

    /// <summary>Allowed containers that hold blocks as well as loose inline content.</summary>
    public static readonly FrozenSet<string> FlowContainers = Set(StringComparer.Ordinal, ElementRole.FlowContainer);

    /// <summary>Containers whose children must be of one kind (list items, table sections, rows, cells).</summary>
    public static readonly FrozenSet<string> StructuralContainers = Set(StringComparer.Ordinal, ElementRole.StructuralContainer);

    /// <summary>
    /// Elements dropped from the body with everything inside them: the silent elements (scripts and
    /// styles, embedded content, foreign content (SVG, MathML) that mutation XSS hides in, the
    /// document's head, fallbacks: <c>noscript</c> is read for images only) and the others the table lists.
    /// </summary>
    public static readonly FrozenSet<string> Dropped = Set(StringComparer.OrdinalIgnoreCase, ElementRole.Silent, ElementRole.DroppedFromBody);

    /// <summary>Elements that end a run of text (a paragraph boundary) when they are unwrapped: blocks and cells.</summary>
    public static readonly FrozenSet<string> BlockLike = Set(StringComparer.OrdinalIgnoreCase, ElementRole.Block, ElementRole.Cell);

    /// <summary>Elements written without a closing tag.</summary>
    public static readonly FrozenSet<string> VoidElements = Set(StringComparer.Ordinal, ElementRole.Void);

    /// <summary>Elements inside a table cell that show the table lays out the page rather than holding data.</summary>
    public static readonly FrozenSet<string> LayoutMarkers = Set(StringComparer.OrdinalIgnoreCase, ElementRole.LayoutMarker);

    /// <summary>
    /// What an element does to the plain text around it (block, cell, silent), in one table, so
    /// that the plain-text walks look an element's name up once.
    /// </summary>
    public static readonly FrozenDictionary<string, TextRole> TextRoles = Names(ElementRole.Block).Select(name => (Name: name, Role: TextRole.Block))
        .Concat(Names(ElementRole.Cell).Select(name => (Name: name, Role: TextRole.Cell)))
        .Concat(Names(ElementRole.Silent).Select(name => (Name: name, Role: TextRole.Silent)))
        .GroupBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(group => group.Key, group => group.Aggregate(TextRole.None, (role, entry) => role | entry.Role), StringComparer.OrdinalIgnoreCase);

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>The names the table gives a role.</summary>
    private static IEnumerable<string> Names(ElementRole role) =>
        Table.Where(entry => entry.Role == role).SelectMany(entry => entry.Names.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static FrozenSet<string> Set(StringComparer comparer, params ElementRole[] roles) =>
        roles.SelectMany(Names).ToFrozenSet(comparer);

    /// <summary>The roles of <see cref="Table"/>.</summary>
    private enum ElementRole
    {
        /// <summary>Starts and ends a paragraph of text.</summary>
        Block,

        /// <summary>A table cell: separated by " | " within its row.</summary>
        Cell,

        /// <summary>Its text is never part of the running text.</summary>
        Silent,

        Inline,
        PhrasingBlock,
        FlowContainer,
        StructuralContainer,
        Void,
        DroppedFromBody,
        LayoutMarker,
    }
}
