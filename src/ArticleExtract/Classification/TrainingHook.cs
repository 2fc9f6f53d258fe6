using ArticleExtract.Input;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Classification;

/// <summary>
/// What the training project (<c>tools/ArticleExtract.Training</c>, which sees the library's
/// internals) calls to get a page's features: the same parse, scan and metadata as an
/// extraction, so the rows it trains on are the vectors <see cref="PageTypeClassifier"/> sees.
/// </summary>
internal static class TrainingHook
{
    /// <summary>The feature vector of an HTML page given as bytes (decoded as extraction decodes them).</summary>
    public static float[] FeaturesOf(byte[] html, Uri? baseUrl = null)
    {
        var options = ExtractionOptions.Default;
        var document = DocumentLoader.ParseHtml(PageInput.FromBytes(html, null), options.MaxElementCount, CancellationToken.None);
        var context = new ExtractionContext(options, baseUrl, CancellationToken.None);
        var (scan, metadata, _) = HtmlPipeline.ReadPage(document, context);
        return scan.Elements is { } elements
            ? PageFeatures.Of(elements, scan, metadata, HtmlPipeline.AddressOf(metadata, context))
            : new float[PageFeatures.Names.Count];
    }
}
