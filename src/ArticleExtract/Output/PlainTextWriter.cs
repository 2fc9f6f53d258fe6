using System.Text;
using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>
/// Renders an element's content as paragraphs of plain text: every block boundary is a
/// paragraph break (two words are never glued across tags), <c>&lt;br&gt;</c> a line break,
/// table cells separated by " | ", ruby annotations and non-text elements left out.
/// Walks the tree with an explicit stack: no recursion, whatever the depth.
/// </summary>
internal static class PlainTextWriter
{
    private const string CellSeparator = " | ";

    /// <summary>The paragraphs of the element's text, each normalised (see <see cref="TextNormalizer"/>).</summary>
    public static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var pendingSpace = false;
        var preDepth = 0;
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (leaving)
                {
                    preDepth -= name == "pre" ? 1 : 0;
                    if (HtmlVocabulary.BlockElements.Contains(name))
                    {
                        Flush(paragraphs, current);
                        pendingSpace = false;
                    }
                    else
                    {
                        pendingSpace |= HtmlVocabulary.CellElements.Contains(name);
                    }

                    continue;
                }

                if (node != root && HtmlVocabulary.SilentElements.Contains(name))
                {
                    continue;
                }

                if (name == "br")
                {
                    TrimEndSpaces(current);
                    if (current.Length > 0)
                    {
                        current.Append('\n');
                    }

                    pendingSpace = false;
                    continue;
                }

                if (HtmlVocabulary.BlockElements.Contains(name))
                {
                    Flush(paragraphs, current);
                    pendingSpace = false;
                }
                else if (HtmlVocabulary.CellElements.Contains(name) && current.Length > 0)
                {
                    TrimEndSpaces(current);
                    current.Append(CellSeparator);
                    pendingSpace = false;
                }

                preDepth += name == "pre" ? 1 : 0;
                stack.Push((node, true));
                PushChildren(stack, element);
            }
            else if (node is IText text)
            {
                if (preDepth > 0)
                {
                    current.Append(text.Data.Replace("\u00A0", " ", StringComparison.Ordinal));
                    continue;
                }

                var data = text.Data.AsSpan();
                var leadingSpace = data.Length > 0 && IsSpace(data[0]);
                var before = current.Length;
                TextNormalizer.AppendCollapsed(current, data, pendingSpace || leadingSpace);
                pendingSpace = data.Length > 0 && IsSpace(data[^1]) && current.Length > before;
                if (current.Length > 0 && current[^1] == ' ')
                {
                    current.Length--;
                    pendingSpace = true;
                }
            }
            else if (node is IDocument or IDocumentFragment)
            {
                PushChildren(stack, node);
            }
        }

        Flush(paragraphs, current);
        return paragraphs;
    }

    /// <summary>The element's text as paragraphs separated by one blank line.</summary>
    public static string Write(INode root) => string.Join("\n\n", Paragraphs(root));

    /// <summary>
    /// The element's text on one line, every run of whitespace (paragraph breaks included) one
    /// space: what <see cref="TextNormalizer.CollapseWhitespace(ReadOnlySpan{char})"/> makes of
    /// <see cref="Write"/>, written once instead of joined and collapsed again.
    /// </summary>
    public static string WriteCollapsed(INode root)
    {
        var paragraphs = Paragraphs(root);
        if (paragraphs.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            TextNormalizer.AppendCollapsed(builder, paragraph, pendingSpace: builder.Length > 0);
        }

        return TextNormalizer.Finish(builder);
    }

    /// <summary>
    /// Pushes a node's children, the last first. By index: AngleSharp finds a node's sibling by
    /// scanning its parent's children, so walking by siblings is quadratic in a wide element.
    /// </summary>
    private static void PushChildren(Stack<(INode Node, bool Leaving)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    private static void TrimEndSpaces(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = TextNormalizer.Finish(current);
        current.Clear();
        if (text.Length == 0)
        {
            return;
        }

        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            // One line, already trimmed: the common case needs no splitting.
            paragraphs.Add(text);
            return;
        }

        // Lines inside a paragraph (from <br> or <pre>) are trimmed; runs of blank lines become one break.
        var lines = text.Split('\n');
        var builder = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Trim().Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(trimmed);
        }

        if (builder.Length > 0)
        {
            paragraphs.Add(builder.ToString());
        }
    }
}
