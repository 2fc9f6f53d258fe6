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

    /// <summary>The stack's first capacity: deep enough for most content without growing.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>The paragraphs of the element's text, each normalised (see <see cref="TextNormalizer"/>).</summary>
    public static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        Walk(root, new Sink(paragraphs, null));
        return paragraphs;
    }

    /// <summary>
    /// Walks the content, writing each paragraph to the sink as it ends. The paragraph being
    /// written is built in one builder, reused from paragraph to paragraph.
    /// </summary>
    private static void Walk(INode root, Sink sink)
    {
        var current = new StringBuilder();
        var pendingSpace = false;
        var preDepth = 0;
        var stack = new Stack<(INode Node, bool Leaving)>(InitialStackCapacity);
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
                        sink.Flush(current);
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
                    sink.Flush(current);
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

        sink.Flush(current);
    }

    /// <summary>The element's text as paragraphs separated by one blank line.</summary>
    public static string Write(INode root) => string.Join("\n\n", Paragraphs(root));

    /// <summary>
    /// The element's text on one line, every run of whitespace (paragraph breaks included) one
    /// space: what <see cref="TextNormalizer.CollapseWhitespace(ReadOnlySpan{char})"/> makes of
    /// <see cref="Write"/>, written once instead of joined and collapsed again.
    /// </summary>
    /// <remarks>
    /// Each paragraph is collapsed straight from the walk's builder into the line, without a
    /// string of its own: what the paragraph's own trimming, line splitting and NFC would remove
    /// or change is whitespace, which collapsing turns into one space anyway, or is undone by the
    /// NFC of the whole line (NFC of canonically equivalent text is the same text).
    /// </remarks>
    public static string WriteCollapsed(INode root)
    {
        var line = new StringBuilder();
        Walk(root, new Sink(null, line));
        return line.Length == 0 ? "" : TextNormalizer.Finish(line);
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

    /// <summary>Where the walk's paragraphs go: a list of paragraphs, or one collapsed line.</summary>
    private readonly record struct Sink(List<string>? Paragraphs, StringBuilder? Line)
    {
        /// <summary>Writes the paragraph built so far and clears the builder for the next one.</summary>
        public void Flush(StringBuilder current)
        {
            if (current.Length == 0)
            {
                return;
            }

            if (Line is not null)
            {
                var pendingSpace = Line.Length > 0;
                foreach (var chunk in current.GetChunks())
                {
                    TextNormalizer.AppendCollapsed(Line, chunk.Span, pendingSpace);
                    pendingSpace = false;
                }

                current.Clear();
                return;
            }

            AddParagraph(Paragraphs!, current);
        }
    }

    /// <summary>Adds the paragraph built so far (normalised, its lines trimmed) unless it is empty, and clears the builder.</summary>
    private static void AddParagraph(List<string> paragraphs, StringBuilder current)
    {
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
