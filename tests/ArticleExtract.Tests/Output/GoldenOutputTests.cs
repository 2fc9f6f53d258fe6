namespace ArticleExtract.Tests.Output;

/// <summary>
/// Small article fixtures whose HTML and Markdown are compared with golden files, structurally:
/// both sides parsed (the Markdown rendered by Markdig first) and their element trees compared,
/// a failure naming the first differing node.
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly Uri StoryUrl = new("https://news.example/2024/05/story.html");

    public static TheoryData<string, bool> Fixtures => new()
    {
        { "basic", true },
        { "media", false },
        { "tables", true },
        { "legacy", true },
    };

    private static Article BuildFixture(string name, bool withBaseUrl) =>
        OutputFixture.Build(Fixture.ReadText($"output/{name}.html"), withBaseUrl ? StoryUrl : null);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Html_matches_the_golden_file(string name, bool withBaseUrl)
    {
        var article = BuildFixture(name, withBaseUrl);
        var expected = Fixture.ReadText($"output/{name}.expected.html");
        HtmlTrees.FirstDifference(expected, article.Html).Should().BeNull("the HTML of {0} should match its golden file; actual:\n{1}", name, article.Html);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Markdown_matches_the_golden_file(string name, bool withBaseUrl)
    {
        var article = BuildFixture(name, withBaseUrl);
        var expected = Fixture.ReadText($"output/{name}.expected.md");
        var difference = HtmlTrees.FirstDifference(OutputFixture.RenderMarkdown(expected), OutputFixture.RenderMarkdown(article.ToMarkdown()));
        difference.Should().BeNull("the Markdown of {0} should render like its golden file; actual:\n{1}", name, article.ToMarkdown());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Html_is_safe_and_keeps_the_words_of_the_text(string name, bool withBaseUrl)
    {
        var article = BuildFixture(name, withBaseUrl);
        SafeHtmlAssertions.Problems(article.Html).Should().BeEmpty();
        OutputFixture.HtmlWords(article.Html).Should().Equal(HtmlTrees.Words(article.Text));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Markdown_rendered_by_Markdig_keeps_the_words_of_the_text(string name, bool withBaseUrl)
    {
        var article = BuildFixture(name, withBaseUrl);
        OutputFixture.MarkdownWords(article.ToMarkdown()).Should().Equal(HtmlTrees.Words(article.Text));
    }
}
