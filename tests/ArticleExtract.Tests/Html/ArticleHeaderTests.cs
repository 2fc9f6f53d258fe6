namespace ArticleExtract.Tests.Html;

/// <summary>An article header holding the headline and a standfirst loses only the headline; a page header goes whole.</summary>
public sealed class ArticleHeaderTests
{
    private const string Standfirst =
        "After ten years of debate, the council has chosen to rebuild the harbour bridge rather than repair it, at twice the cost.";

    private const string Body =
        "<p>The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted for more than ten years.</p>" +
        "<p>Engineers said the new bridge would carry twice as much traffic, and that work could begin in the spring if the budget holds.</p>" +
        "<p>Residents who spoke at the meeting were divided, with some worried about noise and others about the cost to local taxpayers.</p>";

    [Theory]
    [InlineData("header", "")]
    [InlineData("div", "article-header")]
    public void Standfirst_in_an_article_header_is_kept_and_the_headline_removed(string tag, string cssClass)
    {
        var html = "<html><head><title>Council votes to rebuild the harbour bridge</title></head><body><article>" +
            $"<{tag} class='{cssClass}'><h1>Council votes to rebuild the harbour bridge</h1><p>{Standfirst}</p></{tag}>" +
            $"{Body}</article></body></html>";

        var article = ArticleExtractor.Parse(html);

        article.Text.Should().StartWith(Standfirst);
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Title && b.Text.Contains("harbour bridge"));
    }

    [Fact]
    public void Page_header_of_links_is_removed_whole()
    {
        var html = "<html><head><title>Council votes</title></head><body>" +
            "<header><h1>The Harbour Gazette</h1><p><a href='/'>Home</a> <a href='/news'>News</a></p></header>" +
            $"<article>{Body}</article></body></html>";

        var article = ArticleExtractor.Parse(html);

        article.Text.Should().NotContain("Harbour Gazette").And.NotContain("Home");
    }
}
