namespace ArticleExtract;

/// <summary>
/// The article extracted from one page: its metadata, its body as plain text, safe HTML, Markdown and blocks,
/// and the boilerplate blocks that were removed. Instances are immutable.
/// </summary>
public sealed partial class Article
{
    /// <summary>Articles are made only by <see cref="ArticleExtractor"/>, so their <see cref="Html"/> is always the safe HTML it wrote.</summary>
    internal Article() { }

    /// <summary>An article with no content, as returned for empty or content-free input.</summary>
    /// <param name="kind">The kind of input it was extracted from.</param>
    /// <returns>An article whose <see cref="Text"/> and <see cref="Html"/> are empty.</returns>
    public static Article Empty(InputKind kind) => new() { InputKind = kind };

    /// <summary>The headline, without the site name; <c>null</c> when none was found.</summary>
    public string? Title { get; internal init; }

    /// <summary>The byline as a display string (for example "Jane Doe and John Roe"); <c>null</c> when none was found.</summary>
    public string? Byline { get; internal init; }

    /// <summary>The authors as a clean list of names (no "By", dates, job titles or handles); empty when none was found.</summary>
    public IReadOnlyList<string> Authors { get; internal init; } = [];

    /// <summary>
    /// When the article was first published, with the page's own offset where it gives one; a
    /// date or time the page gives without an offset is read as UTC (<c>+00:00</c>). <c>null</c>
    /// when unknown: a date is never made up from "now" or from a relative "5 hours ago".
    /// </summary>
    public DateTimeOffset? Published { get; internal init; }

    /// <summary>How much of <see cref="Published"/> the page gave (year, month, day or time); <see cref="DatePrecision.None"/> when unknown.</summary>
    public DatePrecision PublishedPrecision { get; internal init; }

    /// <summary>When the article was last modified, read as <see cref="Published"/> is; <c>null</c> when unknown.</summary>
    public DateTimeOffset? Modified { get; internal init; }

    /// <summary>How much of <see cref="Modified"/> the page gave; <see cref="DatePrecision.None"/> when unknown.</summary>
    public DatePrecision ModifiedPrecision { get; internal init; }

    /// <summary>The organisation that published the article (never counted among <see cref="Authors"/>); <c>null</c> when unknown.</summary>
    public string? Publisher { get; internal init; }

    /// <summary>What kind of page this is (article, forum, product, ...); it decided what the body keeps.</summary>
    public PageType PageType { get; internal init; }

    /// <summary>How sure the extractor is of <see cref="PageType"/>, from 0 to 1.</summary>
    public double PageTypeConfidence { get; internal init; }

    /// <summary>The name of the site or publisher; <c>null</c> when unknown.</summary>
    public string? SiteName { get; internal init; }

    /// <summary>The language of the article as a BCP 47 tag (for example "en" or "pt-BR"); <c>null</c> when unknown.</summary>
    public string? Language { get; internal init; }

    /// <summary>A short summary: the page's description, else the first paragraph; <c>null</c> when there is none.</summary>
    public string? Excerpt { get; internal init; }

    /// <summary>The absolute URL of the lead image; <c>null</c> when there is none.</summary>
    public string? LeadImage { get; internal init; }

    /// <summary>The canonical URL of the page; <c>null</c> when unknown.</summary>
    public string? CanonicalUrl { get; internal init; }

    /// <summary>Tags, keywords and categories given by the page; empty when none.</summary>
    public IReadOnlyList<string> Tags { get; internal init; } = [];

    /// <summary>
    /// The body as plain text: the title excluded, paragraphs separated by one blank line
    /// (<c>"\n\n"</c>), text normalised to Unicode NFC; empty when no article was found.
    /// </summary>
    public string Text { get; internal init; } = "";

    /// <summary>
    /// The body as clean, safe HTML written from an allowlist of elements and attributes; empty
    /// when no article was found. Written on the first read and kept (the same string for every
    /// read, from any thread).
    /// </summary>
    public string Html => HtmlText?.Value ?? "";

    /// <summary>The safe HTML, written from the body on the first read of <see cref="Html"/>; <c>null</c> for an empty body.</summary>
    internal Lazy<string>? HtmlText { get; init; }

    /// <summary>
    /// The body as a flat list of blocks in document order (headings, paragraphs, lists, quotes,
    /// code, tables, figures), each with its plain text and, for some kinds, its level, items,
    /// rows or image; empty when no article was found.
    /// </summary>
    public IReadOnlyList<ArticleBlock> Blocks => BlockList?.Value ?? [];

    /// <summary>
    /// The blocks, read from the body on the first read of <see cref="Blocks"/> and kept (the same
    /// list for every read, from any thread); <c>null</c> for an empty body.
    /// </summary>
    internal Lazy<IReadOnlyList<ArticleBlock>>? BlockList { get; init; }

    /// <summary>
    /// The body as CommonMark, written on the first call of <see cref="ToMarkdown"/> (most callers
    /// never ask for it) and kept; <c>null</c> for an empty body. <see cref="Lazy{T}"/> writes it
    /// once however many threads ask, and lets go of the body tree once it is written.
    /// </summary>
    internal Lazy<string>? Markdown { get; init; }

    /// <summary>The number of words in <see cref="Text"/>.</summary>
    public int WordCount { get; internal init; }

    /// <summary>Whether the input was HTML or already-scraped plain text.</summary>
    public InputKind InputKind { get; internal init; }

    /// <summary>The blocks removed from the page as boilerplate, in page order, each with its kind and text.</summary>
    public IReadOnlyList<BoilerplateBlock> Boilerplate { get; internal init; } = [];

    /// <summary>
    /// The body as CommonMark Markdown: ATX headings, nested lists, block quotes, fenced code
    /// blocks, pipe tables, links and images, with Markdown's special characters in the text
    /// escaped. Written once, on the first call, and kept (a call from any thread gets the same text).
    /// </summary>
    /// <returns>The Markdown text, ending with a line break; empty when no article was found .</returns>
    public string ToMarkdown() => Markdown?.Value ?? "";
}
