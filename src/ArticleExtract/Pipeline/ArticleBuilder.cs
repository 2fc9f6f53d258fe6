using AngleSharp.Dom;
using ArticleExtract.Metadata;
using ArticleExtract.Output;

namespace ArticleExtract.Pipeline;

/// <summary>The last stage of both pipelines: builds the body tree and the <see cref="Article"/> with its text, and its HTML, Markdown and blocks to be written from the same tree on first read.</summary>
internal static class ArticleBuilder
{
    /// <summary>Builds the article from an HTML content element (or none).</summary>
    public static Article Build(ArticleMetadata metadata, IElement? content, InputKind kind, ExtractionContext context)
    {
        context.ThrowIfCancellationRequested();
        // Built now: the tree is read from the page's document, which the article must not keep alive.
        var body = content is null
            ? BodyNode.Root()
            : BodyTreeBuilder.Build(content, SafeUrl.BaseOf(context.BaseUrl, content.Owner, metadata.CanonicalUrl));
        return Create(metadata, BodyTextWriter.Paragraphs(body), new Lazy<BodyNode>(body), kind, context);
    }

    /// <summary>Builds the article from paragraphs of text.</summary>
    public static Article Build(ArticleMetadata metadata, IReadOnlyList<string> paragraphs, InputKind kind, ExtractionContext context)
    {
        context.ThrowIfCancellationRequested();
        var normalized = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var text = TextNormalizer.CollapseWhitespace(paragraph);
            if (text.Length > 0)
            {
                normalized.Add(text);
            }
        }

        // The tree is made of these very paragraphs, and its text is them (BodyTextWriter gives them
        // back unchanged): built when an output first needs it, as many callers read only the text.
        return Create(metadata, normalized, new Lazy<BodyNode>(() => BodyTreeBuilder.FromParagraphs(normalized)), kind, context);
    }

    /// <summary>
    /// The article of a body tree and its text (the tree's paragraphs): the text, HTML, Markdown
    /// and blocks all say what the one tree says, so that they never disagree about what the body is.
    /// </summary>
    private static Article Create(ArticleMetadata metadata, IReadOnlyList<string> paragraphs, Lazy<BodyNode> body, InputKind kind, ExtractionContext context)
    {
        context.ThrowIfCancellationRequested();
        var text = string.Join("\n\n", paragraphs);
        return new Article
        {
            Title = metadata.Title,
            Byline = metadata.Byline,
            Authors = metadata.Authors.ToArray(),
            Published = metadata.Published,
            PublishedPrecision = metadata.Published is null ? DatePrecision.None : metadata.PublishedPrecision,
            Modified = metadata.Modified,
            ModifiedPrecision = metadata.Modified is null ? DatePrecision.None : metadata.ModifiedPrecision,
            Publisher = metadata.Publisher,
            PageType = metadata.PageType,
            PageTypeConfidence = metadata.PageTypeConfidence,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
            Excerpt = metadata.Excerpt ?? (paragraphs.Count > 0 ? paragraphs[0] : null),
            LeadImage = metadata.LeadImage,
            CanonicalUrl = metadata.CanonicalUrl,
            Tags = metadata.Tags.ToArray(),
            Text = text,
            // The HTML, Markdown and blocks are written when first asked for: many callers read only the text.
            HtmlText = new Lazy<string>(() => SafeHtmlWriter.Write(body.Value)),
            Markdown = new Lazy<string>(() => MarkdownWriter.Write(body.Value)),
            BlockList = new Lazy<IReadOnlyList<ArticleBlock>>(() => BlockWriter.Write(body.Value)),
            WordCount = TextNormalizer.CountWords(text),
            InputKind = kind,
            Boilerplate = context.Boilerplate.ToArray(),
        };
    }
}
