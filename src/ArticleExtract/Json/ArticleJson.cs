using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ArticleExtract.Output;

namespace ArticleExtract.Json;

/// <summary>Maps an <see cref="Article"/> to its <see cref="ArticleRecord"/> and back.</summary>
internal static class ArticleJson
{
    /// <summary>Whole seconds as ISO 8601 with the offset; a fraction of a second is added only when the date has one.</summary>
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public static string Write(Article article, string? id, bool indented)
    {
        var context = indented ? ArticleJsonContext.Indented : ArticleJsonContext.Compact;
        return JsonSerializer.Serialize(ToRecord(article, id), context.ArticleRecord);
    }

    public static void Write(Utf8JsonWriter writer, Article article, string? id) =>
        JsonSerializer.Serialize(writer, ToRecord(article, id), ArticleJsonContext.Compact.ArticleRecord);

    public static Article Read(string json)
    {
        var record = JsonSerializer.Deserialize(json, ArticleJsonContext.Compact.ArticleRecord)
                     ?? throw new JsonException("The JSON is null, not an article object.");
        return FromRecord(record);
    }

    public static ArticleRecord ToRecord(Article article, string? id) => new()
    {
        Id = id,
        Title = article.Title,
        Byline = article.Byline,
        Authors = [.. article.Authors],
        PublishedTime = FormatDate(article.Published),
        PublishedPrecision = Lower(article.PublishedPrecision.ToString()),
        ModifiedTime = FormatDate(article.Modified),
        ModifiedPrecision = Lower(article.ModifiedPrecision.ToString()),
        SiteName = article.SiteName,
        Publisher = article.Publisher,
        PageType = Lower(article.PageType.ToString()),
        PageTypeConfidence = article.PageTypeConfidence,
        Lang = article.Language,
        Excerpt = article.Excerpt,
        LeadImage = article.LeadImage,
        Url = article.CanonicalUrl,
        Tags = [.. article.Tags],
        InputKind = article.InputKind == InputKind.Text ? "text" : "html",
        Text = article.Text,
        Html = article.Html,
        WordCount = article.WordCount,
        Boilerplate = [.. article.Boilerplate.Select(b => new BoilerplateRecord { Kind = b.Kind.ToString(), Text = b.Text })],
    };

    /// <summary>
    /// The article of a record. Its HTML is the record's; its Markdown and blocks are written from
    /// that HTML on first use, as an extracted article writes them from its body.
    /// </summary>
    public static Article FromRecord(ArticleRecord record)
    {
        var html = record.Html ?? "";
        var body = new Lazy<BodyNode>(() => BodyOfSafeHtml(html));
        return new Article
        {
            Title = record.Title,
            Byline = record.Byline,
            Authors = record.Authors ?? [],
            Published = ParseDate(record.PublishedTime, "publishedTime"),
            PublishedPrecision = ParseEnum<DatePrecision>(record.PublishedPrecision, "publishedPrecision"),
            Modified = ParseDate(record.ModifiedTime, "modifiedTime"),
            ModifiedPrecision = ParseEnum<DatePrecision>(record.ModifiedPrecision, "modifiedPrecision"),
            SiteName = record.SiteName,
            Publisher = record.Publisher,
            PageType = ParseEnum<PageType>(record.PageType, "pageType"),
            PageTypeConfidence = record.PageTypeConfidence,
            Language = record.Lang,
            Excerpt = record.Excerpt,
            LeadImage = record.LeadImage,
            CanonicalUrl = record.Url,
            Tags = record.Tags ?? [],
            InputKind = ParseEnum<InputKind>(record.InputKind, "inputKind"),
            Text = record.Text ?? "",
            HtmlText = html.Length == 0 ? null : new Lazy<string>(html),
            Markdown = html.Length == 0 ? null : new Lazy<string>(() => MarkdownWriter.Write(body.Value)),
            BlockList = html.Length == 0 ? null : new Lazy<IReadOnlyList<ArticleBlock>>(() => BlockWriter.Write(body.Value)),
            WordCount = record.WordCount,
            Boilerplate = [.. (record.Boilerplate ?? []).Select(b => new BoilerplateBlock(ParseEnum<BoilerplateKind>(b.Kind, "boilerplate kind"), b.Text ?? ""))],
        };
    }

    /// <summary>
    /// The body tree of HTML this library wrote: only allowlisted elements with absolute URLs, so
    /// the tree builder keeps all of it, as it kept the page's content the first time.
    /// </summary>
    private static BodyNode BodyOfSafeHtml(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = Input.DocumentLoader.MaxTreeDepth, SkipComments = true });
        var document = parser.ParseDocument(html);
        return BodyTreeBuilder.Build(document.Body!, baseUri: null);
    }

    private static string? FormatDate(DateTimeOffset? date) =>
        date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseDate(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new JsonException($"'{field}' is not an ISO 8601 date: '{text}'.");
    }

    private static T ParseEnum<T>(string? name, string field)
        where T : struct, Enum =>
        name is not null && !char.IsAsciiDigit(name.FirstOrDefault()) && name.FirstOrDefault() != '-' && Enum.TryParse<T>(name, ignoreCase: true, out var value)
            ? value
            : throw new JsonException($"'{field}' has an unknown value: '{name}'.");

    private static string Lower(string name) => name.ToLowerInvariant();
}
