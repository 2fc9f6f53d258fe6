using ArticleExtract.Metadata;
using ArticleExtract.Text;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Pipeline;

/// <summary>The extraction of already-scraped plain text, as a numbered story of stages (under <c>Text/</c>).</summary>
internal static class TextPipeline
{
    public static Article Run(string text, ExtractionContext context)
    {
        context.ThrowIfCancellationRequested();
        var vocabulary = BoilerplateVocabulary.Shared;
        var metadata = new ArticleMetadata();

        // 1. Read Markdown's marks as what they show (a link as its text, an image as nothing), then
        //    split the text into blocks, one per line (hard-wrapped paragraphs joined again).
        var blocks = TextBlocks.Split(MarkdownSyntax.ToPlain(text, TextRules.Shared), context.CancellationToken);

        // 2. Read the words once (each with the languages whose stopword it is), and guess the page's language from them.
        var words = PageWords.Read(blocks, vocabulary, context.CancellationToken);
        metadata.Language = PageLanguage.Detect(words);

        // 3. Measure each block: length, words, stopword density, sentence ends, links, repetition.
        BlockFeatures.Measure(blocks, words, metadata.Language, context.CancellationToken);

        // 4. Recognise known boilerplate: vocabulary, counts, teasers, weather, copyright, breadcrumbs.
        KnownBoilerplate.Mark(blocks, words, vocabulary);

        // 5. Classify each block on its own (good, near-good, short, bad).
        BlockClassifier.Classify(blocks);

        // 6. Revise short and near-good blocks by their neighbours.
        ContextRevision.Revise(blocks);

        // 7. Recognise the page's type and choose the body by its profile: an article's densest run
        //    of prose, or (a thread, a listing, documentation ...) the whole page less its frame.
        var (bodyStart, pageType, pageTypeConfidence) = BodyChoice.Select(blocks, TextRules.Shared);
        metadata.PageType = pageType;
        metadata.PageTypeConfidence = pageTypeConfidence;
        context.ThrowIfCancellationRequested();

        // 8. The title is the heading-like line before the body, above its byline if it has one.
        var title = bodyStart < 0 ? -1 : TitleFinder.Find(blocks, words, bodyStart, TextRules.Shared);
        if (title >= 0)
        {
            metadata.Title = Output.TextNormalizer.CollapseWhitespace(blocks[title].Clean);
            blocks[title].MetadataKind = BoilerplateKind.Title;
        }

        // 9. Byline and dateline from the lines around the start of the body.
        HeaderMetadata.Read(blocks, bodyStart, metadata);

        // 10. Report every block left out, with its kind.
        BoilerplateReport.Record(blocks, bodyStart, context);

        // 11. Build the article from the body's paragraphs.
        return ArticleBuilder.Build(metadata, BodyParagraphs(blocks), InputKind.Text, context);
    }

    private static List<string> BodyParagraphs(List<TextBlock> blocks)
    {
        var paragraphs = new List<string>();
        foreach (var block in blocks)
        {
            if (block.InBody)
            {
                paragraphs.Add(block.Clean);
            }
        }

        return paragraphs;
    }
}
