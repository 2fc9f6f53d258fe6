using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The first paragraph of the article, for the excerpt when the page gives no description: the
/// first visible &lt;p&gt; with text, outside page furniture, inside the article element when
/// the page marks one (&lt;article&gt;, itemprop=articleBody, role=main, &lt;main&gt;).
/// </summary>
internal static class LeadParagraph
{
    /// <summary>The lead paragraph's text, or null.</summary>
    public static string? Find(IHtmlDocument document, MetadataVocabulary vocabulary)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var scope = ArticleScope(document) ?? body;
        return FirstParagraph(scope, vocabulary) ?? (scope == body ? null : FirstParagraph(body, vocabulary));
    }

    /// <summary>The element the page marks as its article, when it marks exactly one.</summary>
    private static IElement? ArticleScope(IHtmlDocument document)
    {
        var marked = document.QuerySelectorAll("[itemprop~=articleBody]");
        if (marked.Length == 1)
        {
            return marked[0];
        }

        var articles = document.GetElementsByTagName("article");
        if (articles.Length == 1)
        {
            return articles[0];
        }

        var mains = document.QuerySelectorAll("main, [role=main]");
        return mains.Length == 1 ? mains[0] : null;
    }

    private static string? FirstParagraph(IElement scope, MetadataVocabulary vocabulary)
    {
        var stack = new Stack<IElement>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != scope && (BylineElement.IsSkipped(element) || IsFurniture(element, vocabulary)))
            {
                continue;
            }

            if (element.LocalName == "p")
            {
                var text = TextNormalizer.CollapseWhitespace(element.TextContent);
                if (text.Length > 0)
                {
                    return text;
                }

                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        return null;
    }

    /// <summary>Navigation, headers, footers, asides, forms, and elements classed as furniture.</summary>
    private static bool IsFurniture(IElement element, MetadataVocabulary vocabulary) =>
        element.LocalName is "nav" or "header" or "footer" or "aside" or "form" or "figure" or "figcaption" or "table"
        || BylineElement.IsUnlikelyCandidate(element, ((element.GetAttribute("class") ?? "") + " " + (element.GetAttribute("id") ?? "")).ToLowerInvariant(), vocabulary);
}
