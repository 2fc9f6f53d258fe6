using System.Text;
using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>
/// Renders an element's content as paragraphs of plain text by the rules of
/// <see cref="ParagraphText"/>, ruby annotations and non-text elements left out.
/// Walks the tree with an explicit stack: no recursion, whatever the depth.
/// </summary>
internal static class PlainTextWriter
{
    /// <summary>The stack's first capacity: deep enough for most content without growing.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>The paragraphs of the element's text, each normalised (see <see cref="TextNormalizer"/>).</summary>
    public static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        Walk(root, ParagraphText.ToParagraphs(paragraphs));
        return paragraphs;
    }

    /// <summary>Walks the content, telling <paramref name="text"/> each element it enters and leaves and each text it meets.</summary>
    private static void Walk(INode root, ParagraphText text)
    {
        var stack = new Stack<Frame>(InitialStackCapacity);
        stack.Push(new Frame(root, TextRole.None, Leaving: false));
        while (stack.Count > 0)
        {
            var (node, leavingRole, leaving) = stack.Pop();
            if (leaving)
            {
                text.Leave(leavingRole);
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

                if (text.Enter(role))
                {
                    stack.Push(new Frame(node, role, Leaving: true));
                    PushChildren(stack, element);
                }
            }
            else if (node is IText textNode)
            {
                if (text.InPreformatted)
                {
                    text.AppendPreformatted(textNode.Data.Replace("\u00A0", " ", StringComparison.Ordinal));
                }
                else
                {
                    text.AppendCollapsed(textNode.Data);
                }
            }
            else if (node is IDocument or IDocumentFragment)
            {
                PushChildren(stack, node);
            }
        }

        text.EndParagraph();
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
        Walk(root, ParagraphText.ToLine(line));
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

    /// <summary>A step of the walk: entering a node, or leaving an element with the role it was entered with.</summary>
    private readonly record struct Frame(INode Node, TextRole Role, bool Leaving);
}
