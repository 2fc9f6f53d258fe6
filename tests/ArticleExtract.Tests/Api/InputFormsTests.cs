using System.Text;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Tests.Api;

/// <summary>
/// Every input form (string, bytes, stream, parsed document) has a synchronous and an asynchronous
/// overload that give the same article, take a base URL and a cancellation token, and check their
/// limits; a caller's document is never changed.
/// </summary>
public sealed class InputFormsTests
{
    private const string Page =
        "<html><head><title>Forms page</title></head><body><!-- a comment --><nav><a href=\"/home\">Home</a></nav>" +
        "<article><p>The first paragraph of the article has enough words to be read as the content of the page.</p>" +
        "<p>A second paragraph links <a href=\"/more\">to more</a> and shows <img src=\"pic.jpg\" alt=\"a picture\" width=\"400\" height=\"300\">.</p>" +
        "</article><script>var tracking = 1;</script></body></html>";

    private static readonly Uri BaseUrl = new("https://example.com/news/story");

    private static readonly ArticleExtractor Extractor = new();

    private static IEnumerable<(string Form, Func<CancellationToken, Task<Article>> Extract)> Forms(string page, Uri? baseUrl)
    {
        var bytes = Encoding.UTF8.GetBytes(page);
        yield return ("string", t => Task.FromResult(Extractor.Parse(page, baseUrl, t)));
        yield return ("string async", t => Extractor.ParseAsync(page, baseUrl, t));
        yield return ("bytes", t => Task.FromResult(Extractor.Parse(bytes, null, baseUrl, t)));
        yield return ("bytes async", t => Extractor.ParseAsync(bytes, null, baseUrl, t));
        yield return ("stream", t => Task.FromResult(Extractor.Parse(new MemoryStream(bytes), null, baseUrl, t)));
        yield return ("stream async", t => Extractor.ParseAsync(new MemoryStream(bytes), null, baseUrl, t));
        yield return ("document", t => Task.FromResult(Extractor.Parse(new HtmlParser().ParseDocument(page), baseUrl, t)));
        yield return ("document async", t => Extractor.ParseAsync(new HtmlParser().ParseDocument(page), baseUrl, t));
    }

    [Fact]
    public async Task Every_form_gives_the_same_article_with_urls_resolved_against_the_base()
    {
        var expected = Extractor.Parse(Page, BaseUrl);
        expected.Html.Should().Contain("https://example.com/more").And.Contain("https://example.com/news/pic.jpg");
        foreach (var (form, extract) in Forms(Page, BaseUrl))
        {
            var article = await extract(CancellationToken.None);
            article.ToJson().Should().Be(expected.ToJson(), "the {0} form reads the same page", form);
        }
    }

    [Fact]
    public async Task Every_form_honours_a_cancelled_token()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        foreach (var (form, extract) in Forms(Page, null))
        {
            await FluentActions.Awaiting(() => extract(cancelled.Token)).Should().ThrowAsync<OperationCanceledException>("the {0} form was cancelled", form);
        }
    }

    [Fact]
    public async Task The_static_shortcuts_give_the_same_article_for_every_form()
    {
        var bytes = Encoding.UTF8.GetBytes(Page);
        var expected = ArticleExtractor.Parse(Page).ToJson();
        ArticleExtractor.Parse(bytes).ToJson().Should().Be(expected);
        ArticleExtractor.Parse(new MemoryStream(bytes)).ToJson().Should().Be(expected);
        ArticleExtractor.Parse(new HtmlParser().ParseDocument(Page)).ToJson().Should().Be(expected);
        (await ArticleExtractor.ParseAsync(Page)).ToJson().Should().Be(expected);
        (await ArticleExtractor.ParseAsync(bytes)).ToJson().Should().Be(expected);
        (await ArticleExtractor.ParseAsync(new MemoryStream(bytes))).ToJson().Should().Be(expected);
        (await ArticleExtractor.ParseAsync(new HtmlParser().ParseDocument(Page))).ToJson().Should().Be(expected);
    }

    [Fact]
    public void A_parsed_document_is_never_changed()
    {
        var document = new HtmlParser().ParseDocument(Page);
        var before = document.DocumentElement.OuterHtml;
        var elements = document.All.Length;
        var article = Extractor.Parse(document);
        article.Text.Should().Contain("The first paragraph");
        document.DocumentElement.OuterHtml.Should().Be(before);
        document.All.Length.Should().Be(elements);
        document.QuerySelector("script").Should().NotBeNull();
    }

    [Fact]
    public void A_document_takes_its_own_address_as_the_base_url()
    {
        var document = new HtmlParser().ParseDocument(Page);
        Extractor.Parse(document).Html.Should().NotContain("https://example.com/more", "a document parsed from a string has no address");
    }

    [Fact]
    public void A_deeply_nested_document_is_copied_without_recursion_and_keeps_its_text()
    {
        const int depth = 20_000;
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) +
                   "<p>The innermost paragraph has enough words to be read as the content of the whole page.</p>" +
                   string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var document = new HtmlParser(new HtmlParserOptions { MaximumDepth = depth + 10 }).ParseDocument(page);
        Extractor.Parse(document).Text.Should().Contain("The innermost paragraph");
    }

    [Fact]
    public void Too_many_elements_in_a_document_throw_with_their_reason()
    {
        var document = new HtmlParser().ParseDocument("<html><body>" + string.Concat(Enumerable.Repeat("<p>x</p>", 50)) + "</body></html>");
        var small = new ArticleExtractor(new ExtractionOptions { MaxElementCount = 20 });
        FluentActions.Invoking(() => small.Parse(document)).Should().Throw<ArticleExtractionException>()
            .Which.Reason.Should().Be(ArticleExtractionReason.TooManyElements);
    }

    [Fact]
    public async Task Too_large_input_throws_with_its_reason_in_every_byte_form()
    {
        var small = new ArticleExtractor(new ExtractionOptions { MaxInputLength = 100 });
        var bytes = new byte[101];
        Array.Fill(bytes, (byte)'a');
        FluentActions.Invoking(() => small.Parse(bytes)).Should().Throw<ArticleExtractionException>().Which.Reason.Should().Be(ArticleExtractionReason.InputTooLarge);
        FluentActions.Invoking(() => small.Parse(new MemoryStream(bytes))).Should().Throw<ArticleExtractionException>().Which.Reason.Should().Be(ArticleExtractionReason.InputTooLarge);
        (await FluentActions.Awaiting(() => small.ParseAsync(bytes)).Should().ThrowAsync<ArticleExtractionException>()).Which.Reason.Should().Be(ArticleExtractionReason.InputTooLarge);
        (await FluentActions.Awaiting(() => small.ParseAsync(new string('a', 101))).Should().ThrowAsync<ArticleExtractionException>()).Which.Reason.Should().Be(ArticleExtractionReason.InputTooLarge);
    }

    [Fact]
    public void Null_inputs_throw_for_every_form()
    {
        FluentActions.Invoking(() => Extractor.Parse((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Extractor.Parse((AngleSharp.Dom.IDocument)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => (object)Extractor.ParseAsync((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => (object)Extractor.ParseAsync((byte[])null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => (object)Extractor.ParseAsync((AngleSharp.Dom.IDocument)null!)).Should().Throw<ArgumentNullException>();
    }
}
