namespace ArticleExtract.Output;

/// <summary>
/// Reads the sanitised body tree as a flat list of <see cref="ArticleBlock"/>s in document order.
/// Quotes, lists and tables are one block each; a paragraph holding only images gives one figure
/// block per image. Walks with an explicit stack.
/// </summary>
internal static class BlockWriter
{
    /// <summary>The name of the stand-in node that places a figure's block among the figure's other content.</summary>
    private const string FigureMarker = "#figure";

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
                    AddFigure(stack, node);
                    break;
                case FigureMarker:
                    blocks.Add(ArticleBlock.Figure(node.Src!, node.Alt, node.Title!));
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

    /// <summary>
    /// A figure: its first image with the caption, as one block standing where the caption stands
    /// (or the image, when there is no caption); anything else in it (text, quotes) as blocks of
    /// their own, in reading order.
    /// </summary>
    private static void AddFigure(Stack<BodyNode> stack, BodyNode figure)
    {
        var images = Images(figure);
        if (images.Count == 0)
        {
            PushChildren(stack, figure);
            return;
        }

        var captionNode = figure.Children.Find(child => child.Name == "figcaption");
        var marker = BodyNode.Element(FigureMarker);
        marker.Src = images[0].Src;
        marker.Alt = images[0].Alt;
        marker.Title = captionNode is null ? "" : InlineText.Of(captionNode);
        var steps = new List<BodyNode>();
        foreach (var child in figure.Children)
        {
            var holdsFirstImage = captionNode is null && Images(child).Contains(images[0]);
            if (child == captionNode || holdsFirstImage)
            {
                steps.Add(marker);
            }

            if (child != captionNode && child.Name != "img" && InlineText.Of(child).Length > 0)
            {
                steps.Add(child);
            }
        }

        for (var i = 1; i < images.Count; i++)
        {
            var extra = BodyNode.Element(FigureMarker);
            extra.Src = images[i].Src;
            extra.Alt = images[i].Alt;
            extra.Title = "";
            steps.Add(extra);
        }

        for (var i = steps.Count - 1; i >= 0; i--)
        {
            stack.Push(steps[i]);
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

    /// <summary>
    /// A list, nested lists flattened into items with their depth, in reading order: text that
    /// follows a nested list inside an item is an item of its own after the nested items.
    /// </summary>
    private static void AddList(List<ArticleBlock> blocks, BodyNode list)
    {
        var items = new List<ArticleListItem>();
        var stack = new Stack<ListStep>();
        stack.Push(new ListStep(list, null, 0, list.Name == "ol"));
        while (stack.Count > 0)
        {
            var step = stack.Pop();
            if (step.Text is not null)
            {
                items.Add(new ArticleListItem(step.Text, step.Depth, step.Ordered));
                continue;
            }

            var node = step.Node!;
            if (node.Name is "ul" or "ol")
            {
                for (var i = node.Children.Count - 1; i >= 0; i--)
                {
                    stack.Push(new ListStep(node.Children[i], null, step.Depth, node.Name == "ol"));
                }

                continue;
            }

            var segments = new List<ListStep>();
            var texts = new List<string>();
            foreach (var child in node.Children)
            {
                if (child.Name is "ul" or "ol")
                {
                    FlushItemText(segments, texts, step);
                    segments.Add(new ListStep(child, null, step.Depth + 1, child.Name == "ol"));
                }
                else
                {
                    texts.AddRange(InlineText.Paragraphs(child));
                }
            }

            FlushItemText(segments, texts, step);
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                stack.Push(segments[i]);
            }
        }

        blocks.Add(ArticleBlock.List(items, list.Name == "ol"));
    }

    private static void FlushItemText(List<ListStep> segments, List<string> texts, ListStep item)
    {
        if (texts.Count > 0)
        {
            segments.Add(new ListStep(null, string.Join(" ", texts), item.Depth, item.Ordered));
            texts.Clear();
        }
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

    /// <summary>A step of the list walk: a list or item to read, or an item's text to add.</summary>
    private readonly record struct ListStep(BodyNode? Node, string? Text, int Depth, bool Ordered);
}
