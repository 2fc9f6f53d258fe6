namespace ArticleExtract;

/// <summary>
/// Settings of an <see cref="ArticleExtractor"/>. Immutable: derive variants with <c>with</c>.
/// Values are validated once, when an extractor is created from them.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults used by <see cref="ArticleExtractor.Default"/>.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// How to read the input. <c>null</c> (the default) decides per input: bytes or a stream served
    /// as <c>text/plain</c> or <c>text/markdown</c> are already-scraped text; a string with markup is HTML, a string
    /// without it is scraped text; other bytes and streams, and parsed documents, are HTML.
    /// </summary>
    public InputKind? InputKind { get; init; }

    /// <summary>
    /// The largest input accepted, in characters for strings and bytes for byte arrays and
    /// streams. Default 50,000,000 (50 MB). Larger inputs throw <see cref="ArticleExtractionException"/>
    /// before any work is done (streams: as soon as more has been read).
    /// </summary>
    public int MaxInputLength { get; init; } = 50_000_000;

    /// <summary>
    /// The largest number of elements a parsed HTML document may have. Default 2,000,000 (an
    /// ordinary page has a few thousand). Elements are counted as the parser creates them, so a document with more throws
    /// <see cref="ArticleExtractionException"/> as soon as it passes the limit, not after it is built.
    /// </summary>
    public int MaxElementCount { get; init; } = 2_000_000;

    /// <summary>Whether the removed boilerplate blocks are reported in <see cref="Article.Boilerplate"/>. Default <c>true</c>.</summary>
    public bool ReportBoilerplate { get; init; } = true;

    /// <summary>Checks every value and throws <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputLength, nameof(MaxInputLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxElementCount, nameof(MaxElementCount));
        if (InputKind is { } kind && !Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(InputKind), kind, "Unknown input kind.");
        }
    }
}
