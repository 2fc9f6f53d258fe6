using AngleSharp.Dom;

namespace ArticleExtract;

/// <summary>The static shortcuts: one call with <see cref="ArticleExtractor.Default"/>, or with a new extractor for the options given.</summary>
public sealed partial class ArticleExtractor
{
    /// <summary>Extracts the article from HTML or already-scraped text.</summary>
    /// <param name="input">The page: HTML markup, or plain text without markup.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of the options.</exception>
    public static Article Parse(string input, ExtractionOptions? options = null) => For(options).Parse(input);

    /// <summary>Extracts the article from the bytes of a page, its encoding detected as a browser would.</summary>
    /// <param name="input">The page's bytes.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of the options.</exception>
    public static Article Parse(byte[] input, ExtractionOptions? options = null) => For(options).Parse(input);

    /// <summary>Reads a page from a stream and extracts its article.</summary>
    /// <param name="input">The stream of the page's bytes; read to its end, not disposed.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of the options.</exception>
    public static Article Parse(Stream input, ExtractionOptions? options = null) => For(options).Parse(input);

    /// <summary>Extracts the article from a document AngleSharp already parsed; the document is never changed.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The document exceeds a limit of the options.</exception>
    public static Article Parse(IDocument document, ExtractionOptions? options = null) => For(options).Parse(document);

    /// <summary>Extracts the article from HTML or already-scraped text (a completed task: the work is done on the calling thread).</summary>
    /// <param name="input">The page: HTML markup, or plain text without markup.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    public static Task<Article> ParseAsync(string input, ExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).ParseAsync(input, baseUrl: null, cancellationToken);

    /// <summary>Extracts the article from the bytes of a page (a completed task: the work is done on the calling thread).</summary>
    /// <param name="input">The page's bytes.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    public static Task<Article> ParseAsync(byte[] input, ExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).ParseAsync(input, contentType: null, baseUrl: null, cancellationToken);

    /// <summary>Reads a page from a stream asynchronously and extracts its article.</summary>
    /// <param name="input">The stream of the page's bytes; read to its end, not disposed.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read and the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of the options.</exception>
    public static Task<Article> ParseAsync(Stream input, ExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).ParseAsync(input, contentType: null, baseUrl: null, cancellationToken);

    /// <summary>Extracts the article from a document AngleSharp already parsed (a completed task); the document is never changed.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="options">The settings; <c>null</c> uses <see cref="Default"/>.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <c>null</c>.</exception>
    public static Task<Article> ParseAsync(IDocument document, ExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).ParseAsync(document, baseUrl: null, cancellationToken);
}
