using ArticleExtract.Input;
using ArticleExtract.Metadata;
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
        var (scan, metadata, _, _) = HtmlPipeline.ReadPage(document, context);
        return scan.Elements is { } elements
            ? PageFeatures.Of(elements, scan, metadata, HtmlPipeline.AddressOf(metadata, context))
            : new float[PageFeatures.Names.Count];
    }

    /// <summary>Milliseconds to parse a page, to classify it (features and trees, on the parsed page), and to extract it whole.</summary>
    public static (double Parse, double Classify, double Extract) Time(byte[] html)
    {
        var options = ExtractionOptions.Default;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var document = DocumentLoader.ParseHtml(PageInput.FromBytes(html, null), options.MaxElementCount, CancellationToken.None);
        var parse = clock.Elapsed.TotalMilliseconds;
        var context = new ExtractionContext(options, null, CancellationToken.None);
        var scan = PageScan.Of(document);
        var metadata = HtmlMetadataExtractor.Extract(document, scan, context);
        clock.Restart();
        if (scan.Elements is { } elements)
        {
            PageTypeClassifier.Default.Classify(elements, scan, metadata, HtmlPipeline.AddressOf(metadata, context));
        }

        var classify = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        ArticleExtractor.Parse(html);
        return (parse, classify, clock.Elapsed.TotalMilliseconds);
    }
}
