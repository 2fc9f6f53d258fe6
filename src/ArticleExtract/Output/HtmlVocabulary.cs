using System.Collections.Frozen;

namespace ArticleExtract.Output;

/// <summary>Element names by role in the rendering of text (HTML's own vocabulary, not boilerplate).</summary>
internal static class HtmlVocabulary
{
    /// <summary>Elements that start and end a paragraph of text.</summary>
    public static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "option", "button");

    /// <summary>Elements whose text is never part of the running text.</summary>
    public static readonly FrozenSet<string> SilentElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "rt", "rp", "svg", "math", "iframe", "object", "embed",
        "canvas", "select", "textarea", "input", "head", "title", "meta", "link", "audio", "video", "source",
        "track", "map", "frame", "frameset", "applet", "noembed", "noframes");

    /// <summary>Table cells: separated by " | " within their row.</summary>
    public static readonly FrozenSet<string> CellElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "td", "th");

    /// <summary>
    /// The roles of <see cref="BlockElements"/>, <see cref="CellElements"/> and <see cref="SilentElements"/>
    /// in one table, so that the plain-text walk looks an element's name up once.
    /// </summary>
    public static readonly FrozenDictionary<string, TextRole> TextRoles = BlockElements.Select(name => (Name: name, Role: TextRole.Block))
        .Concat(CellElements.Select(name => (Name: name, Role: TextRole.Cell)))
        .Concat(SilentElements.Select(name => (Name: name, Role: TextRole.Silent)))
        .GroupBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(group => group.Key, group => group.Aggregate(TextRole.None, (role, entry) => role | entry.Role), StringComparer.OrdinalIgnoreCase);
}

/// <summary>What an element does to the plain text around it.</summary>
[Flags]
internal enum TextRole
{
    /// <summary>Nothing: its text runs on.</summary>
    None = 0,

    /// <summary>Starts and ends a paragraph.</summary>
    Block = 1,

    /// <summary>A table cell: separated from the cell before it by " | ".</summary>
    Cell = 2,

    /// <summary>Its text is never part of the running text.</summary>
    Silent = 4,

    /// <summary>A line break.</summary>
    Break = 8,

    /// <summary>Preformatted text: its whitespace is kept.</summary>
    Pre = 16,
}
