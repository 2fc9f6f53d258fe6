using System.Collections.Frozen;

namespace ArticleExtract.Output;

/// <summary>
/// The one table of element roles, shared by the HTML stages (preparation, scoring, cleaning,
/// post-processing), the lead paragraph reader and the output: what an element does to the plain
/// text (a block, a table cell, silent), to the sanitised body (the allowlist by kind, what is
/// dropped with its content, what marks a table as layout) and to Readability's scoring and
/// cleaning. Each role lists its names once, in <see cref="Table"/>; every set the stages look
/// names up in is a union of roles read from it. Any element the body's allowlist does not name
/// is either dropped with its content (<see cref="Dropped"/>) or unwrapped (its children kept).
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

        // Elements without running text, by kind: together (with ruby annotations and fallbacks) the
        // silent elements of the plain text; with widgets, what the preparation drops.
        (ElementRole.Scripting, "script style noscript template"),
        (ElementRole.Embedded, "svg math iframe object embed canvas audio video source track map frame frameset applet"),
        (ElementRole.FormControl, "select textarea input"),
        (ElementRole.HeadContent, "head title meta link"),
        (ElementRole.RubyAnnotation, "rt rp"),
        (ElementRole.Fallback, "noembed noframes"),
        (ElementRole.Widget, "button dialog option optgroup datalist progress meter output"),

        // The HTML stages: HTML's block elements (as a selector for blocks lists them), the parts of
        // a table and the obsolete blocks; together the blocks of Readability's scoring.
        (ElementRole.HtmlBlock, "address article aside blockquote dd details div dl dt fieldset figcaption figure footer form "
            + "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul"),
        (ElementRole.TablePart, "caption tbody thead tfoot tr td th"),
        (ElementRole.ObsoleteBlock, "center menu"),
        (ElementRole.ListBox, "select"),
        (ElementRole.List, "ul ol dl"),
        (ElementRole.Code, "pre code"),
        (ElementRole.ItemOrCell, "li td th dd dt"),
        (ElementRole.Table, "table"),
        (ElementRole.Preformatted, "pre"),
        (ElementRole.Quotation, "blockquote"),

        // Readability's scoring: elements whose whole text is one paragraph, containers whose own inline
        // text counts as one; its cleaning: the containers cleaned conditionally.
        (ElementRole.ScoredParagraph, "p pre td"),
        (ElementRole.ScoredTextContainer, "div section article main center blockquote"),
        (ElementRole.CleanedConditionally, "div section ul ol table form fieldset aside dl header footer nav"),

        // The lead paragraph: containers whose loose text is a paragraph, and page furniture.
        (ElementRole.LeadTextContainer, "div section article main body"),
        (ElementRole.Furniture, "nav header footer aside form figure figcaption"),

        // Selection and boilerplate: containers a div standing for a paragraph is written as; the
        // layout containers a page repeats per region, and the blocks such a copied region holds.
        (ElementRole.ParagraphContainer, "div section"),
        (ElementRole.LayoutContainer, "div section article main"),
        (ElementRole.CopiedBlock, "p li h2 h3 h4"),

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

    /// <summary>Elements whose text is never part of the running text of the plain text.</summary>
    private static readonly ElementRole[] SilentRoles =
    [
        ElementRole.Scripting, ElementRole.Embedded, ElementRole.FormControl, ElementRole.HeadContent, ElementRole.RubyAnnotation, ElementRole.Fallback,
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
    public static readonly FrozenSet<string> Dropped = Set(StringComparer.OrdinalIgnoreCase, [.. SilentRoles, ElementRole.DroppedFromBody]);

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
        .Concat(SilentRoles.SelectMany(Names).Select(name => (Name: name, Role: TextRole.Silent)))
        .GroupBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(group => group.Key, group => group.Aggregate(TextRole.None, (role, entry) => role | entry.Role), StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that never carry running article text: dropped by the preparation with their content.</summary>
    public static readonly FrozenSet<string> NonContent = Set(
        StringComparer.OrdinalIgnoreCase,
        ElementRole.Scripting, ElementRole.Embedded, ElementRole.FormControl, ElementRole.HeadContent, ElementRole.Widget);

    /// <summary>Scripts, styles and templates: their text is code, not content.</summary>
    public static readonly FrozenSet<string> Scripting = Set(StringComparer.Ordinal, ElementRole.Scripting);

    /// <summary>Block-level elements of Readability's scoring: a container's text inside them is not its own inline text.</summary>
    public static readonly FrozenSet<string> ScoringBlocks = Set(StringComparer.Ordinal, ElementRole.HtmlBlock, ElementRole.TablePart, ElementRole.ObsoleteBlock);

    /// <summary>HTML's block elements, as a selector for blocks lists them (no table parts, no scripts).</summary>
    public static readonly FrozenSet<string> HtmlBlocks = Set(StringComparer.Ordinal, ElementRole.HtmlBlock);

    /// <summary>Elements that break a run of inline content into paragraphs when the lead paragraph is read.</summary>
    public static readonly FrozenSet<string> LeadBreaks = Set(
        StringComparer.Ordinal, ElementRole.HtmlBlock, ElementRole.TablePart, ElementRole.ListBox, ElementRole.Scripting);

    /// <summary>Lists: unordered, ordered and description lists.</summary>
    public static readonly FrozenSet<string> Lists = Set(StringComparer.Ordinal, ElementRole.List);

    /// <summary>Code: its links and short lines are the listing itself.</summary>
    public static readonly FrozenSet<string> Code = Set(StringComparer.Ordinal, ElementRole.Code);

    /// <summary>List items, description terms and details, and table cells.</summary>
    public static readonly FrozenSet<string> ItemsAndCells = Set(StringComparer.Ordinal, ElementRole.ItemOrCell);

    /// <summary>Elements whose whole text is one paragraph in Readability's scoring.</summary>
    public static readonly FrozenSet<string> ScoredParagraphs = Set(StringComparer.Ordinal, ElementRole.ScoredParagraph);

    /// <summary>Containers whose own inline text (outside their block children) counts as a paragraph in Readability's scoring.</summary>
    public static readonly FrozenSet<string> ScoredTextContainers = Set(StringComparer.Ordinal, ElementRole.ScoredTextContainer);

    /// <summary>Containers that Readability's cleaning judges (and may drop) as link lists, teasers or debris.</summary>
    public static readonly FrozenSet<string> CleanedConditionally = Set(StringComparer.Ordinal, ElementRole.CleanedConditionally);

    /// <summary>Containers whose loose text is a paragraph (a &lt;div&gt; standing for a &lt;p&gt;) to the lead paragraph reader.</summary>
    public static readonly FrozenSet<string> LeadTextContainers = Set(StringComparer.Ordinal, ElementRole.LeadTextContainer);

    /// <summary>Page furniture: navigation, headers, footers, asides, forms and figures hold no lead paragraph.</summary>
    public static readonly FrozenSet<string> Furniture = Set(StringComparer.Ordinal, ElementRole.Furniture);

    /// <summary>Quotations: a block quoted in the article.</summary>
    public static readonly FrozenSet<string> Quotations = Set(StringComparer.Ordinal, ElementRole.Quotation);

    /// <summary>Code and tables: their short lines and links are their own content, not boilerplate.</summary>
    public static readonly FrozenSet<string> CodeOrTables = Set(StringComparer.Ordinal, ElementRole.Code, ElementRole.Table);

    /// <summary>Tables and preformatted text: their lines are rows and listings, not paragraphs.</summary>
    public static readonly FrozenSet<string> TablesOrPreformatted = Set(StringComparer.Ordinal, ElementRole.Table, ElementRole.Preformatted);

    /// <summary>Containers that stand for a paragraph when they hold only running text (Readability turns such a div into a p).</summary>
    public static readonly FrozenSet<string> ParagraphContainers = Set(StringComparer.Ordinal, ElementRole.ParagraphContainer);

    /// <summary>Containers of layout: what a page repeats per region.</summary>
    public static readonly FrozenSet<string> LayoutContainers = Set(StringComparer.Ordinal, ElementRole.LayoutContainer);

    /// <summary>The blocks a copied region holds: paragraphs, list items and headings below the title.</summary>
    public static readonly FrozenSet<string> CopiedBlocks = Set(StringComparer.Ordinal, ElementRole.CopiedBlock);

    /// <summary>Whether the name is a heading's (h1 to h6).</summary>
    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>Whether the name is a heading's below the page's title (h2 to h6): a section's or a card's.</summary>
    public static bool IsSubheading(string name) => IsHeading(name) && name[1] != '1';

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

        Scripting,
        Embedded,
        FormControl,
        HeadContent,
        RubyAnnotation,
        Fallback,
        Widget,
        HtmlBlock,
        TablePart,
        ObsoleteBlock,
        ListBox,
        List,
        Code,
        ItemOrCell,
        Table,
        Preformatted,
        Quotation,
        ScoredParagraph,
        ScoredTextContainer,
        CleanedConditionally,
        LeadTextContainer,
        Furniture,
        ParagraphContainer,
        LayoutContainer,
        CopiedBlock,

        Inline,
        PhrasingBlock,
        FlowContainer,
        StructuralContainer,
        Void,
        DroppedFromBody,
        LayoutMarker,
    }
}
