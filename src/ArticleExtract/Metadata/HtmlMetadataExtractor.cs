using AngleSharp.Html.Dom;
using ArticleExtract.Output;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Metadata;

/// <summary>Reads the metadata of an HTML page: title, site name, language, description.</summary>
internal static class HtmlMetadataExtractor
{
    public static ArticleMetadata Extract(IHtmlDocument document, ExtractionContext context)
    {
        context.ThrowIfCancellationRequested();
        var metadata = new ArticleMetadata
        {
            Title = Meta(document, "og:title") ?? Clean(document.Title),
            SiteName = Meta(document, "og:site_name"),
            Language = Clean(document.DocumentElement?.GetAttribute("lang")),
            Excerpt = Meta(document, "og:description") ?? Meta(document, "description"),
            LeadImage = Meta(document, "og:image"),
        };
        return metadata;
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return Clean(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = TextNormalizer.CollapseWhitespace(value);
        return text.Length == 0 ? null : text;
    }
}
