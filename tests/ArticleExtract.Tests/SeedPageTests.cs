using System.Text.Json;

namespace ArticleExtract.Tests;

/// <summary>
/// The bundled seed page (a real scraped news page, <c>Fixtures/seed</c>) must come out exactly as
/// its expectation file says: the title, no date, the four article paragraphs, and every
/// boilerplate line removed and reported with a fitting kind.
/// </summary>
public sealed class SeedPageTests
{
    private static readonly Article Article = ArticleExtractor.Parse(Fixture.ReadText("seed/news-page.txt"));
    private static readonly JsonElement Expected = JsonDocument.Parse(Fixture.ReadText("seed/news-page.expected.json")).RootElement;

    [Fact]
    public void Input_is_recognised_as_scraped_text()
    {
        Article.InputKind.Should().Be(InputKind.Text);
    }

    [Fact]
    public void Title_is_the_headline_line()
    {
        Article.Title.Should().Be(Expected.GetProperty("title").GetString()).And.Be("china-Russia show unity");
    }

    [Fact]
    public void No_date_is_made_up_from_the_empty_published_label()
    {
        Expected.GetProperty("published").ValueKind.Should().Be(JsonValueKind.Null);
        Article.Published.Should().BeNull();
        Article.Modified.Should().BeNull();
    }

    [Fact]
    public void Text_is_exactly_the_four_article_paragraphs()
    {
        var paragraphs = Expected.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToArray();
        paragraphs.Should().HaveCount(4);
        Article.Text.Split("\n\n").Should().Equal(paragraphs);
        Article.Text.Should().Be(string.Join("\n\n", paragraphs));
    }

    [Fact]
    public void No_boilerplate_line_is_left_in_the_text()
    {
        var lines = Article.Text.Split('\n').Select(l => l.Trim()).ToHashSet();
        foreach (var boilerplate in Expected.GetProperty("boilerplate").EnumerateArray().Select(b => b.GetString()!))
        {
            lines.Should().NotContain(boilerplate, "'{0}' is boilerplate", boilerplate);
        }
    }

    [Theory]
    [InlineData("17.8 C", BoilerplateKind.Weather)]
    [InlineData("New York", BoilerplateKind.Weather)]
    [InlineData("Published:", BoilerplateKind.EmptyLabel)]
    [InlineData("- Advertisement -", BoilerplateKind.Advertisement)]
    [InlineData("Related articles", BoilerplateKind.Related)]
    [InlineData("Recent articles", BoilerplateKind.Related)]
    [InlineData("spot_img", BoilerplateKind.Placeholder)]
    public void Each_boilerplate_line_is_reported_with_a_fitting_kind(string text, BoilerplateKind kind)
    {
        Article.Boilerplate.Should().Contain(new BoilerplateBlock(kind, text));
    }

    [Fact]
    public void Every_expected_boilerplate_line_is_reported()
    {
        var reported = Article.Boilerplate.Select(b => b.Text).ToHashSet();
        foreach (var boilerplate in Expected.GetProperty("boilerplate").EnumerateArray().Select(b => b.GetString()!))
        {
            reported.Should().Contain(boilerplate);
        }
    }

    [Fact]
    public void The_title_is_not_repeated_in_the_text()
    {
        Article.Text.Should().NotContain("china-Russia show unity");
    }
}
