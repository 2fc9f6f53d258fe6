namespace ArticleExtract.Output;

/// <summary>
/// Writes the sanitised body tree as paragraphs of plain text (<see cref="Article.Text"/>), by
/// the rules of <see cref="ParagraphText"/> that <see cref="PlainTextWriter"/> reads a page with. Reading the tree (not the page) is what makes the text say the same as the HTML,
/// Markdown and blocks written from it. Walks with an explicit stack.
/// </summary>
internal static class BodyTextWriter
{
    /// <summary>The stack's first capacity: deep enough for most bodies without growing.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>The paragraphs of the body's text, each normalised (see <see cref="TextNormalizer"/>).</summary>
    public static List<string> Paragraphs(BodyNode root)
    {
        var paragraphs = new List<string>();
        var text = ParagraphText.ToParagraphs(paragraphs);
        var stack = new Stack<Frame>(InitialStackCapacity);
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var (node, role, leaving) = stack.Pop();
            if (leaving)
            {
                text.Leave(role);
                continue;
            }

            if (node.IsText)
            {
                AppendText(text, node);
                continue;
            }

            if (IsLooseTextInCell(node))
            {
                // Loose text in a cell runs on in its row; a block boundary inside the cell (what
                // made the builder start another paragraph) still separates paragraphs.
                if (node != node.Parent!.Children[0])
                {
                    text.EndParagraph();
                }

                stack.Push(new Frame(node, node == node.Parent.Children[^1] ? TextRole.None : TextRole.Block, Leaving: true));
                PushChildren(stack, node);
                continue;
            }

            role = RoleOf(node);
            if (text.Enter(role))
            {
                stack.Push(new Frame(node, role, Leaving: true));
                PushChildren(stack, node);
            }
        }

        text.EndParagraph();
        return paragraphs;
    }

    /// <summary>The body's text as paragraphs separated by one blank line.</summary>
    public static string Write(BodyNode root) => string.Join("\n\n", Paragraphs(root));

    /// <summary>What a node of the tree does to the text: the role of its element name (see <see cref="ElementRoles.TextRoles"/>).</summary>
    private static TextRole RoleOf(BodyNode node) => node.Name switch
    {
        "br" => TextRole.Break,
        "pre" => TextRole.Block | TextRole.Pre,
        _ => ElementRoles.TextRoles.GetValueOrDefault(node.Name),
    };

    /// <summary>Whether the node is a paragraph the builder made around loose text in a table cell (the page had no paragraph there).</summary>
    private static bool IsLooseTextInCell(BodyNode node) => node.Implicit && node.Name == "p" && node.Parent?.Name is "td" or "th";

    /// <summary>Appends a text node: as it is inside preformatted text, else collapsed after a pending space.</summary>
    private static void AppendText(ParagraphText text, BodyNode node)
    {
        foreach (var chunk in node.TextBuilder.GetChunks())
        {
            var data = chunk.Span;
            if (data.IsEmpty)
            {
                continue;
            }

            if (text.InPreformatted)
            {
                text.AppendPreformatted(data);
            }
            else
            {
                text.AppendCollapsed(data);
            }
        }
    }

    private static void PushChildren(Stack<Frame> stack, BodyNode node)
    {
        for (var i = node.Children.Count - 1; i >= 0; i--)
        {
            stack.Push(new Frame(node.Children[i], TextRole.None, Leaving: false));
        }
    }

    /// <summary>A step of the walk: entering a node, or leaving an element with the role it was entered with.</summary>
    private readonly record struct Frame(BodyNode Node, TextRole Role, bool Leaving);
}
