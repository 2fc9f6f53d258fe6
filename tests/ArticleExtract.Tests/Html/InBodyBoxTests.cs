using static ArticleExtract.Tests.Html.HarbourStory;

namespace ArticleExtract.Tests.Html;

/// <summary>
/// Boxes inside the article's body recognised by their shape (Html/InBodyBoxes), on pages of our
/// own making: a region copied once per layout, a hover card of links over a name, a column of
/// links to other articles.
/// </summary>
public sealed class InBodyBoxTests
{
    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void A_region_repeated_once_per_layout_is_kept_once()
    {
        var region = $"<h2>The vote</h2><p>{Lead}</p><p>{Second}</p><h2>What comes next</h2><p>{Third}</p><p>{Fourth}</p>";
        var html = Page(
            "<article>" +
            $"<div class='variant desktop'>{region}</div>" +
            $"<div class='variant tablet'>{region}</div>" +
            $"<div class='variant phone'>{region}</div>" +
            "</article>");

        var text = ArticleExtractor.Parse(html).Text;

        Occurrences(text, Lead).Should().Be(1);
        Occurrences(text, Fourth).Should().Be(1);
    }

    [Fact]
    public void A_paragraph_the_author_repeats_stays_twice()
    {
        var html = Page($"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p><p>{Lead}</p></article>");

        var text = ArticleExtractor.Parse(html).Text;

        Occurrences(text, Lead).Should().Be(2);
    }

    [Fact]
    public void A_hover_card_of_headlines_inside_a_sentence_goes_and_the_name_stays()
    {
        const string Card =
            "<span class='card'><span><img src='/p.jpg' alt=''><a href='/people/jane-doe'>Jane Doe</a>" +
            "<a href='/a/1'>Budget talks stall as ministers argue over the harbour fund and the rail line</a> " +
            "<a href='/a/2'>Jane Doe calls for an inquiry into the ferry contracts awarded last year</a> " +
            "<a href='/people/jane-doe'>MORE</a></span></span>";
        var html = Page(
            "<article>" +
            $"<p>The motion was put forward by councillor <span class='person'><a href='/people/jane-doe'>Jane Doe</a>{Card}</span> (Labour), who chairs the transport committee.</p>" +
            $"<p>{Lead}</p><p>{Second}</p><p>{Third}</p>" +
            "</article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain("councillor Jane Doe (Labour), who chairs the transport committee.");
        text.Should().NotContain("Budget talks stall").And.NotContain("MORE");
    }

    [Fact]
    public void A_sentence_with_several_links_and_words_between_them_stays()
    {
        const string Sources =
            "The figures come from <span><a href='/a'>the council's report</a>, <a href='/b'>the transport survey</a> and <a href='/c'>last year's census</a></span> published in May.";
        var html = Page($"<article><p>{Lead}</p><p>{Sources}</p><p>{Second}</p><p>{Third}</p></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain("the council's report, the transport survey and last year's census");
    }

    [Fact]
    public void A_paragraph_that_is_a_column_of_links_to_other_articles_goes()
    {
        const string Column =
            "<p><a href='/news/1'>Ferry operators warn of higher fares after the harbour vote</a> [VIDEO]<br>" +
            "<a href='/news/2'>What the new bridge means for your commute, explained in full</a> [ANALYSIS]<br>" +
            "<a href='/news/3'>Council leader faces questions over the cost of the consultation</a> [REACTION]</p>";
        var html = Page($"<article><p>{Lead}</p><p>{Second}</p>{Column}<p>{Third}</p><p>{Fourth}</p></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Second).And.Contain(Third);
        text.Should().NotContain("Ferry operators warn").And.NotContain("[ANALYSIS]");
    }

    [Fact]
    public void A_paragraph_with_one_link_and_a_line_break_stays()
    {
        const string Address =
            "<p>Written submissions can be sent to the council offices until the end of the month, or handed in at any library.<br>" +
            "<a href='/consultation'>Read the consultation papers</a></p>";
        var html = Page($"<article><p>{Lead}</p>{Address}<p>{Second}</p><p>{Third}</p></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain("Written submissions can be sent").And.Contain("Read the consultation papers");
    }
    [Fact]
    public void An_embedded_post_quoted_in_the_article_stays_though_its_author_and_date_are_links()
    {
        const string Post =
            "<div><blockquote><p>Bridge. Again. Really. <a href='https://example.com/p/1'>https://example.com/p/1</a></p>" +
            "— Sam Ferryman (<a href='https://example.com/sam'>@samferryman</a>) <a href='https://example.com/sam/1'>November 19, 2019</a></blockquote></div>";
        var html = Page($"<article><p>{Lead}</p><p>{Second}</p>{Post}<p>{Third}</p><p>{Fourth}</p></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain("Bridge. Again. Really.").And.Contain("Sam Ferryman");
        text.Should().Contain(Third);
    }
    [Fact]
    public void A_region_copied_into_another_wrapper_is_kept_once()
    {
        var region = $"<h2>The vote</h2><p>{Lead}</p><p>{Second}</p><p>{Third}</p>";
        var html = Page(
            "<article>" +
            $"<div class='wide'><div class='column'><div class='text'>{region}</div><p>Reporting by the harbour desk.</p></div></div>" +
            $"<div class='narrow'><div class='text'>{region}</div></div>" +
            $"<p>{Fourth}</p>" +
            "</article>");

        var text = ArticleExtractor.Parse(html).Text;

        Occurrences(text, Lead).Should().Be(1);
        Occurrences(text, Third).Should().Be(1);
        text.Should().Contain(Fourth);
    }
}
