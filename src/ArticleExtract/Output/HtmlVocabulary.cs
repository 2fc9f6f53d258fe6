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
}
