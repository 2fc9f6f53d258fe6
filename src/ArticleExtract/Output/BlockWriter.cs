namespace ArticleExtract.Output;

/// <summary>
/// Reads the sanitised body tree as a flat list of <see cref="ArticleBlock"/>s in document order.
/// Quotes, lists and tables are one block each; a paragraph holding only images gives one figure
/// block per image. Walks with an explicit stack.
/// </summary>
internal static class BlockWriter
{
    public static IReadOnlyList<ArticleBlock> Write(BodyNode root)
    {
        var blocks = new List<ArticleBlock>();
        var stack = new Stack<BodyNode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node.Name)
            {
                case "p" or "figcaption":
                    AddParagraph(blocks, node);
                    break;
                case "h2" or "h3" or "h4" or "h5" or "h6":
                    AddIfText(blocks, InlineText.Of(node, singleLine: true), text => ArticleBlock.Heading(text, node.Name[1] - '0'));
                    break;
                case "pre":
                    AddIfText(blocks, InlineText.Of(node), ArticleBlock.Code);
                    break;
                case "blockquote":
                    AddIfText(blocks, string.Join("\n\n", InlineText.Paragraphs(node)), ArticleBlock.Quote);
                    break;
                case "ul" or "ol":
                    AddList(blocks, node);
                    break;
                case "table":
                    AddTable(blocks, node);
                    break;
                case "figure":
                    AddFigure(blocks, stack, node);
                    break;
                case "img":
                    blocks.Add(ArticleBlock.Figure(node.Src!, node.Alt, ""));
                    break;
                default:
                    PushChildren(stack, node);
                    break;
            }
        }

        return blocks;
    }

    private static void PushChildren(Stack<BodyNode> stack, BodyNode node)
    {
        for (var i = node.Children.Count - 1; i >= 0; i--)
        {
            stack.Push(node.Children[i]);
        }
    }

    private static void AddIfText(List<ArticleBlock> blocks, string text, Func<string, ArticleBlock> create)
    {
        if (text.Length > 0)
        {
            blocks.Add(create(text));
        }
    }

    /// <summary>A paragraph; one holding only images (no text) is a run of figures.</summary>
    private static void AddParagraph(List<ArticleBlock> blocks, BodyNode paragraph)
    {
        var text = InlineText.Of(paragraph);
        if (text.Length > 0)
        {
            blocks.Add(ArticleBlock.Paragraph(text));
            return;
        }

        foreach (var image in Images(paragraph))
        {
            blocks.Add(ArticleBlock.Figure(image.Src!, image.Alt, ""));
        }
    }

    /// <summary>A figure: its first image with the caption; anything else in it (text, quotes) as blocks of their own.</summary>
    private static void AddFigure(List<ArticleBlock> blocks, Stack<BodyNode> stack, BodyNode figure)
    {
        var images = Images(figure);
        if (images.Count == 0)
        {
            PushChildren(stack, figure);
            return;
        }

        var caption = "";
        var others = new List<BodyNode>();
        foreach (var child in figure.Children)
        {
            if (child.Name == "figcaption")
            {
                caption = InlineText.Of(child);
            }
            else if (child.Name != "img" && !(child.Name == "p" && InlineText.Of(child).Length == 0))
            {
                others.Add(child);
            }
        }

        blocks.Add(ArticleBlock.Figure(images[0].Src!, images[0].Alt, caption));
        for (var i = 1; i < images.Count; i++)
        {
            blocks.Add(ArticleBlock.Figure(images[i].Src!, images[i].Alt, ""));
        }

        for (var i = others.Count - 1; i >= 0; i--)
        {
            stack.Push(others[i]);
        }
    }

    private static List<BodyNode> Images(BodyNode node)
    {
        var images = new List<BodyNode>();
        var stack = new Stack<BodyNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.Name == "img")
            {
                images.Add(current);
            }
            else if (current.Name != "figcaption")
            {
                PushChildren(stack, current);
            }
        }

        return images;
    }

    /// <summary>A list, nested lists flattened into items with their depth.</summary>
    private static void AddList(List<ArticleBlock> blocks, BodyNode list)
    {
        var items = new List<ArticleListItem>();
        var stack = new Stack<(BodyNode Node, int Depth, bool Ordered)>();
        stack.Push((list, 0, list.Name == "ol"));
        while (stack.Count > 0)
        {
            var (node, depth, ordered) = stack.Pop();
            if (node.Name is "ul" or "ol")
            {
                for (var i = node.Children.Count - 1; i >= 0; i--)
                {
                    stack.Push((node.Children[i], depth, node.Name == "ol"));
                }

                continue;
            }

            var texts = new List<string>();
            var nested = new List<BodyNode>();
            foreach (var child in node.Children)
            {
                if (child.Name is "ul" or "ol")
                {
                    nested.Add(child);
                }
                else
                {
                    texts.AddRange(InlineText.Paragraphs(child));
                }
            }

            items.Add(new ArticleListItem(string.Join(" ", texts), depth, ordered));
            for (var i = nested.Count - 1; i >= 0; i--)
            {
                stack.Push((nested[i], depth + 1, nested[i].Name == "ol"));
            }
        }

        blocks.Add(ArticleBlock.List(items, list.Name == "ol"));
    }

    private static void AddTable(List<ArticleBlock> blocks, BodyNode table)
    {
        var rows = new List<IReadOnlyList<string>>();
        var hasHeaderRow = false;
        foreach (var section in table.Children)
        {
            foreach (var row in section.Children)
            {
                if (rows.Count == 0)
                {
                    hasHeaderRow = IsHeaderRow(section, row);
                }

                rows.Add(InlineText.Cells(row));
            }
        }

        if (rows.Count > 0)
        {
            blocks.Add(ArticleBlock.Table(rows, hasHeaderRow));
        }
    }

    /// <summary>Whether a row heads its table: it is in the &lt;thead&gt;, or all its cells are &lt;th&gt;.</summary>
    public static bool IsHeaderRow(BodyNode section, BodyNode row)
    {
        if (section.Name == "thead")
        {
            return true;
        }

        foreach (var cell in row.Children)
        {
            if (cell.Name != "th")
            {
                return false;
            }
        }

        return row.Children.Count > 0;
    }
}
