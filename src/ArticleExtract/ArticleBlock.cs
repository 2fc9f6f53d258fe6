namespace ArticleExtract;

/// <summary>
/// One block of the article's body (heading, paragraph, list, quote, code, table or figure) in
/// document order, with its plain text, so that search indexes and language-model pipelines can
/// use the structure without parsing HTML. Instances are immutable.
/// </summary>
/// <remarks>
/// Every block has a <see cref="Kind"/> and a <see cref="Text"/>; the other members apply to some
/// kinds only and are empty (or <c>0</c>, <c>false</c>, <c>null</c>) for the rest.
/// </remarks>
public sealed class ArticleBlock
{
    private ArticleBlock(ArticleBlockKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>What the block is.</summary>
    public ArticleBlockKind Kind { get; }

    /// <summary>
    /// The block's plain text: a paragraph's or heading's text; a list's items one a line; a
    /// quote's paragraphs separated by a blank line; code exactly as written; a table's rows one
    /// a line with cells separated by " | "; a figure's caption (empty when it has none).
    /// </summary>
    public string Text { get; }

    /// <summary>The level of a heading, 2 to 6 (a level-1 heading inside the body counts as 2); 0 for other blocks.</summary>
    public int Level { get; private init; }

    /// <summary>The items of a list, nested lists flattened with their <see cref="ArticleListItem.Depth"/>; empty for other blocks.</summary>
    public IReadOnlyList<ArticleListItem> Items { get; private init; } = [];

    /// <summary>Whether a list is numbered (its top level is an <c>&lt;ol&gt;</c>); <c>false</c> for other blocks.</summary>
    public bool Ordered { get; private init; }

    /// <summary>The rows of a table, each the text of its cells; empty for other blocks.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; private init; } = [];

    /// <summary>Whether the first of <see cref="Rows"/> is a header row.</summary>
    public bool HasHeaderRow { get; private init; }

    /// <summary>The absolute http(s) URL of a figure's image; <c>null</c> for other blocks.</summary>
    public string? ImageUrl { get; private init; }

    /// <summary>The alternative text of a figure's image; <c>null</c> when it has none and for other blocks.</summary>
    public string? AltText { get; private init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Text}";

    internal static ArticleBlock Paragraph(string text) => new(ArticleBlockKind.Paragraph, text);

    internal static ArticleBlock Heading(string text, int level) => new(ArticleBlockKind.Heading, text) { Level = level };

    internal static ArticleBlock Quote(string text) => new(ArticleBlockKind.Quote, text);

    internal static ArticleBlock Code(string text) => new(ArticleBlockKind.Code, text);

    internal static ArticleBlock List(IReadOnlyList<ArticleListItem> items, bool ordered)
    {
        var lines = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            lines[i] = items[i].Text;
        }

        return new(ArticleBlockKind.List, string.Join("\n", lines)) { Items = items, Ordered = ordered };
    }

    internal static ArticleBlock Table(IReadOnlyList<IReadOnlyList<string>> rows, bool hasHeaderRow)
    {
        var lines = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            lines[i] = string.Join(" | ", rows[i]);
        }

        return new(ArticleBlockKind.Table, string.Join("\n", lines)) { Rows = rows, HasHeaderRow = hasHeaderRow };
    }

    internal static ArticleBlock Figure(string imageUrl, string? altText, string caption) =>
        new(ArticleBlockKind.Figure, caption) { ImageUrl = imageUrl, AltText = altText };
}
