namespace ArticleExtract;

/// <summary>A block of the page that was removed from the article body, and why.</summary>
/// <param name="Kind">The kind of boilerplate the block was recognised as.</param>
/// <param name="Text">The block's visible text, whitespace-normalised.</param>
public sealed record BoilerplateBlock(BoilerplateKind Kind, string Text);
