using ArticleExtract.Text;

namespace ArticleExtract.Tests.Text;

/// <summary>Scraped Markdown: its marks read as what they show, plain text left as it came.</summary>
public sealed class MarkdownSyntaxTests
{
    // Three links make a text Markdown (textrules.txt, MinMarkdownLinks).
    private const string Links = "[Home](/) [News](https://example.com/news) [Sport](/sport \"Sport\")\n\n";

    private static string Plain(string text) => MarkdownSyntax.ToPlain(text, TextRules.Shared);

    [Theory]
    [InlineData("See [the report](https://example.com/r?a=(1)) now.", "See the report now.")]
    [InlineData("A photo ![Harbour at night](/img/h.jpg) here.", "A photo  here.")]
    [InlineData("[![logo](/l.png) Harbour Times](/)", " Harbour Times")]
    [InlineData("An alt in brackets: ![[X-Info]](/i.gif) gone.", "An alt in brackets:  gone.")]
    [InlineData("Voted **on Tuesday** to *rebuild* the _old_ bridge.", "Voted on Tuesday to rebuild the old bridge.")]
    [InlineData("Call `rebuild()` twice; snake_case_name stays.", "Call rebuild() twice; snake_case_name stays.")]
    [InlineData("> Quoted words\n> > nested", "Quoted words\nnested")]
    [InlineData("| Year | Cost |\n| --- | :---: |\n| 2024 | 3 m |", "Year Cost\n\n2024 3 m")]
    [InlineData("1. First step\n2. Second step", "First step\nSecond step")]
    [InlineData("Price \\*not\\* final \\[1\\]", "Price *not* final [1]")]
    [InlineData("[\n\n#### Card headline\n\n](/story/1)", "\n\n#### Card headline\n\n")]
    [InlineData("** Category: Local", " Category: Local")]
    public void A_mark_reads_as_what_it_shows(string markdown, string shown) =>
        Plain(Links + markdown).Should().Be("Home News Sport\n\n" + shown);

    [Fact]
    public void Code_between_fences_is_kept_as_written()
    {
        const string code = "```python\n>>> data[i][j] = `x` * 2\n**kwargs\n```";

        Plain(Links + code + "\n\nAfter **bold**.").Should().Be("Home News Sport\n\n\n>>> data[i][j] = `x` * 2\n**kwargs\n\n\nAfter bold.");
    }

    [Theory]
    [InlineData("D[i][j] means the cost; `echo $TTY` prints it; >>> import this")]
    [InlineData("One link [here](https://example.com) and one [there](/t) are not yet Markdown: **kept**.")]
    [InlineData("Plain text with no marks at all.")]
    public void Plain_text_comes_back_as_it_came(string text) =>
        Plain(text).Should().BeSameAs(text);

    [Fact]
    public void Unbalanced_marks_in_a_long_text_are_read_in_one_pass()
    {
        // Every pattern is bounded: brackets, emphasis and addresses that never close do not make the
        // work grow with the square of the text (this would run for hours if they did).
        var hostile = Links + string.Concat(Enumerable.Repeat("[a](b **c *d _e `f ![g](", 40_000));

        Plain(hostile).Should().NotContain("**c").And.NotBeEmpty();
    }

    [Fact]
    public void A_news_page_saved_as_Markdown_gives_the_same_article_as_plain_text()
    {
        var blocks = TextPageBuilder.Blocks();
        string[] markdown =
        [
            .. blocks.Take(7).Select(b => $"- [{b}](/{b.ToLowerInvariant()})"),
            .. blocks.Skip(7).Take(3),
            "![Harbour bridge at dusk](https://example.com/bridge.jpg)",
            "# " + TextPageBuilder.Title,
            "**By Jane Doe**",
            .. blocks.Skip(12).Take(18),
            .. blocks.Skip(30).Select(b => $"[{b}](/{b.Length})"),
        ];

        var article = ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(markdown));

        article.InputKind.Should().Be(InputKind.Text);
        article.Title.Should().Be(TextPageBuilder.Title);
        article.Text.Should().Be(string.Join("\n\n", TextPageBuilder.Body));
    }
}
