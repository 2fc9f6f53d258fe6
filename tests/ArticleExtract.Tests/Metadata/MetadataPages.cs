using AngleSharp.Html.Parser;
using ArticleExtract.Metadata;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Small pages of our own making for the metadata tests, and the metadata stage run on them.</summary>
internal static class MetadataPages
{
    /// <summary>Two paragraphs of a story, enough body for a page to read as an article.</summary>
    public const string Story =
        "<p>The first paragraph of the story tells what happened and why it matters to the readers of this page.</p>" +
        "<p>The second paragraph goes on with the story and adds more of the detail that was found.</p>";

    /// <summary>The metadata of a page with this head and body.</summary>
    public static ArticleMetadata Extract(string head, string body)
    {
        var document = new HtmlParser().ParseDocument("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return HtmlMetadataExtractor.Extract(document, new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None));
    }
}
