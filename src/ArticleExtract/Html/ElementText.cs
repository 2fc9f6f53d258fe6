using System.Buffers;
using AngleSharp.Dom;

namespace ArticleExtract.Html;

/// <summary>
/// A node's <c>TextContent</c> (the data of its text descendants, in document order) without
/// AngleSharp's shared string-builder pool, which takes a lock on every call: the page features
/// and post-processing read the text of hundreds of small elements per page. The reference is
/// <see cref="INode.TextContent"/> itself; a test holds the two equal on every element of the corpus.
/// </summary>
internal static class ElementText
{
    /// <summary>Deeper trees than this are read by <see cref="INode.TextContent"/> (the parser builds none).</summary>
    private const int MaxDepth = 1024;

    /// <summary>The text of the node's text descendants, in document order, as <see cref="INode.TextContent"/> gives it.</summary>
    public static string Of(IElement element)
    {
        var children = element.ChildNodes;
        if (element is AngleSharp.Html.Dom.IHtmlOutputElement or AngleSharp.Html.Dom.IHtmlTextAreaElement)
        {
            // Form outputs may hold a value of their own: AngleSharp's property says what their text is.
            return element.TextContent;
        }

        if (children.Length == 0)
        {
            return string.Empty;
        }

        if (children.Length == 1 && children[0] is IText only)
        {
            return only.Data;
        }

        return Gather(element) ?? element.TextContent;
    }

    /// <summary>One iterative walk that appends every text node's data; null when the tree is deeper than <see cref="MaxDepth"/>.</summary>
    private static string? Gather(INode root)
    {
        Span<int> next = stackalloc int[MaxDepth];
        string? first = null;
        char[]? buffer = null;
        var length = 0;
        var parent = root;
        var depth = 0;
        next[0] = 0;
        try
        {
            while (true)
            {
                var nodes = parent.ChildNodes;
                var index = next[depth];
                if (index >= nodes.Length)
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    parent = parent.Parent!;
                    depth--;
                    continue;
                }

                next[depth] = index + 1;
                var node = nodes[index];
                if (node is IText text)
                {
                    Append(text.Data, ref first, ref buffer, ref length);
                }
                else if (node.HasChildNodes)
                {
                    if (++depth == MaxDepth)
                    {
                        return null;
                    }

                    next[depth] = 0;
                    parent = node;
                }
            }

            return buffer is null ? first ?? string.Empty : new string(buffer, 0, length);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Keeps the first piece as it is (a lone piece needs no copy); from the second on, copies into a pooled buffer.</summary>
    private static void Append(string data, ref string? first, ref char[]? buffer, ref int length)
    {
        if (data.Length == 0)
        {
            return;
        }

        if (first is null && buffer is null)
        {
            first = data;
            return;
        }

        if (buffer is null)
        {
            buffer = ArrayPool<char>.Shared.Rent(Math.Max(256, first!.Length + data.Length));
            first.CopyTo(buffer);
            length = first.Length;
        }
        else if (length + data.Length > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + data.Length));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }

        data.CopyTo(buffer.AsSpan(length));
        length += data.Length;
    }
}
