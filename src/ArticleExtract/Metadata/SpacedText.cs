using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// An element's text as it is shown: a space where a block (a div, a heading, a list item) or a line
/// break opens or closes. TextContent glues the blocks' texts ("Article by" over "Jane Doe" reads
/// "Article byJane Doe"); a byline read from it loses the boundary between the label, the name and
/// what follows.
/// </summary>
internal static class SpacedText
{
    /// <summary>The element's text, blocks set apart by spaces, whitespace collapsed.</summary>
    public static string Of(IElement element)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((element, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data);
                continue;
            }

            if (node is not IElement child)
            {
                continue;
            }

            if (IsBreak(child))
            {
                builder.Append(' ');
            }

            if (closing)
            {
                continue;
            }

            stack.Push((child, true));
            var nodes = child.ChildNodes;
            for (var i = nodes.Length - 1; i >= 0; i--)
            {
                stack.Push((nodes[i], false));
            }
        }

        return TextNormalizer.CollapseWhitespace(builder.ToString());
    }

    /// <summary>A block or a line break: its text is a line of its own.</summary>
    private static bool IsBreak(IElement element) => element.LocalName == "br" || ElementRoles.BlockLike.Contains(element.LocalName);
}
