namespace ArticleExtract;

/// <summary>What kind of page an <see cref="Article"/> was extracted from; it decides what the body keeps.</summary>
public enum PageType
{
    /// <summary>A news story, blog post or other single article (the default when unsure).</summary>
    Article = 0,

    /// <summary>A forum thread or question-and-answer page: the question and every post or answer, in order.</summary>
    Forum = 1,

    /// <summary>A product page: the product's name, description, features and specifications.</summary>
    Product = 2,

    /// <summary>A collection of items (a category, gallery or roundup page): every entry with its blurb.</summary>
    Collection = 3,

    /// <summary>A listing (search results, an index, a directory): every card or entry.</summary>
    Listing = 4,

    /// <summary>Documentation: the body with its code blocks, without the sidebar and table of contents.</summary>
    Documentation = 5,

    /// <summary>A service or landing page: every content section (features, steps, pricing, FAQ).</summary>
    Service = 6,
}
