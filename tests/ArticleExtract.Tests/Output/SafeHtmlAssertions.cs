using AngleSharp.Dom;

namespace ArticleExtract.Tests.Output;

/// <summary>What every body HTML must satisfy, checked on the parsed output: only allowlisted elements and attributes, only http(s) URLs.</summary>
internal static class SafeHtmlAssertions
{
    public static readonly HashSet<string> AllowedElements =
    [
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "table", "thead", "tbody",
        "tr", "th", "td", "figure", "figcaption", "img", "a", "em", "strong", "b", "i", "br", "sup", "sub",
    ];

    public static readonly HashSet<string> AllowedAttributes = ["href", "src", "alt", "title", "colspan", "rowspan"];

    /// <summary>Every problem found in the HTML (empty when it is safe).</summary>
    public static List<string> Problems(string html)
    {
        var problems = new List<string>();
        var body = HtmlTrees.Parse(html);
        var stack = new Stack<IElement>();
        foreach (var child in body.Children)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (!AllowedElements.Contains(element.LocalName))
            {
                problems.Add($"element <{element.LocalName}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (!AllowedAttributes.Contains(attribute.Name))
                {
                    problems.Add($"attribute {attribute.Name} on <{element.LocalName}>");
                }
                else if (attribute.Name is "href" or "src" && !(attribute.Value.StartsWith("http://", StringComparison.Ordinal) || attribute.Value.StartsWith("https://", StringComparison.Ordinal)))
                {
                    problems.Add($"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
                else if (attribute.Name is "colspan" or "rowspan" && !(int.TryParse(attribute.Value, out var span) && span is > 1 and <= 100))
                {
                    problems.Add($"{attribute.Name}=\"{attribute.Value}\"");
                }
            }

            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }

        return problems;
    }
}
