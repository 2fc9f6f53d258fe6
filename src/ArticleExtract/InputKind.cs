namespace ArticleExtract;

/// <summary>What kind of input an <see cref="Article"/> was extracted from.</summary>
public enum InputKind
{
    /// <summary>An HTML document (markup was found in the input).</summary>
    Html = 0,

    /// <summary>Text that a scraper already saved: the visible text of a page, one block per paragraph, plain or as Markdown (its links, images and emphasis read as what they show).</summary>
    Text = 1,
}
