using AngleSharp.Dom;
using ArticleExtract.Input;
using ArticleExtract.Pipeline;

namespace ArticleExtract;

/// <summary>
/// Extracts the article from a news or blog page given as HTML (a string, bytes, a stream or a
/// document AngleSharp already parsed) or as text a scraper already saved.
/// </summary>
/// <remarks>
/// <para>
/// An extractor holds only its immutable <see cref="ExtractionOptions"/>: create one and reuse it
/// from any number of threads. Every call builds its own state and never touches another's.
/// The static methods use <see cref="Default"/>, or a new extractor when options are given.
/// </para>
/// <para>
/// Every input form has a synchronous <c>Parse</c> and an asynchronous <c>ParseAsync</c> taking the
/// same base URL and cancellation token. Extraction is CPU-bound work: <c>ParseAsync</c> of a string,
/// bytes or a document runs on the calling thread and returns a completed task (failures are in the
/// task); <c>ParseAsync</c> of a stream reads the stream asynchronously first.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var article = ArticleExtractor.Parse(html);
/// Console.WriteLine(article.Title);
/// Console.WriteLine(article.Text);
/// </code>
/// </example>
public sealed partial class ArticleExtractor
{
    private readonly ExtractionPipeline _pipeline;

    /// <summary>Creates an extractor with the given options.</summary>
    /// <param name="options">The settings; <c>null</c> means <see cref="ExtractionOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public ArticleExtractor(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
        Options.Validate();
        _pipeline = new ExtractionPipeline(Options);
    }

    /// <summary>The shared extractor with default options, used by the static methods.</summary>
    public static ArticleExtractor Default { get; } = new();

    /// <summary>The settings this extractor was created with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Extracts the article from HTML or already-scraped text.</summary>
    /// <param name="input">The page: HTML markup, or plain text without markup.</param>
    /// <param name="baseUrl">The page's address, used to resolve relative links and images; optional.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    public Article Parse(string input, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _pipeline.Run(PageInput.FromString(input), baseUrl, cancellationToken);
    }

    /// <summary>Extracts the article from the bytes of a page, its encoding detected as a browser would.</summary>
    /// <param name="input">The page's bytes.</param>
    /// <param name="contentType">
    /// The HTTP <c>Content-Type</c> the page was served with (for example <c>text/html; charset=windows-1252</c>);
    /// its charset wins over the page's own declaration, and <c>text/plain</c> or <c>text/markdown</c> means scraped text. Optional:
    /// without it the encoding comes from a byte order mark or the page's <c>&lt;meta charset&gt;</c>, else
    /// UTF-8, or windows-1252 for bytes that are not UTF-8.
    /// </param>
    /// <param name="baseUrl">The page's address, used to resolve relative links and images; optional.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    public Article Parse(byte[] input, string? contentType = null, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _pipeline.Run(PageInput.FromBytes(input, contentType), baseUrl, cancellationToken);
    }

    /// <summary>Reads a page from a stream and extracts its article, its encoding detected as a browser would.</summary>
    /// <param name="input">The stream of the page's bytes; read to its end, not disposed.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> the page was served with; optional (see <see cref="Parse(byte[], string?, Uri?, CancellationToken)"/>).</param>
    /// <param name="baseUrl">The page's address, used to resolve relative links and images; optional.</param>
    /// <param name="cancellationToken">Cancels the read and the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    public Article Parse(Stream input, string? contentType = null, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = StreamReading.ReadAll(input, Options.MaxInputLength, cancellationToken);
        return _pipeline.Run(PageInput.FromBytes(bytes, contentType), baseUrl, cancellationToken);
    }

    /// <summary>
    /// Extracts the article from a document AngleSharp already parsed. The document is copied first
    /// and never changed; the copy is bounded as a parse is (<see cref="ExtractionOptions.MaxElementCount"/>,
    /// nesting depth).
    /// </summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="baseUrl">The page's address; optional: without it, the document's own http(s) address (<see cref="IDocument.Url"/>), if it has one.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The document exceeds a limit of <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    public Article Parse(IDocument document, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _pipeline.Run(PageInput.FromDocument(document), baseUrl ?? AddressOf(document), cancellationToken);
    }

    /// <inheritdoc cref="Parse(string, Uri?, CancellationToken)"/>
    /// <returns>A completed task with the article (or the failure).</returns>
    public Task<Article> ParseAsync(string input, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Completed(() => Parse(input, baseUrl, cancellationToken));
    }

    /// <inheritdoc cref="Parse(byte[], string?, Uri?, CancellationToken)"/>
    /// <returns>A completed task with the article (or the failure).</returns>
    public Task<Article> ParseAsync(byte[] input, string? contentType = null, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Completed(() => Parse(input, contentType, baseUrl, cancellationToken));
    }

    /// <summary>Reads a page from a stream asynchronously and extracts its article, its encoding detected as a browser would.</summary>
    /// <param name="input">The stream of the page's bytes; read to its end, not disposed.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> the page was served with; optional (see <see cref="Parse(byte[], string?, Uri?, CancellationToken)"/>).</param>
    /// <param name="baseUrl">The page's address, used to resolve relative links and images; optional.</param>
    /// <param name="cancellationToken">Cancels the read and the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    public async Task<Article> ParseAsync(Stream input, string? contentType = null, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await StreamReading.ReadAllAsync(input, Options.MaxInputLength, cancellationToken).ConfigureAwait(false);
        return _pipeline.Run(PageInput.FromBytes(bytes, contentType), baseUrl, cancellationToken);
    }

    /// <inheritdoc cref="Parse(IDocument, Uri?, CancellationToken)"/>
    /// <returns>A completed task with the article (or the failure).</returns>
    public Task<Article> ParseAsync(IDocument document, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Completed(() => Parse(document, baseUrl, cancellationToken));
    }

    /// <summary>Runs the extraction now; its result, cancellation or failure as a completed task.</summary>
    private static Task<Article> Completed(Func<Article> extract)
    {
        try
        {
            return Task.FromResult(extract());
        }
        catch (OperationCanceledException e)
        {
            return Task.FromCanceled<Article>(e.CancellationToken.IsCancellationRequested ? e.CancellationToken : new CancellationToken(canceled: true));
        }
        catch (Exception e)
        {
            return Task.FromException<Article>(e);
        }
    }

    /// <summary>The document's own address, when it is an http(s) URL (a document parsed from a string has none).</summary>
    private static Uri? AddressOf(IDocument document) =>
        Uri.TryCreate(document.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;

    private static ArticleExtractor For(ExtractionOptions? options) =>
        options is null || ReferenceEquals(options, ExtractionOptions.Default) ? Default : new ArticleExtractor(options);
}
