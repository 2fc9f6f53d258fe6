namespace ArticleExtract.Tests.Html;

/// <summary>Meta lines (bylines, datelines) go; prose that merely starts with a label word, or holds the byline inside a word, stays.</summary>
public sealed class PostProcessingMetaLineTests
{
    private const string Paragraph1 =
        "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted for more than ten years.";

    private const string Paragraph2 =
        "Engineers said the new bridge would carry twice as much traffic, and that work could begin in the spring if the budget holds.";

    private const string Paragraph3 =
        "Residents who spoke at the meeting were divided, with some worried about noise and others about the cost to local taxpayers.";

    private static string Page(string head, string paragraphs) =>
        $"<html><head><title>Council votes to rebuild the harbour bridge</title>{head}</head><body><article>" +
        $"<h1>Council votes to rebuild the harbour bridge</h1><p>{Paragraph1}</p>{paragraphs}<p>{Paragraph2}</p><p>{Paragraph3}</p></article></body></html>";

    [Theory]
    [InlineData("By 2030, the city will have two bridges.")]
    [InlineData("Por eso, el gobierno decidió esperar.")]
    [InlineData("Di fronte a tutto questo, il sindaco tace.")]
    [InlineData("From the start, nobody trusted the plan.")]
    [InlineData("Said one resident: it is about time.")]
    public void Short_prose_starting_with_a_label_word_is_kept(string sentence)
    {
        var article = ArticleExtractor.Parse(Page(string.Empty, $"<p>{sentence}</p>"));

        article.Text.Should().Contain(sentence);
    }

    [Theory]
    [InlineData("By Jane Smith and Tom Brown")]
    [InlineData("By AP")]
    [InlineData("Published: March 3, 2024 at 10:15 am")]
    [InlineData("Source: Reuters")]
    public void Real_meta_lines_are_removed_as_byline(string line)
    {
        var article = ArticleExtractor.Parse(Page(string.Empty, $"<p>{line}</p>"));

        article.Text.Should().NotContain(line);
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Byline && b.Text.Contains(line));
    }

    [Fact]
    public void Known_byline_is_matched_as_whole_words_only()
    {
        const string sentence = "Joann Lewis wins.";
        var article = ArticleExtractor.Parse(Page("<meta name='author' content='Ann Le'>", $"<p>{sentence}</p><p>By Ann Le</p>"));

        article.Text.Should().Contain(sentence);
        article.Text.Should().NotContain("Ann Le\n");
    }
}
