using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Metadata;

namespace ArticleExtract.Pipeline;

/// <summary>The HTML extraction, as a numbered story of stages (one stage per file under <c>Html/</c>).</summary>
internal static class HtmlPipeline
{
    public static Article Run(IHtmlDocument document, ExtractionContext context)
    {
        // 1. Parse: done by the caller (Input/DocumentLoader), so the document is ours alone.
        // 2. Metadata, from the untouched document.
        var metadata = HtmlMetadataExtractor.Extract(document, context);

        // 3-8. Prepare, remove boilerplate, score, select, clean, post-process (first version: the body).
        context.ThrowIfCancellationRequested();
        IElement? content = document.Body;

        // 9. Build the article.
        return ArticleBuilder.Build(metadata, content, InputKind.Html, context);
    }
}
