using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Html;
using ArticleExtract.Html.Candidates;
using ArticleExtract.Classification;
using ArticleExtract.Metadata;
using ArticleExtract.Profiles;

namespace ArticleExtract.Pipeline;

/// <summary>The HTML extraction, as a numbered story of stages (one stage per file under <c>Html/</c>).</summary>
internal static class HtmlPipeline
{
    public static Article Run(IHtmlDocument document, ExtractionContext context)
    {
        // 1. Parse: done by the caller (Input/DocumentLoader), so the document is ours alone.
        // 2. Metadata and page type, from the untouched document, whose elements one walk lists for every reader (and for stage 3).
        var (scan, metadata, page, publisherBody) = ReadPage(document, context);
        HtmlMetadataExtractor.Settle(metadata);
        var profile = ContentProfile.For(page.Type);

        // 3. Prepare: the body (the document is this call's own) without scripts, embeds, controls and hidden elements; its elements come back in document order.
        context.ThrowIfCancellationRequested();
        var prepared = Preparation.PrepareInPlace(document, scan.Elements, profile.HiddenRevealer, profile.Settings.KeepsToggles);

        // 4-8. Extract (stages below), strict first, then relaxed on copies of the prepared body when too little is found.
        var content = prepared is null
            ? null
            : CandidateComparison.Best(prepared, context, (body, flags) => Attempt(body, flags, profile, metadata, publisherBody, context));

        // 8a. Nothing found on the page: the body the publisher states in its JSON-LD, if any.
        if (publisherBody is not null && (content is null || NodeStats.Total(content).TextLength == 0))
        {
            content = publisherBody.AsContent(document);
        }

        // 8b. The profile's additions: a product's description from its structured data when the visible page lacks it.
        if (content is not null && page.ProductDescription is { } description && profile.Settings.AddsProductDescription)
        {
            ProductDescription.AddWhenMissing(content, description, profile.Settings);
        }

        // 9. Build the article.
        return ArticleBuilder.Build(metadata, content, InputKind.Html, context);
    }

    /// <summary>
    /// Stage 2, shared with the classifier's training (Classification/TrainingHook), so it trains
    /// on the features extraction computes: the page scan, the noscript page, the metadata,
    /// the page type, and the article body the publisher states in its JSON-LD (a body candidate).
    /// </summary>
    internal static (PageScan Scan, ArticleMetadata Metadata, PageClass Page, PublisherBody? PublisherBody) ReadPage(IHtmlDocument document, ExtractionContext context)
    {
        var scan = PageScan.Of(document);

        // 2a. A page served inside a <noscript> (the crawlers' version of a script-built page) is read from it.
        if (NoscriptContent.UnwrapPage(document, scan.Elements))
        {
            scan = PageScan.Of(document);
        }

        // 2a'. Streamed segments (React's hidden <div id="S:n"> at the end of the body) move into their placeholders' places, as the page's script moves them.
        if (StreamedSegments.MoveIntoPlace(document, scan.Elements))
        {
            scan = PageScan.Of(document);
        }

        // The JSON-LD scripts are parsed once, on the first read, for the metadata, the classifier and the stated body, and given back after all three.
        try
        {
            var metadata = HtmlMetadataExtractor.Extract(document, scan, context);

            // 2b. Classify the page (article, forum, product...); its type decides the content profile.
            var page = scan.Elements is { } elements ? PageTypeClassifier.Default.Classify(elements, scan, metadata, AddressOf(metadata, context)) : PageClass.Article;
            (metadata.PageType, metadata.PageTypeConfidence) = (page.Type, page.Confidence);
            return (scan, metadata, page, PublisherBody.Of(scan.JsonLdDocuments));
        }
        finally
        {
            scan.ReleaseJsonLd();
        }
    }

    /// <summary>The address the classifier reads words from: the page's canonical address, else the caller's.</summary>
    internal static string? AddressOf(ArticleMetadata metadata, ExtractionContext context) =>
        metadata.CanonicalUrl ?? context.BaseUrl?.AbsoluteUri;

    private static IElement? Attempt(TreeOrder tree, AttemptFlags flags, ContentProfile profile, ArticleMetadata metadata, PublisherBody? publisherBody, ExtractionContext context)
    {
        // 4. Remove boilerplate containers (navigation, share, related, ads, comments...); the text measures of what is left come back.
        var body = tree.Root;
        var stats = BoilerplateRemoval.Run(tree, context, flags.StripBoilerplateTokens, profile.Keeps, profile.Spares);

        // 5. Score the candidates (Readability: paragraph points to ancestors, class weights, link density).
        context.ThrowIfCancellationRequested();
        var scores = Scoring.Run(body, stats, flags.WeighClasses);

        // 6. Select the best candidate with the siblings that belong to it; for a page of many like blocks (posts, cards, sections), the content region.
        var content = profile.Settings.SelectsRegion ? RegionSelection.Run(body, stats, profile.Settings) : Selection.Run(body, stats, scores, context.Undo, publisherBody);
        if (content is null)
        {
            return null;
        }

        // 7. Clean: drop link blocks, galleries and debris inside the content.
        context.ThrowIfCancellationRequested();
        Cleaning.Run(content, context, flags.CleanConditionally ? profile.Settings.CleanRules : CleanRules.None);

        // 7a. The profile's own trim: a listing's filters and pagination, a thread's votes and signatures...
        ProfileTrim.Run(content, profile, context);

        // 8. Post-process: headline, bylines, datelines, labels, phrases, repeated paragraphs.
        context.ThrowIfCancellationRequested();
        PostProcessing.Run(content, metadata, context, profile.Settings.KeepsCardLines, profile.Keeps(BoilerplateKind.Title), profile.Settings.DropsRepeats);
        return content;
    }
}
