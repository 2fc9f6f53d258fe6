namespace ArticleExtract.Tests.Output;

/// <summary>
/// Filter-evasion vectors (after the OWASP XSS filter evasion cheat sheet) placed inside an ordinary
/// article: the article's own text survives (all the parser leaves of it: some vectors are unclosed
/// on purpose, as in the cheat sheet) and nothing live reaches the HTML or the Markdown.
/// </summary>
public sealed class XssVectorTests
{
    private const string Before = "Before the vector, the first paragraph of the article tells its story.";
    private const string After = "After the vector, the article goes on with its second paragraph.";

    public static TheoryData<string> Vectors => new()
    {
        "<script>alert('XSS')</script>",
        "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"https://ok.example/a.png\" onerror=\"alert(1)\" onload=alert(2) style=\"x:expression(alert(3))\">",
        "<svg onload=alert(1)><text>svg text</text></svg>",
        "<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">long entities</a>",
        "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29\">hex entities</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">newline</a>",
        "<a href=\"jav&#x0D;ascript:alert(1)\">carriage return</a>",
        "<a href=\"jav&Tab;ascript:alert(1)\">named tab</a>",
        "<a href=\"jav&NewLine;ascript:alert(1)\">named newline</a>",
        "<a href=\" &#14;  javascript:alert(1)\">control and spaces</a>",
        "<a href=\"java\0script:alert(1)\">nul</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">upper case</a>",
        "<a href=\"javas&#99;ript:alert(1)\">one entity</a>",
        "<a href=\"vbscript:msgbox(1)\">vbscript</a>",
        "<a href=\"VBScript:msgbox(1)\">vbscript mixed case</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
        "<a href=\"DATA:text/html,<script>alert(1)</script>\">data upper case</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<img src=\"x\" data-src=\"javascript:alert(1)\" srcset=\"javascript:alert(1) 2x\">",
        "<iframe src=\"javascript:alert(1)\">iframe text</iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"><param name=x value=y>object text</object>",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<applet code=\"javascript:alert(1)\">applet</applet>",
        "<base href=\"javascript:alert(1)//\">",
        "<form action=\"javascript:alert(1)\"><input type=submit value=go><button formaction=javascript:alert(1)>Press</button></form>",
        "<isindex action=javascript:alert(1) type=submit value=click>",
        "<style>@import 'http://xss.rocks/xss.css';</style>",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><ul><li>item</li></ul>",
        "<div style=\"width: expression(alert('XSS'));\">styled text</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1);\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=alert(1)&gt;\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert(1) src>\">",
        "<table background=\"javascript:alert(1)\"><tr><td>cell one</td><td>cell two</td></tr><tr><td>cell three</td><td>cell four</td></tr></table>",
        "<a href=\"https://ok.example/\" onclick=\"alert(1)\" onmouseover=alert(2) style=\"color:red\" target=_blank>ok link</a>",
        "<a href=\"https://ok.example/&quot;onmouseover=&quot;alert(1)\">quote in href</a>",
        "<img alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" title='\"><svg onload=alert(1)>' src=\"https://ok.example/i.png\">",
        "<p title=\"&quot; onmouseover=&quot;alert(1)\" class=x id=y>titled paragraph</p>",
        "<xmp><script>alert(1)</script></xmp>",
        "<textarea><script>alert(1)</script></textarea>",
        "<template><script>alert(1)</script></template>",
        "<details open ontoggle=alert(1)>details text</details>",
        "<video><source onerror=\"alert(1)\"></video><audio src=x onerror=alert(1)></audio>",
        "<td colspan=\"99999\" rowspan=\"-1\">stray cell</td>",
        "<table><tr><td colspan=\"2\" rowspan=\"javascript:alert(1)\">a</td></tr><tr><td>b</td><td>c</td></tr></table>",
        "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
        "<marquee onstart=alert(1)>marquee</marquee>",
        "<blink>blink</blink><custom-element onclick=alert(1)>custom</custom-element>",
        "<a href=\"//evil.example/path\">protocol relative</a>",
        "<a href=\"\\\\evil.example\\path\">backslashes</a>",
        "<a href=\"http://ok.example/a b\">space in url</a>",
        "<h1 onclick=alert(1)>heading</h1><pre onclick=alert(1)><script>alert(1)</script>code</pre>",
    };

    private static string Page(string vector) =>
        $"<!DOCTYPE html><html><head><title>Story</title></head><body><article><p>{Before}</p>{vector}<p>{After}</p></article></body></html>";

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Nothing_live_reaches_the_html_and_the_article_text_survives(string vector)
    {
        foreach (var baseUrl in new[] { null, new Uri("https://news.example/2024/story.html") })
        {
            var article = OutputFixture.Build(Page(vector), baseUrl, selector: "article");
            SafeHtmlAssertions.Problems(article.Html).Should().BeEmpty("vector {0} must not leave anything live (base {1}); html:\n{2}", vector, baseUrl, article.Html);
            article.Html.Should().Contain(Before);
            if (article.Text.Contains(After, StringComparison.Ordinal))
            {
                // Some unclosed vectors make the parser swallow what follows; whatever the text keeps, the HTML keeps.
                article.Html.Should().Contain(After);
            }

            OutputFixture.HtmlWords(article.Html).Should().Equal(HtmlTrees.Words(article.Text));
            article.Html.Should().NotContainAny(["<script", "<style", "<svg", "<math", "<iframe", "<form", "<object", "<embed", "<base", "<meta", "<noscript", "<template"]);
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void The_full_extraction_writes_safe_html(string vector)
    {
        var article = ArticleExtractor.Parse(Page(vector));
        SafeHtmlAssertions.Problems(article.Html).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Markdown_links_and_images_point_only_to_http_urls(string vector)
    {
        var article = OutputFixture.Build(Page(vector), new Uri("https://news.example/"), selector: "article");
        var rendered = OutputFixture.RenderMarkdown(article.ToMarkdown());
        var body = HtmlTrees.Parse(rendered);
        foreach (var element in body.QuerySelectorAll("a, img"))
        {
            var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
            url.Should().MatchRegex("^https?://", "vector {0} gave {1}", vector, element.OuterHtml);
        }

        body.QuerySelectorAll("script, style, iframe, svg, math, object, embed, form").Should().BeEmpty();
        article.ToMarkdown().Should().Contain(Before[..20]);
        OutputFixture.MarkdownWords(article.ToMarkdown()).Should().Equal(HtmlTrees.Words(article.Text));
    }

    [Fact]
    public void Javascript_links_are_unwrapped_and_their_text_kept()
    {
        var article = OutputFixture.Build(Page("<p>Click <a href=\"jav&#x09;ascript:alert(1)\">this text</a> now.</p>"));
        var paragraph = HtmlTrees.Parse(article.Html).QuerySelectorAll("p")[1];
        paragraph.InnerHtml.Should().Be("Click this text now.");
    }

    [Fact]
    public void Attribute_values_are_encoded()
    {
        var article = OutputFixture.Build(Page("<img alt='\"><script>x</script>' src=\"https://ok.example/a.png?x=1&y=2\">"));
        article.Html.Should().Contain("alt=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"");
        article.Html.Should().Contain("src=\"https://ok.example/a.png?x=1&amp;y=2\"");
    }
}
