using System.Text;

namespace ArticleExtract.Tests;

/// <summary>The public surface: argument checks, empty input, input kinds, options, the instance and static entry points.</summary>
public sealed class ApiTests
{
    private const string SimpleHtml =
        "<html><head><title>Hello world</title></head><body><article><p>The first paragraph of a small article has enough words to be read as content.</p>" +
        "<p>The second paragraph follows it with more words that belong to the same story.</p></article></body></html>";

    [Fact]
    public void Null_input_throws_ArgumentNullException()
    {
        FluentActions.Invoking(() => ArticleExtractor.Parse((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ArticleExtractor.Parse((byte[])null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Awaiting(() => ArticleExtractor.ParseAsync((Stream)null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<div><span></span></div><p></p>")]
    public void Empty_or_content_free_input_gives_an_empty_article(string input)
    {
        var article = ArticleExtractor.Parse(input);
        article.Text.Should().BeEmpty();
        article.WordCount.Should().Be(0);
    }

    [Fact]
    public void Markup_is_read_as_html_and_plain_text_as_text()
    {
        ArticleExtractor.Parse(SimpleHtml).InputKind.Should().Be(InputKind.Html);
        ArticleExtractor.Parse("A title\n\nA paragraph of text with 2 < 3 in it.").InputKind.Should().Be(InputKind.Text);
    }

    [Fact]
    public void The_input_kind_can_be_forced()
    {
        var article = new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text }).Parse(SimpleHtml);
        article.InputKind.Should().Be(InputKind.Text);
    }

    [Fact]
    public void Html_body_text_excludes_the_title()
    {
        var article = ArticleExtractor.Parse(SimpleHtml);
        article.Title.Should().Be("Hello world");
        article.Text.Should().Contain("The first paragraph").And.Contain("The second paragraph");
        article.Text.Should().NotContain("Hello world");
        article.Text.Should().Contain("\n\n", "paragraphs are separated by one blank line");
    }

    [Fact]
    public void Bytes_and_strings_give_the_same_article()
    {
        var fromString = ArticleExtractor.Parse(SimpleHtml);
        var fromBytes = ArticleExtractor.Parse(Encoding.UTF8.GetBytes(SimpleHtml));
        fromBytes.Text.Should().Be(fromString.Text);
        fromBytes.Title.Should().Be(fromString.Title);
    }

    [Fact]
    public async Task A_stream_gives_the_same_article_as_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(SimpleHtml);
        using var stream = new MemoryStream(bytes);
        var article = await ArticleExtractor.ParseAsync(stream);
        article.Text.Should().Be(ArticleExtractor.Parse(bytes).Text);
    }

    [Fact]
    public void The_encoding_comes_from_meta_charset()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>Un caf\u00e9 cr\u00e8me, s'il vous pla\u00eet, avec des mots en fran\u00e7ais pour faire un paragraphe.</p></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);
        ArticleExtractor.Parse(bytes).Text.Should().Contain("caf\u00e9 cr\u00e8me");
    }

    [Fact]
    public void The_callers_content_type_wins_over_the_page()
    {
        var html = "<html><head><title>x</title></head><body><p>Un caf\u00e9 cr\u00e8me, s'il vous pla\u00eet, avec des mots en fran\u00e7ais pour faire un paragraphe.</p></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);
        ArticleExtractor.Default.Parse(bytes, "text/html; charset=iso-8859-1").Text.Should().Contain("caf\u00e9 cr\u00e8me");
    }

    [Fact]
    public void A_byte_order_mark_sets_the_encoding()
    {
        var html = "<html><head><title>x</title></head><body><p>\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! This paragraph mixes scripts and is long enough to count.</p></body></html>";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(html)).ToArray();
        ArticleExtractor.Parse(bytes).Text.Should().Contain("\u041f\u0440\u0438\u0432\u0435\u0442");
    }

    [Fact]
    public void Input_over_the_size_limit_throws_a_clear_exception()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxInputLength = 10 });
        FluentActions.Invoking(() => extractor.Parse("<p>more than ten characters</p>"))
            .Should().Throw<ArticleExtractionException>().WithMessage("*MaxInputLength*");
    }

    [Fact]
    public void Invalid_options_are_rejected_when_the_extractor_is_made()
    {
        FluentActions.Invoking(() => new ArticleExtractor(new ExtractionOptions { MaxInputLength = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxInputLength");
    }

    [Fact]
    public void Options_are_an_immutable_record_with_with()
    {
        var options = ExtractionOptions.Default with { MaxInputLength = 1000 };
        options.MaxInputLength.Should().Be(1000);
        ExtractionOptions.Default.MaxInputLength.Should().Be(50_000_000);
        new ArticleExtractor(options).Options.Should().BeSameAs(options);
    }

    [Fact]
    public void A_cancelled_token_cancels()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        FluentActions.Invoking(() => ArticleExtractor.Default.Parse(SimpleHtml, cancellationToken: cancelled.Token))
            .Should().Throw<OperationCanceledException>();
    }
}
