using ArticleExtract.Input;
using ArticleExtract.Pipeline;

namespace ArticleExtract;

/// <summary>
/// Extracts the article from a news or blog page given as HTML (a string, bytes or a stream)
/// or as text a scraper already saved.
/// </summary>
/// <remarks>
/// An extractor holds only its immutable <see cref="ExtractionOptions"/>: create one and reuse it
/// from any number of threads. Every call builds its own state and never touches another's.
/// The static methods use <see cref="Default"/>, or a new extractor when options are given.
/// </remarks>
/// <example>
/// <code>
/// var article = ArticleExtractor.Parse(html);
/// Console.WriteLine(article.Title);
/// Console.WriteLine(article.Text);
/// </code>
/// </example>
public sealed class ArticleExtractor
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
    /// its charset wins over the page's own declaration. Optional: without it the encoding comes from a
    /// byte order mark or the page's <c>&lt;meta charset&gt;</c>, else UTF-8.
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
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException">The extraction was cancelled.</exception>
    public async Task<Article> ParseAsync(Stream input, string? contentType = null, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await StreamReading.ReadAllAsync(input, Options.MaxInputLength, cancellationToken).ConfigureAwait(false);
        return _pipeline.Run(PageInput.FromBytes(bytes, contentType), baseUrl, cancellationToken);
    }

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
    /// <param name="cancellationToken">Cancels the read and the extraction.</param>
    /// <returns>The article; its <see cref="Article.Text"/> is empty when none was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    /// <exception cref="ArticleExtractionException">The input exceeds a limit of the options.</exception>
    public static Task<Article> ParseAsync(Stream input, ExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).ParseAsync(input, contentType: null, baseUrl: null, cancellationToken);

    private static ArticleExtractor For(ExtractionOptions? options) =>
        options is null || ReferenceEquals(options, ExtractionOptions.Default) ? Default : new ArticleExtractor(options);
}
