using System.Buffers;
using System.Globalization;
using System.Text;

namespace ArticleExtract.Output;

/// <summary>
/// Writes the sanitised body tree as HTML. Safe by construction: the tree holds only allowlisted
/// elements and attributes (URLs already absolute http(s)), and this writer encodes every text
/// and attribute value, so nothing in the page can open a tag, an attribute or a script.
/// Preformatted text is written as <c>&lt;pre&gt;&lt;code&gt;</c>. Walks with an explicit stack.
/// </summary>
internal static class SafeHtmlWriter
{
    /// <summary>The stack's first capacity: deep enough for most bodies without growing.</summary>
    private const int InitialStackCapacity = 64;

    /// <summary>Characters that must be encoded in text.</summary>
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>");

    /// <summary>Characters that must be encoded in a quoted attribute value.</summary>
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&<>\"'");

    /// <summary>Elements written on a line of their own (a new line after them keeps the HTML readable).</summary>
    private static readonly HashSet<string> LineElements =
        ["p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "thead", "tbody", "tr", "figure", "figcaption"];

    /// <summary>Containers whose content starts on a new line.</summary>
    private static readonly HashSet<string> OpenOnOwnLine = ["ul", "ol", "blockquote", "table", "thead", "tbody", "tr", "figure"];

    public static string Write(BodyNode root)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(BodyNode Node, bool Leaving)>(InitialStackCapacity);
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node.IsText)
            {
                foreach (var chunk in node.TextBuilder.GetChunks())
                {
                    AppendEncoded(builder, chunk.Span, TextSpecial);
                }

                continue;
            }

            var isRoot = node.Name == BodyNode.RootName || IsLoneLooseParagraph(node);
            if (leaving)
            {
                if (!isRoot)
                {
                    if (node.Name == "pre")
                    {
                        builder.Append("</code></pre>");
                    }
                    else
                    {
                        builder.Append("</").Append(node.Name).Append('>');
                    }

                    if (LineElements.Contains(node.Name))
                    {
                        builder.Append('\n');
                    }
                }

                continue;
            }

            if (!isRoot)
            {
                AppendStartTag(builder, node);
                if (ElementRoles.VoidElements.Contains(node.Name))
                {
                    continue;
                }
            }

            stack.Push((node, true));
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((node.Children[i], false));
            }
        }

        return builder.ToString();
    }

    /// <summary>A list item or cell holding nothing but loose text keeps it directly ("&lt;li&gt;text&lt;/li&gt;"), not in a paragraph.</summary>
    private static bool IsLoneLooseParagraph(BodyNode node) =>
        node is { Implicit: true, Name: "p", Parent: { Name: "li" or "td" or "th", Children.Count: 1 } };

    private static void AppendStartTag(StringBuilder builder, BodyNode node)
    {
        builder.Append('<').Append(node.Name);
        AppendAttribute(builder, "href", node.Href);
        AppendAttribute(builder, "src", node.Src);
        AppendAttribute(builder, "alt", node.Name == "img" ? node.Alt ?? "" : null);
        AppendAttribute(builder, "title", node.Title);
        if (node.ColSpan > 1)
        {
            AppendAttribute(builder, "colspan", node.ColSpan.ToString(CultureInfo.InvariantCulture));
        }

        if (node.RowSpan > 1)
        {
            AppendAttribute(builder, "rowspan", node.RowSpan.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append('>');
        if (node.Name == "pre")
        {
            builder.Append("<code>");
        }
        else if (OpenOnOwnLine.Contains(node.Name))
        {
            builder.Append('\n');
        }
    }

    private static void AppendAttribute(StringBuilder builder, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        builder.Append(' ').Append(name).Append("=\"");
        AppendEncoded(builder, value, AttributeSpecial);
        builder.Append('"');
    }

    private static void AppendEncoded(StringBuilder builder, ReadOnlySpan<char> text, SearchValues<char> special)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(special);
            if (next < 0)
            {
                builder.Append(text);
                return;
            }

            builder.Append(text[..next]);
            builder.Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }
    }
}
