using System.Text.RegularExpressions;
using ArticleExtract.Output;

namespace ArticleExtract.Tests.Output;

/// <summary>
/// The text, the HTML, the Markdown and the blocks are all written from one body tree, so they
/// agree on the body's words, in order, whatever the page's markup.
/// </summary>
public sealed partial class OneBodyTests
{
    public static TheoryData<string, string> Pages => new()
    {
        {
            "headings and nested inline",
            "<h1>The <em>main</em> title</h1><p>Some <strong>bold <em>and <a href='https://example.com/x'>linked</a> italic</em></strong> words.</p>"
            + "<h3>A <code>code</code> heading</h3><p>Text with a<br>line break and <sup>1</sup> note.</p>"
        },
        {
            "lists",
            "<p>Before the list.</p><ul><li>First item</li><li>Second <b>item</b><ol><li>Nested one</li><li>Nested two</li></ol>After nested</li>"
            + "<li><p>Item with</p><p>two paragraphs</p></li></ul><ol><li>Ordered alpha</li><li>Ordered beta</li></ol>"
        },
        {
            "tables",
            "<table><caption>Prices by year</caption><thead><tr><th>Year</th><th>Price</th></tr></thead>"
            + "<tbody><tr><td>2020</td><td>ten <em>euros</em></td></tr><tr><td>2021</td><td>twelve | euros</td></tr></tbody></table>"
            + "<table role='presentation'><tr><td><p>Layout cell one</p></td><td><p>Layout cell two</p></td></tr></table>"
            + "<table><tr><td>Loose words<div>a block inside</div>more words</td><td>other cell</td></tr><tr><td>third</td><td>fourth</td></tr></table>"
        },
        {
            "code",
            "<p>Run this:</p><pre><code>int x = 1;\n  if (x &lt; 2) { print(\"small\"); }</code></pre><p>Inline <code>var y = `tick`</code> code.</p>"
            + "<pre>line one<br>line two<div>line three</div></pre>"
        },
        {
            "figures",
            "<figure><img src='https://example.com/a.jpg' alt='an alt text'><figcaption>The <em>caption</em> of the figure</figcaption></figure>"
            + "<p>Between figures.</p><figure><img src='https://example.com/b.jpg'><p>Text in a figure</p></figure>"
            + "<p><img src='https://example.com/c.jpg' alt='inline image'> text after an image</p>"
        },
        {
            "quotes",
            "<blockquote><p>First quoted paragraph.</p><p>Second <i>quoted</i> paragraph.</p><blockquote>Nested quote words</blockquote></blockquote>"
            + "<blockquote>Loose quoted text</blockquote>"
        },
        {
            "loose text and unwrapped elements",
            "<div>Loose text<br><br>after two breaks<span> and a span</span></div><section><div><div>Deep div words</div></div></section>"
            + "<dl><dt>Term</dt><dd>Definition words</dd></dl><a href='javascript:alert(1)'>unsafe link text</a><p>Markdown *stars* _under_ # hash 1. number</p>"
        },
        {
            "dropped content",
            "<p>Kept words</p><script>var hidden = 1;</script><style>.x{}</style><noscript><img src='https://example.com/n.jpg'></noscript>"
            + "<p>More kept <svg><text>vector</text></svg> words</p><template>template words</template>"
            + "<datalist><option>listed choice</option></datalist><select><option>selected choice</option></select><p>Last <object>fallback</object> words</p>"
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Text_blocks_markdown_and_html_have_the_same_words(string name, string body)
    {
        var article = OutputFixture.Build("<html><body>" + body + "</body></html>");
        var words = Words(article.Text);

        words.Should().NotBeEmpty(name);
        Words(string.Join("\n", article.Blocks.Select(block => block.Text))).Should().Equal(words, "the blocks of \"{0}\" say what the text says", name);
        Words(OutputFixture.RenderMarkdownText(article.ToMarkdown())).Should().Equal(words, "the Markdown of \"{0}\" says what the text says", name);
        Words(OutputFixture.HtmlText(article.Html)).Should().Equal(words, "the HTML of \"{0}\" says what the text says", name);
    }

    [Fact]
    public void Text_input_gives_back_its_paragraphs_through_the_tree()
    {
        string[] paragraphs = ["First paragraph with <b>markup-like</b> text & more.", "Second  paragraph,\twith spaces.", "Third"];
        var article = OutputFixture.BuildText(paragraphs);

        article.Text.Should().Be("First paragraph with <b>markup-like</b> text & more.\n\nSecond paragraph, with spaces.\n\nThird");
        article.Blocks.Select(block => block.Text).Should().Equal("First paragraph with <b>markup-like</b> text & more.", "Second paragraph, with spaces.", "Third");
    }

    [Fact]
    public void The_tree_of_text_paragraphs_gives_them_back_unchanged()
    {
        // The text pipeline's text is its paragraphs; the tree its other outputs are written from is
        // built from them, so its text must be exactly them.
        List<string> paragraphs =
        [
            "Plain words.", "A | cell-like | line", "Markdown *stars*, _underscores_, # hashes and 1. numbers", "<p>tags as text</p> & entities &amp;",
            "Ünïcödé, 中文, العربية, emoji 🙂", "x", new string('w', 5000), "trailing punctuation…",
        ];

        BodyTextWriter.Paragraphs(BodyTreeBuilder.FromParagraphs(paragraphs)).Should().Equal(paragraphs);
        OutputFixture.BuildText([.. paragraphs]).Text.Should().Be(string.Join("\n\n", paragraphs));
    }

    [Fact]
    public void Loose_text_in_a_table_cell_runs_on_in_its_row()
    {
        var article = OutputFixture.Build("<html><body><table><tr><th>Name</th><th>Size</th></tr><tr><td>alpha</td><td>one<div>two</div></td></tr></table></body></html>");

        article.Text.Should().Be("Name | Size\n\nalpha | one\n\ntwo");
        Words(article.Text).Should().Equal("Name", "Size", "alpha", "one", "two");
    }

    [Fact]
    public void A_control_character_separates_words_in_every_output()
    {
        var article = OutputFixture.Build("<html><body><p>you\u0080\u0099re here</p></body></html>");

        Words(article.Text).Should().Equal("you", "re", "here");
        Words(OutputFixture.HtmlText(article.Html)).Should().Equal("you", "re", "here");
        article.Html.Should().NotContain("\u0080");
    }

    private static List<string> Words(string text) => Word().Matches(text).Select(match => match.Value).ToList();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
