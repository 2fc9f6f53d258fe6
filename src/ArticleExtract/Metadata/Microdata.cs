using AngleSharp.Dom;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The schema.org microdata of the page (itemprop attributes: headline, author, datePublished,
/// dateModified) and &lt;time&gt; elements: the first value of each property, in page order.
/// </summary>
internal sealed class Microdata
{
    public string? Headline { get; private set; }

    public string? Author { get; private set; }

    public string? DatePublished { get; private set; }

    public string? DateModified { get; private set; }

    /// <summary>The datetime of the first &lt;time pubdate&gt;, or of the first &lt;time datetime&gt; inside an article.</summary>
    public string? TimeElement { get; private set; }

    /// <summary>Reads the microdata properties and time elements of the document.</summary>
    public static Microdata Read(PageScan scan)
    {
        var result = new Microdata();
        foreach (var element in scan.ItemPropElements)
        {
            foreach (var property in (element.GetAttribute("itemprop") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                switch (property)
                {
                    case "headline":
                        result.Headline ??= Text(element);
                        break;
                    case "author":
                    case "creator":
                        result.Author ??= AuthorName(element);
                        break;
                    case "datePublished":
                        result.DatePublished ??= Value(element);
                        break;
                    case "dateModified":
                        result.DateModified ??= Value(element);
                        break;
                }
            }
        }

        foreach (var (time, inArticle) in scan.Times)
        {
            var datetime = time.GetAttribute("datetime");
            if (!string.IsNullOrWhiteSpace(datetime) && IsPublicationTime(time, inArticle))
            {
                result.TimeElement = datetime.Trim();
                break;
            }
        }

        return result;
    }

    /// <summary>A &lt;time&gt; marked as the publication (pubdate) or inside the article element.</summary>
    private static bool IsPublicationTime(IElement time, bool inArticle) =>
        time.HasAttribute("pubdate") || inArticle;

    /// <summary>The machine value of a property: content or datetime attribute, else the text.</summary>
    private static string? Value(IElement element) =>
        NonEmpty(element.GetAttribute("content")) ?? NonEmpty(element.GetAttribute("datetime")) ?? Text(element);

    private static string? AuthorName(IElement element)
    {
        if (NonEmpty(element.GetAttribute("content")) is { } content)
        {
            return content;
        }

        foreach (var descendant in element.QuerySelectorAll("[itemprop~=name]"))
        {
            return NonEmpty(descendant.GetAttribute("content")) ?? Text(descendant);
        }

        return Text(element);
    }

    private static string? Text(IElement element) => NonEmpty(TextNormalizer.CollapseWhitespace(element.TextContent));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
