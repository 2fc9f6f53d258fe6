using ArticleExtract.Metadata;

namespace ArticleExtract.Pipeline;

/// <summary>The extraction of already-scraped plain text, as a numbered story of stages (under <c>Text/</c>).</summary>
internal static class TextPipeline
{
    public static Article Run(string text, ExtractionContext context)
    {
        context.ThrowIfCancellationRequested();
        var metadata = new ArticleMetadata();
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ArticleBuilder.Build(metadata, paragraphs, InputKind.Text, context);
    }
}
