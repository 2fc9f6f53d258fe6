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
        var stack = new Stack<Frame>(InitialStackCapacity);
        stack.Push(new Frame(root, TextRole.None, Leaving: false));
        while (stack.Count > 0)
        {
            var (node, leavingRole, leaving) = stack.Pop();
            if (leaving)
            {
                preDepth -= leavingRole.HasFlag(TextRole.Pre) ? 1 : 0;
                if (leavingRole.HasFlag(TextRole.Block))
                {
                    sink.Flush(current);
                    pendingSpace = false;
                }
                else
                {
                    pendingSpace |= leavingRole.HasFlag(TextRole.Cell);
                }

                continue;
            }

            // A class test before the interface tests: elements are most of the nodes, and testing for an interface costs more.
            if (node is Element element)
            {
                var role = RoleOf(element.LocalName);
                if (node != root && role.HasFlag(TextRole.Silent))
                {
                    continue;
                }

                if (role.HasFlag(TextRole.Break))
                {
                    TrimEndSpaces(current);
                    if (current.Length > 0)
                    {
                        current.Append('\n');
                    }

                    pendingSpace = false;
                    continue;
                }

                if (role.HasFlag(TextRole.Block))
                {
                    sink.Flush(current);
                    pendingSpace = false;
                }
                else if (role.HasFlag(TextRole.Cell) && current.Length > 0)
                {
                    TrimEndSpaces(current);
                    current.Append(CellSeparator);
                    pendingSpace = false;
                }

                preDepth += role.HasFlag(TextRole.Pre) ? 1 : 0;
                stack.Push(new Frame(node, role, Leaving: true));
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
    private static void PushChildren(Stack<Frame> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(new Frame(children[i], TextRole.None, Leaving: false));
        }
    }

    /// <summary>
    /// What an element does to the text, from one look-up of its name: block, cell or silent by
    /// <see cref="ElementRoles"/> (case-insensitive), line break and preformatted text by their
    /// exact lower-case names.
    /// </summary>
    private static TextRole RoleOf(string name)
    {
        var role = ElementRoles.TextRoles.GetValueOrDefault(name);
        if (name == "br")
        {
            role |= TextRole.Break;
        }
        else if (name == "pre")
        {
            role |= TextRole.Pre;
        }

        return role;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    private static void TrimEndSpaces(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    /// <summary>A step of the walk: entering a node, or leaving an element with the role it was entered with.</summary>
    private readonly record struct Frame(INode Node, TextRole Role, bool Leaving);

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
    public static void AddParagraph(List<string> paragraphs, StringBuilder current)
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
