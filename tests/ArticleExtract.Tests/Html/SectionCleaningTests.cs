using static ArticleExtract.Tests.Html.HarbourStory;

namespace ArticleExtract.Tests.Html;

/// <summary>
/// Stage 7's cleaning inside the chosen body on pages of our own making: what makes a block of
/// the article a block of links, and what keeps a section of the article that has links in it.
/// </summary>
public sealed class SectionCleaningTests
{
    private const string Links =
        "<ul><li><a href='/a'>Minutes of the council meeting of the fourth of March</a></li>" +
        "<li><a href='/b'>Engineering survey of the harbour bridge, second edition</a></li>" +
        "<li><a href='/c'>Budget of the harbour works for the next three years</a></li>" +
        "<li><a href='/d'>Letters from residents about the bridge and its traffic</a></li></ul>";

    [Fact]
    public void A_section_with_a_paragraph_of_its_own_stays_though_most_of_its_text_is_links()
    {
        var html = Page(
            $"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p>" +
            $"<div class='section'><h2>The documents</h2><p>{Fourth}</p>{Links}</div></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.Contain(Fourth);
    }

    [Fact]
    public void Cards_that_are_each_one_link_go_though_they_hold_an_excerpt()
    {
        const string Excerpt = "Ferry operators asked the council for a firm timetable and for help with the trade they lost while lorries stayed away.";
        var html = Page(
            $"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p>" +
            $"<div class='more'><a href='/x'><span>Ferries want a timetable</span><p>{Excerpt}</p></a>" +
            "<a href='/y'><span>Bridge closed to lorries</span></a></div></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.NotContain(Excerpt);
    }

    [Fact]
    public void A_checklist_with_shops_linked_in_some_items_stays()
    {
        var html = Page(
            $"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p><h3>What to bring</h3>" +
            "<ul><li><a href='/shop/coat'>Waterproof rain jacket</a></li><li>Thermos flask of hot tea</li>" +
            "<li><a href='/shop/boots'>Walking boots</a> with a good grip for the mud</li>" +
            "<li><a href='/shop/map'>Folding map of the harbour and its quays</a></li></ul></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain("Thermos flask of hot tea").And.Contain("Folding map of the harbour");
    }

    [Fact]
    public void A_list_of_headlines_each_a_link_with_its_date_goes()
    {
        var html = Page(
            $"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p>" +
            "<ul><li><a href='/1'>Harbour bridge closed to lorries after cracks are found</a> 2 May</li>" +
            "<li><a href='/2'>Ferry operators count the cost of the bridge closure</a> 9 May</li>" +
            "<li><a href='/3'>Council delays its decision on the harbour bridge again</a> 1 June</li></ul></article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.NotContain("Ferry operators count");
    }

    [Fact]
    public void A_block_named_a_header_that_holds_the_standfirst_stays_when_the_headline_stands_elsewhere()
    {
        var html = Page(
            "<h1>Council votes to rebuild the harbour bridge</h1>" +
            $"<div class='content'><section class='story-header'><div class='intro'><p>{Lead}</p></div></section>" +
            $"<p>{Second}</p><p>{Third}</p><p>{Fourth}</p></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().StartWith(Lead).And.Contain(Fourth);
    }

    [Fact]
    public void A_page_header_of_links_still_goes()
    {
        var html = Page(
            "<div class='site-header'><p><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a> <a href='/weather'>Weather</a></p></div>" +
            $"<h1>Council votes to rebuild the harbour bridge</h1><div class='content'><p>{Lead}</p><p>{Second}</p><p>{Third}</p></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().StartWith(Lead).And.NotContain("Weather");
    }
}
