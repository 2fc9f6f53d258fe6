namespace ArticleExtract.Output;

/// <summary>Small edits of the body tree that the builder makes while it writes: where text, spaces and line breaks go.</summary>
internal static class BodyTreeEdits
{
    /// <summary>The parent's last child when the builder made it and it has this name (loose content goes on in it), else a new one.</summary>
    public static BodyNode LastImplicitChildOrNew(BodyNode parent, string name) =>
        parent.Children.Count > 0 && parent.Children[^1] is { Implicit: true } last && last.Name == name
            ? last
            : parent.Add(BodyNode.Element(name, isImplicit: true));

    /// <summary>The builder of the target's last child when it is text, else of a new text child with room for the text to come.</summary>
    public static System.Text.StringBuilder LastTextOf(BodyNode target, int capacity) =>
        target.Children.Count > 0 && target.Children[^1].IsText ? target.Children[^1].TextBuilder : target.Add(BodyNode.NewText(capacity)).TextBuilder;

    /// <summary>
    /// Where content goes so that it is not the first thing inside a link or emphasis: before the
    /// outermost inline element that is still empty, else at the end of the target.
    /// </summary>
    public static void OutermostEmptyInline(BodyNode target, out BodyNode parent, out int index)
    {
        var node = target;
        while (node.Children.Count == 0 && ElementRoles.InlineElements.Contains(node.Name) && node.Parent is { } up)
        {
            node = up;
        }

        parent = node;
        // An empty inline element on the way is open, so it is its parent's last child.
        index = node == target ? node.Children.Count : node.Children.Count - 1;
    }

    /// <summary>
    /// Moves line breaks at the end of a link or emphasis that is being closed to just after it:
    /// Markdown cannot end a link text or an emphasis with a hard break (it would be lost, gluing
    /// two words). The element is its parent's last child while it is open.
    /// </summary>
    public static void MoveTrailingBreaksOut(BodyNode element)
    {
        if (!ElementRoles.InlineElements.Contains(element.Name) || element.Parent is not { } parent)
        {
            return;
        }

        while (element.Children.Count > 0 && element.Children[^1].Name == "br")
        {
            element.RemoveLast();
            parent.Add(BodyNode.Element("br"));
        }
    }

    /// <summary>
    /// Appends a space before the next content. When that content opens an inline element (nothing
    /// written in it yet), the space goes before the element, so "a &lt;em&gt;b&lt;/em&gt;" never
    /// becomes "a&lt;em&gt; b&lt;/em&gt;" (which Markdown emphasis cannot express).
    /// </summary>
    public static void AppendSpace(BodyNode target)
    {
        var node = target;
        BodyNode? emptyInline = null;
        while (node.Children.Count == 0 && ElementRoles.InlineElements.Contains(node.Name) && node.Parent is { } parent)
        {
            emptyInline = node;
            node = parent;
        }

        if (emptyInline is null)
        {
            AppendText(target, " ");
            return;
        }

        // The empty inline element is open, so it is its parent's last child.
        var index = node.Children.Count - 1;
        if (index > 0 && node.Children[index - 1].IsText)
        {
            node.Children[index - 1].TextBuilder.Append(' ');
        }
        else
        {
            node.Insert(index, BodyNode.NewText(" "));
        }
    }

    public static void AppendText(BodyNode target, string text)
    {
        if (target.Children.Count > 0 && target.Children[^1].IsText)
        {
            target.Children[^1].TextBuilder.Append(text);
        }
        else
        {
            target.Add(BodyNode.NewText(text));
        }
    }
}
