namespace ArticleExtract.Tests.Output;

/// <summary>The Markdown output: CommonMark constructs, escaping, and text that reads back the same through Markdig.</summary>
public sealed class MarkdownTests
{
    private static string Markdown(string body) =>
        OutputFixture.Build($"<html><body>{body}</body></html>", new Uri("https://site.example/")).ToMarkdown();

    private static void ReadsBackAsTheText(string body)
    {
        var article = OutputFixture.Build($"<html><body>{body}</body></html>", new Uri("https://site.example/"));
        OutputFixture.MarkdownWords(article.ToMarkdown()).Should().Equal(HtmlTrees.Words(article.Text), "markdown:\n{0}", article.ToMarkdown());
    }

    [Fact]
    public void Blocks_are_written_as_CommonMark()
    {
        Markdown("<h2>Head</h2><p>Para with <a href=\"/x\">a link</a> and <img src=\"/i.png\" alt=\"pic\">.</p><blockquote><p>Quote</p></blockquote>")
            .Should().Be("## Head\n\nPara with [a link](https://site.example/x) and ![pic](https://site.example/i.png).\n\n> Quote\n");
    }

    [Fact]
    public void Nested_lists_are_tight_and_indented_under_their_item()
    {
        Markdown("<ol><li>One<ul><li>Sub</li></ul></li><li>Two</li></ol>").Should().Be("1. One\n   - Sub\n2. Two\n");
    }

    [Fact]
    public void Adjacent_lists_of_one_kind_use_different_markers()
    {
        Markdown("<ul><li>a</li></ul><ul><li>b</li></ul>").Should().Be("- a\n\n* b\n");
        ReadsBackAsTheText("<ul><li>a</li></ul><ul><li>b</li></ul>");
    }

    [Fact]
    public void Special_characters_are_escaped_so_the_text_reads_back_the_same()
    {
        const string body = "<p>*not emphasis* _nor this_ [not a link](x) &lt;b&gt; &amp;amp; a|b `tick` ~~strike~~</p><p># not a heading</p><p>1. not a list</p><p>- nor this</p><p>+ nor this</p><p>=====</p>";
        var markdown = Markdown(body);
        var html = OutputFixture.RenderMarkdown(markdown);
        HtmlTrees.Parse(html).QuerySelectorAll("em, strong, a, h1, ol, ul, code, del, b").Should().BeEmpty("markdown:\n{0}", markdown);
        ReadsBackAsTheText(body);
    }

    [Fact]
    public void Code_blocks_are_fenced_longer_than_any_backtick_run_inside()
    {
        Markdown("<pre>a ``` b\n  indented</pre>").Should().Be("````\na ``` b\n  indented\n````\n");
        Markdown("<p>Call <code>x`y</code> now</p>").Should().Be("Call ``x`y`` now\n");
    }

    [Fact]
    public void Tables_are_pipe_tables_with_pipes_in_cells_escaped()
    {
        Markdown("<table><tr><th>A</th><th>B</th></tr><tr><td>1|2</td><td>3</td></tr></table>")
            .Should().Be("| A | B |\n| --- | --- |\n| 1\\|2 | 3 |\n");
    }

    [Fact]
    public void Adjacent_emphasis_and_breaks_at_the_end_of_a_link_keep_words_apart()
    {
        ReadsBackAsTheText("<p><em>Show comment</em><em>Hide comment</em> and <a href=\"/a\">link text<br></a>4) next</p>");
        ReadsBackAsTheText("<p><b>bold</b><b>again</b> <i> spaced </i>end</p>");
    }

    [Fact]
    public void Quotes_hold_lists_and_code()
    {
        var markdown = Markdown("<blockquote><p>Intro</p><ul><li>one</li></ul><pre>code</pre></blockquote>");
        markdown.Should().Be("> Intro\n>\n> - one\n>\n> ```\n> code\n> ```\n");
    }
}
