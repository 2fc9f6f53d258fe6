using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Tests.Output;

/// <summary>
/// Compares HTML structurally: both sides parsed with AngleSharp, element trees compared node by
/// node (names, attributes, text with whitespace collapsed; whitespace-only text ignored). A
/// difference is reported with the path of the first differing node.
/// </summary>
internal static partial class HtmlTrees
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The body of an HTML fragment, parsed.</summary>
    public static IElement Parse(string html) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;

    /// <summary>Null when the two fragments have the same tree, else a description of the first difference.</summary>
    public static string? FirstDifference(string expectedHtml, string actualHtml)
    {
        var stack = new Stack<(INode? Expected, INode? Actual, string Path)>();
        stack.Push((Parse(expectedHtml), Parse(actualHtml), "body"));
        while (stack.Count > 0)
        {
            var (expected, actual, path) = stack.Pop();
            if (expected is null || actual is null)
            {
                return $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
            }

            if (Describe(expected) != Describe(actual))
            {
                return $"{path}: expected {Describe(expected)}, got {Describe(actual)}";
            }

            var expectedChildren = Significant(expected);
            var actualChildren = Significant(actual);
            var count = Math.Max(expectedChildren.Count, actualChildren.Count);
            for (var i = count - 1; i >= 0; i--)
            {
                var e = i < expectedChildren.Count ? expectedChildren[i] : null;
                var a = i < actualChildren.Count ? actualChildren[i] : null;
                var name = (e ?? a) is IElement element ? element.LocalName : "#text";
                stack.Push((e, a, $"{path}/{name}[{i}]"));
            }
        }

        return null;
    }

    private static List<INode> Significant(INode node)
    {
        var children = new List<INode>();
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement || (child is IText text && !string.IsNullOrWhiteSpace(text.Data)))
            {
                children.Add(child);
            }
        }

        return children;
    }

    private static string Describe(INode? node)
    {
        switch (node)
        {
            case null:
                return "nothing";
            case IText text:
                return "text \"" + Spaces().Replace(text.Data, " ").Trim() + "\"";
            case IElement element:
                var builder = new StringBuilder("<").Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                }

                return builder.Append('>').ToString();
            default:
                return node.NodeName;
        }
    }

    /// <summary>The words (runs of letters and digits) of a text, in order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match match in Word().Matches(text))
        {
            words.Add(match.Value);
        }

        return words;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
