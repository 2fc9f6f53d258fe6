using System.Buffers;
using System.Globalization;
using System.Text;

namespace ArticleExtract.Output;

/// <summary>
/// Writes the Markdown of phrasing content: escaped text, emphasis, links, images, code spans and
/// hard line breaks, so that it reads back as the same text.
/// </summary>
internal static class MarkdownInline
{
    /// <summary>Characters escaped with a backslash wherever they stand in text.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|~&");

    /// <summary>Characters percent-encoded in link and image destinations (they would end the destination or a table cell).</summary>
    private static readonly SearchValues<char> UrlSpecial = SearchValues.Create("()<> |\\");

    /// <summary>
    /// The Markdown of a phrasing node's content: escaped text, emphasis, links, images, code spans
    /// and hard line breaks (spaces in one-line contexts: headings and table cells).
    /// </summary>
    public static string Inline(BodyNode node, bool singleLine)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(BodyNode? Node, string? Closing)>();
        if (node.Name == "img")
        {
            stack.Push((node, null));
        }
        else
        {
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((node.Children[i], null));
            }
        }

        var emphasis = 0;
        var strong = 0;
        while (stack.Count > 0)
        {
            var (current, closing) = stack.Pop();
            if (current is null)
            {
                builder.Append(closing);
                emphasis -= closing == "*" ? 1 : 0;
                strong -= closing == "**" ? 1 : 0;
                continue;
            }

            if (current.IsText)
            {
                AppendEscaped(builder, current.Text);
                continue;
            }

            switch (current.Name)
            {
                case "br":
                    builder.Append(singleLine ? " " : "\\\n");
                    break;
                case "img":
                    builder.Append("![");
                    AppendEscaped(builder, current.Alt ?? "");
                    builder.Append("](");
                    AppendUrl(builder, current.Src!);
                    builder.Append(')');
                    break;
                case "code":
                    AppendCodeSpan(builder, InlineText.Of(current, singleLine: true));
                    break;
                case "a":
                    builder.Append('[');
                    var destination = new StringBuilder("](");
                    AppendUrl(destination, current.Href!);
                    destination.Append(')');
                    Open(stack, current, destination.ToString());
                    break;
                case "em" or "i" when emphasis == 0 && HasText(current):
                    OpenDelimiter(builder, "*");
                    emphasis++;
                    Open(stack, current, "*");
                    break;
                case "strong" or "b" when strong == 0 && HasText(current):
                    OpenDelimiter(builder, "**");
                    strong++;
                    Open(stack, current, "**");
                    break;
                default:
                    Open(stack, current, "");
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Opens emphasis; right after the same emphasis closed ("*a**b*"), the two runs are joined
    /// instead, since Markdown cannot put two emphasis runs side by side.
    /// </summary>
    private static void OpenDelimiter(StringBuilder builder, string delimiter)
    {
        var length = builder.Length;
        var follows = length >= delimiter.Length
            && builder.ToString(length - delimiter.Length, delimiter.Length) == delimiter
            && (length == delimiter.Length || builder[length - delimiter.Length - 1] is not ('*' or '\\'));
        if (follows)
        {
            builder.Length -= delimiter.Length;
        }
        else
        {
            builder.Append(delimiter);
        }
    }

    private static void Open(Stack<(BodyNode?, string?)> stack, BodyNode node, string closing)
    {
        stack.Push((null, closing));
        for (var i = node.Children.Count - 1; i >= 0; i--)
        {
            stack.Push((node.Children[i], null));
        }
    }

    /// <summary>Whether emphasis around the node would hold text that starts and ends with a visible character (else it is not emphasis in Markdown).</summary>
    private static bool HasText(BodyNode node)
    {
        var text = InlineText.Raw(node);
        return text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && !HasImage(node);
    }

    private static bool HasImage(BodyNode node)
    {
        var stack = new Stack<BodyNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.Name is "img" or "br")
            {
                return true;
            }

            foreach (var child in current.Children)
            {
                stack.Push(child);
            }
        }

        return false;
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(Special);
            if (next < 0)
            {
                builder.Append(text);
                return;
            }

            builder.Append(text[..next]).Append('\\').Append(text[next]);
            text = text[(next + 1)..];
        }
    }

    private static void AppendUrl(StringBuilder builder, ReadOnlySpan<char> url)
    {
        foreach (var c in url)
        {
            if (UrlSpecial.Contains(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>A code span: fenced by more backticks than the longest run inside, padded when the code starts or ends with one.</summary>
    private static void AppendCodeSpan(StringBuilder builder, string code)
    {
        if (code.Length == 0)
        {
            return;
        }

        var fence = new string('`', LongestRun(code, '`') + 1);
        var pad = code[0] == '`' || code[^1] == '`' || (code[0] == ' ' && code[^1] == ' ') ? " " : "";
        builder.Append(fence).Append(pad).Append(code).Append(pad).Append(fence);
    }

    public static int LongestRun(string text, char c)
    {
        var longest = 0;
        var run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
