namespace ArticleExtract;

/// <summary>What an <see cref="ArticleBlock"/> is.</summary>
public enum ArticleBlockKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph = 0,

    /// <summary>A section heading; <see cref="ArticleBlock.Level"/> gives its level (2 to 6).</summary>
    Heading = 1,

    /// <summary>A list; <see cref="ArticleBlock.Items"/> gives its items, nested lists flattened with their depth.</summary>
    List = 2,

    /// <summary>A quotation (a <c>&lt;blockquote&gt;</c>).</summary>
    Quote = 3,

    /// <summary>Preformatted text or code, whitespace kept as written.</summary>
    Code = 4,

    /// <summary>A data table; <see cref="ArticleBlock.Rows"/> gives its cells.</summary>
    Table = 5,

    /// <summary>An image with its caption; <see cref="ArticleBlock.ImageUrl"/> gives its absolute URL.</summary>
    Figure = 6,
}
