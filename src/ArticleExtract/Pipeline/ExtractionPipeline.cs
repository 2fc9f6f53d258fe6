using ArticleExtract.Input;

namespace ArticleExtract.Pipeline;

/// <summary>
/// The immutable, thread-safe heart of an <see cref="ArticleExtractor"/>: checks the limits,
/// decides the input kind and hands the page to the HTML or the text pipeline.
/// </summary>
internal sealed class ExtractionPipeline
{
    private readonly ExtractionOptions _options;

    public ExtractionPipeline(ExtractionOptions options) => _options = options;

    public Article Run(PageInput input, Uri? baseUrl, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (input.Length > _options.MaxInputLength)
        {
            throw Limits.InputTooLarge(_options.MaxInputLength);
        }

        var context = new ExtractionContext(_options, baseUrl, cancellationToken);
        return InputSniffer.KindOf(input, _options.InputKind) == InputKind.Text
            ? TextPipeline.Run(DocumentLoader.DecodeText(input), context)
            : HtmlPipeline.Run(DocumentLoader.ParseHtml(input, _options.MaxElementCount, cancellationToken), context);
    }
}
