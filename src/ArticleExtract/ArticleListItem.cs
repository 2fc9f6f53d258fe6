namespace ArticleExtract;

/// <summary>One item of a list block, in document order (nested lists are flattened, each item keeping its depth).</summary>
public sealed class ArticleListItem
{
    internal ArticleListItem(string text, int depth, bool ordered)
    {
        Text = text;
        Depth = depth;
        Ordered = ordered;
    }

    /// <summary>The item's own text (its nested lists excluded: they follow as items of greater depth).</summary>
    public string Text { get; }

    /// <summary>How deeply the item is nested: 0 for an item of the top-level list, 1 for an item of a list inside it, and so on.</summary>
    public int Depth { get; }

    /// <summary>Whether the list the item belongs to is numbered (<c>&lt;ol&gt;</c>).</summary>
    public bool Ordered { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
