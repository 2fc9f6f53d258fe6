using System.Text.Json;

namespace ArticleExtract.Tests.Api;

/// <summary><see cref="Article.ToJson(string?, bool)"/> and <see cref="Article.FromJson(string)"/>: one shape, and every field back as it was.</summary>
public sealed class JsonRoundTripTests
{
    private const string DatedPage =
        "<html lang=\"pt-BR\"><head><title>Dated story - The Daily</title>" +
        "<meta property=\"og:site_name\" content=\"The Daily\">" +
        "<meta property=\"article:published_time\" content=\"2024-03-05T14:07:09.125-03:00\">" +
        "<meta property=\"article:modified_time\" content=\"2024-03-06T08:00:00+05:30\">" +
        "<meta name=\"keywords\" content=\"city, council\"><link rel=\"canonical\" href=\"https://example.com/news/dated\">" +
        "<meta property=\"og:image\" content=\"https://example.com/lead.jpg\"></head><body>" +
        "<nav><a href=\"/a\">Home</a> <a href=\"/b\">World</a> <a href=\"/c\">Sport</a></nav>" +
        "<article><h1>Dated story</h1><p class=\"byline\">By Ana Souza</p>" +
        "<p>The city council approved the new budget on Tuesday after a long debate about transport and schools.</p>" +
        "<h2>What changes</h2><ul><li>More buses on the night lines</li><li>Two new schools in the north</li></ul>" +
        "<blockquote><p>\"It is a budget for the people who use the city every day,\" the mayor said.</p></blockquote>" +
        "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Buses</td><td>12</td></tr></table>" +
        "<p>Caf\u00e9 owners said they expected more customers once the works end, with \u201cquotes\u201d and emoji \U0001F600.</p></article>" +
        "<div class=\"related\"><h3>Related articles</h3><a href=\"/x\">Other story one</a> <a href=\"/y\">Other story two</a></div></body></html>";

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string> { DatedPage, "A headline\n\nA paragraph of scraped text that is long enough to be an article on its own.\nWith a line break." };
        foreach (var name in new[] { "basic.html", "media.html", "tables.html", "legacy.html" })
        {
            data.Add(Fixture.ReadText(Path.Combine("output", name)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_field_round_trips(string page)
    {
        var article = ArticleExtractor.Parse(page);
        var json = article.ToJson();
        var back = Article.FromJson(json);

        back.Should().BeEquivalentTo(article, options => options.Excluding(a => a.Blocks));
        back.Html.Should().Be(article.Html);
        back.ToMarkdown().Should().Be(article.ToMarkdown());
        back.Blocks.Should().BeEquivalentTo(article.Blocks, options => options.WithStrictOrdering());
        back.ToJson().Should().Be(json);
    }

    [Fact]
    public void Dates_keep_their_offset_and_fraction_of_a_second()
    {
        var article = ArticleExtractor.Parse(DatedPage);
        article.Published.Should().Be(new DateTimeOffset(2024, 3, 5, 14, 7, 9, 125, TimeSpan.FromHours(-3)));
        var record = JsonDocument.Parse(article.ToJson()).RootElement;
        record.GetProperty("publishedTime").GetString().Should().Be("2024-03-05T14:07:09.125-03:00");
        record.GetProperty("modifiedTime").GetString().Should().Be("2024-03-06T08:00:00+05:30");
        var back = Article.FromJson(article.ToJson());
        back.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(-3));
        back.Modified.Should().Be(article.Modified);
    }

    [Fact]
    public void The_shape_has_the_field_names_of_the_readme_in_order()
    {
        var record = JsonDocument.Parse(ArticleExtractor.Parse(DatedPage).ToJson("page-1")).RootElement;
        record.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "title", "byline", "authors", "publishedTime", "publishedPrecision", "modifiedTime", "modifiedPrecision",
            "siteName", "publisher", "pageType", "pageTypeConfidence", "lang", "excerpt", "leadImage", "url", "tags",
            "inputKind", "text", "html", "wordCount", "boilerplate");
        record.GetProperty("id").GetString().Should().Be("page-1");
        record.GetProperty("pageType").GetString().Should().Be("article");
        record.GetProperty("inputKind").GetString().Should().Be("html");
        record.GetProperty("lang").GetString().Should().Be("pt-BR");
        record.GetProperty("boilerplate").EnumerateArray().Should().OnlyContain(b => b.GetProperty("kind").GetString()!.Length > 0);
    }

    [Fact]
    public void Without_an_id_there_is_no_id_field_and_text_is_not_escaped()
    {
        var json = ArticleExtractor.Parse(DatedPage).ToJson();
        JsonDocument.Parse(json).RootElement.TryGetProperty("id", out _).Should().BeFalse();
        json.Should().Contain("Caf\u00e9").And.Contain("\u201cquotes\u201d").And.NotContain("\\u00e9");
        json.Should().NotContain("\n", "compact JSON is one line");
        ArticleExtractor.Parse(DatedPage).ToJson(indented: true).Should().Contain("\n  \"title\"");
    }

    [Fact]
    public void WriteJson_writes_the_same_object_to_a_json_writer()
    {
        var article = ArticleExtractor.Parse(DatedPage);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            article.WriteJson(writer, "x");
        }

        System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Should().Be(article.ToJson("x"));
    }

    [Fact]
    public void An_empty_article_round_trips()
    {
        var empty = Article.Empty(InputKind.Text);
        var back = Article.FromJson(empty.ToJson());
        back.Should().BeEquivalentTo(empty);
        back.Html.Should().BeEmpty();
        back.ToMarkdown().Should().BeEmpty();
        back.Blocks.Should().BeEmpty();
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"pageType\": \"spaceship\"}")]
    [InlineData("{\"inputKind\": \"1\"}")]
    [InlineData("{\"publishedTime\": \"yesterday\"}")]
    [InlineData("{\"wordCount\": \"many\"}")]
    public void Bad_json_throws_JsonException(string json) =>
        FluentActions.Invoking(() => Article.FromJson(json)).Should().Throw<JsonException>();

    [Fact]
    public void Json_of_the_cli_reads_back_with_its_id_ignored()
    {
        var article = ArticleExtractor.Parse(DatedPage);
        Article.FromJson(article.ToJson("some-id", indented: true)).Should().BeEquivalentTo(article, options => options.Excluding(a => a.Blocks));
    }
}
