using Markdig;
using AngleSharp.Html.Parser;
using ArticleExtract.Metadata;
using ArticleExtract.Pipeline;

namespace ArticleExtract.Tests.Output;

/// <summary>Runs the output stage (ArticleBuilder) on a page's body directly, whatever the body selection does.</summary>
internal static class OutputFixture
{
    /// <summary>The article built from the page's &lt;body&gt; (or the element the selector names).</summary>
    public static Article Build(string html, Uri? baseUrl = null, string? canonicalUrl = null, string? selector = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var content = selector is null ? document.Body : document.QuerySelector(selector);
        var metadata = new ArticleMetadata { CanonicalUrl = canonicalUrl };
        var context = new ExtractionContext(ExtractionOptions.Default, baseUrl, CancellationToken.None);
        return ArticleBuilder.Build(metadata, content, InputKind.Html, context);
    }

    /// <summary>The article built from paragraphs of text (the text pipeline's output stage).</summary>
    public static Article BuildText(params string[] paragraphs)
    {
        var context = new ExtractionContext(ExtractionOptions.Default, null, CancellationToken.None);
        return ArticleBuilder.Build(new ArticleMetadata(), paragraphs, InputKind.Text, context);
    }

    /// <summary>Markdown rendered to HTML by Markdig (CommonMark with pipe tables), as a reader would see it.</summary>
    public static string RenderMarkdown(string markdown) =>
        Markdig.Markdown.ToHtml(markdown, new Markdig.MarkdownPipelineBuilder().UsePipeTables().Build());

    /// <summary>The words of the Markdown as Markdig renders it.</summary>
    public static List<string> MarkdownWords(string markdown) => HtmlWords(RenderMarkdown(markdown));

    /// <summary>The text of Markdown as Markdig renders it, read by the plain-text writer.</summary>
    public static string RenderMarkdownText(string markdown) => HtmlText(RenderMarkdown(markdown));

    /// <summary>The text of HTML as read by the plain-text writer (block boundaries and line breaks separate words).</summary>
    public static string HtmlText(string html) => ArticleExtract.Output.PlainTextWriter.Write(HtmlTrees.Parse(html));

    /// <summary>The words of HTML as read by the plain-text writer (block boundaries and line breaks separate words).</summary>
    public static List<string> HtmlWords(string html) =>
        HtmlTrees.Words(ArticleExtract.Output.PlainTextWriter.Write(HtmlTrees.Parse(html)));
}
