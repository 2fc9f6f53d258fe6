using System.Text;

namespace ArticleExtract.Output;

/// <summary>Reads the plain text of sanitised body nodes (for <see cref="ArticleBlock"/>s), with an explicit stack.</summary>
internal static class InlineText
{
    /// <summary>The text of a phrasing node: line breaks as "\n" (or spaces when <paramref name="singleLine"/>), images left out.</summary>
    public static string Of(BodyNode node, bool singleLine = false) =>
        node.Name == "pre" ? Raw(node, singleLine).TrimEnd('\n') : Raw(node, singleLine).Trim();

    /// <summary>The text of a node as written, spaces at its edges kept.</summary>
    public static string Raw(BodyNode node, bool singleLine = true)
    {
        var builder = new StringBuilder();
        var stack = new Stack<BodyNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.IsText)
            {
                builder.Append(current.TextBuilder);
                continue;
            }

            if (current.Name == "br")
            {
                builder.Append(singleLine ? ' ' : '\n');
                continue;
            }

            for (var i = current.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(current.Children[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text of any node as paragraphs: every phrasing block (paragraph, heading, caption, code)
    /// one paragraph, a table row its cells separated by " | ".
    /// </summary>
    public static List<string> Paragraphs(BodyNode node)
    {
        var paragraphs = new List<string>();
        var stack = new Stack<BodyNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.IsText || current.Name == "br")
            {
                continue;
            }

            if (ElementRoles.PhrasingBlocks.Contains(current.Name) || ElementRoles.IsHeading(current.Name))
            {
                AddIfNotEmpty(paragraphs, Of(current));
                continue;
            }

            if (current.Name == "tr")
            {
                AddIfNotEmpty(paragraphs, string.Join(" | ", Cells(current)));
                continue;
            }

            for (var i = current.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(current.Children[i]);
            }
        }

        return paragraphs;
    }

    /// <summary>The text of a row's cells, each on one line.</summary>
    public static List<string> Cells(BodyNode row)
    {
        var cells = new List<string>(row.Children.Count);
        foreach (var cell in row.Children)
        {
            cells.Add(string.Join(" ", Paragraphs(cell)).Replace('\n', ' '));
        }

        return cells;
    }

    private static void AddIfNotEmpty(List<string> paragraphs, string text)
    {
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }
    }
}
