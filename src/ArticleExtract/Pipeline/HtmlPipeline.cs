using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Html;
using ArticleExtract.Metadata;

namespace ArticleExtract.Pipeline;

/// <summary>The HTML extraction, as a numbered story of stages (one stage per file under <c>Html/</c>).</summary>
internal static class HtmlPipeline
{
    public static Article Run(IHtmlDocument document, ExtractionContext context)
    {
        // 1. Parse: done by the caller (Input/DocumentLoader), so the document is ours alone.
        // 2. Metadata, from the untouched document, whose elements one walk lists for every reader (and for stage 3).
        var scan = PageScan.Of(document);

        // 2a. A page served inside a <noscript> (the crawlers' version of a script-built page) is read from it.
        if (NoscriptContent.UnwrapPage(document, scan.Elements))
        {
            scan = PageScan.Of(document);
        }

        var metadata = HtmlMetadataExtractor.Extract(document, scan, context);

        // 3. Prepare: the body (the document is this call's own) without scripts, embeds, controls and hidden elements; its elements come back in document order.
        context.ThrowIfCancellationRequested();
        var prepared = Preparation.PrepareInPlace(document, scan.Elements);

        // 4-8. Extract (stages below), strict first, then relaxed on copies of the prepared body when too little is found.
        var content = prepared is null
            ? null
            : CandidateComparison.Best(prepared, context, (body, flags) => Attempt(body, flags, metadata, context));

        // 9. Build the article.
        return ArticleBuilder.Build(metadata, content, InputKind.Html, context);
    }

    private static IElement? Attempt(TreeOrder tree, AttemptFlags flags, ArticleMetadata metadata, ExtractionContext context)
    {
        // 4. Remove boilerplate containers (navigation, share, related, ads, comments...); the text measures of what is left come back.
        var body = tree.Root;
        var stats = BoilerplateRemoval.Run(tree, context, flags.StripBoilerplateTokens);

        // 5. Score the candidates (Readability: paragraph points to ancestors, class weights, link density).
        context.ThrowIfCancellationRequested();
        var scores = Scoring.Run(body, stats, flags.WeighClasses);

        // 6. Select the best candidate with the siblings that belong to it.
        var exp = Environment.GetEnvironmentVariable("AE_REGION");
        var content = exp is not null ? Profiles.RegionSelection.Run(body, stats, double.Parse(exp, System.Globalization.CultureInfo.InvariantCulture)) : Selection.Run(body, stats, scores, context.Undo);
        if (content is null)
        {
            return null;
        }

        // 7. Clean: drop link blocks, galleries and debris inside the content.
        context.ThrowIfCancellationRequested();
        Cleaning.Run(content, context, flags.CleanConditionally && Environment.GetEnvironmentVariable("AE_NOCLEAN") is null);

        // 8. Post-process: headline, bylines, datelines, labels, phrases, repeated paragraphs.
        context.ThrowIfCancellationRequested();
        PostProcessing.Run(content, metadata, context);
        return content;
    }
}
