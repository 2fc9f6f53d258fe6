using AngleSharp.Html.Parser;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The one walk the metadata readers share finds what their former queries found (same order,
/// same attribute and token rules), and the byline's single walk answers as its two searches did.
/// </summary>
public sealed class PageScanTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void The_scan_collects_what_the_selectors_selected_in_document_order()
    {
        var document = Parse("""
            <html><head><base target="_blank"><base href="/root/"><link rel="alternate" href="/a"><link rel="stylesheet
            canonical" href="/canonical"><meta name="a" content="1"><script type=" Application/LD+JSON ">{}</script><script>x</script></head>
            <body><div role="main"><article><p><time datetime="2020-01-01">x</time></p><span itemprop="articleBody author">y</span></article>
            <time datetime="2021-01-01">z</time><main><h2>b</h2><h1>a</h1><img src="i.jpg"><meta name="b" content="2"></main></div></body></html>
            """);
        var scan = PageScan.Of(document);
        var selectorMetas = document.QuerySelectorAll("meta");

        scan.Metas.Should().Equal(selectorMetas);
        scan.JsonLdScripts.Should().ContainSingle();
        scan.ItemPropElements.Should().Equal(document.QuerySelectorAll("[itemprop]"));
        scan.ArticleBodies.Single.Should().BeSameAs(document.QuerySelector("[itemprop~=articleBody]"));
        scan.Mains.Count.Should().Be(2);
        scan.Articles.Single.Should().BeSameAs(document.QuerySelector("article"));
        scan.CanonicalLink!.GetAttribute("href").Should().Be("/canonical");
        scan.BaseElement!.GetAttribute("href").Should().Be("/root/");
        scan.H1sAndH2s.Should().Equal(document.QuerySelectorAll("h1, h2"));
        scan.H1s.Should().ContainSingle();
        scan.Images.Should().Equal(document.Images);
        scan.Times.Select(t => t.InArticle).Should().Equal(true, false);
    }

    [Fact]
    public void A_token_is_a_whole_whitespace_separated_word()
    {
        PageScan.HasToken("stylesheet\tcanonical", "canonical").Should().BeTrue();
        PageScan.HasToken("noncanonical", "canonical").Should().BeFalse();
        PageScan.HasToken("Canonical", "canonical").Should().BeFalse();
        PageScan.HasToken(null, "canonical").Should().BeFalse();
    }

    [Fact]
    public void A_byline_outside_headers_wins_over_an_earlier_one_in_a_header()
    {
        var document = Parse("""
            <html><body><div class="site-header"><span class="byline">By Header Person</span></div>
            <div class="sidebar"><span class="author">By Sidebar Person</span></div>
            <article><p class="byline">By Jane Doe</p></article></body></html>
            """);
        BylineElement.Find(document, MetadataVocabulary.Shared).Should().Be("By Jane Doe");
    }

    [Fact]
    public void A_byline_in_a_header_is_taken_when_there_is_none_elsewhere()
    {
        var document = Parse("""
            <html><body><div class="sidebar"><span class="author">By Sidebar Person</span></div>
            <header class="page-header"><span class="byline">By Header Person</span></header>
            <article><p>Text.</p></article></body></html>
            """);
        BylineElement.Find(document, MetadataVocabulary.Shared).Should().Be("By Header Person");
    }

    [Theory]
    [InlineData("<div id=x>  \n <b> By </b> Jane <i>Doe</i>\t</div>")]
    [InlineData("<div id=x>   </div>")]
    [InlineData("<div id=x><!-- c -->a<script>var s = 1;</script> b </div>")]
    public void The_trimmed_text_length_is_that_of_the_text_content(string html)
    {
        var element = Parse(html).GetElementById("x")!;
        BylineElement.TrimmedTextLength(element, 100).Should().Be(element.TextContent.Trim().Length);
    }

    [Fact]
    public void The_trimmed_text_length_stops_at_the_cap()
    {
        var element = Parse("<div id=x> " + new string('a', 500) + " </div>").GetElementById("x")!;
        BylineElement.TrimmedTextLength(element, 100).Should().Be(100);
    }

    [Fact]
    public void Meta_keys_are_normalised_whether_or_not_they_need_it()
    {
        var scan = PageScan.Of(Parse("""
            <html><head><meta property="OG:Title" content="Upper"><meta name="dcterms.creator" content=" Jane "><meta property="og:description og:article:author" content="Both">
            <meta http-equiv="Content-Language" content="fr"><meta name="keywords" content="a"><meta name="keywords" content="b"></head></html>
            """));
        var meta = MetaTags.Read(scan);
        meta["og:title"].Should().Be("Upper");
        meta["dc:creator"].Should().Be("Jane");
        meta["og:description"].Should().Be("Both");
        meta["article:author"].Should().Be("Both");
        meta["content-language"].Should().Be("fr");
        meta.All("keywords").Should().Equal("a", "b");
    }
}
