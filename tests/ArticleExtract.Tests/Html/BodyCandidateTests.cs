using static ArticleExtract.Tests.Html.HarbourStory;

namespace ArticleExtract.Tests.Html;

/// <summary>
/// The body candidates and their arbiter, and the general failure causes they fix, on pages of
/// our own making: streamed segments, an article split over sibling containers, teasers that
/// are not a continuation, a marked main element outscored by a banner, checklists, component
/// prefixes and conditionally invisible copies.
/// </summary>
public sealed class BodyCandidateTests
{
    [Fact]
    public void A_streamed_segment_sent_hidden_for_a_script_to_move_into_place_is_content()
    {
        var html = Page(
            "<div class='shell'><!--$?--><template id='B:0'></template><p>Loading</p><!--/$--></div>" +
            $"<div hidden id='S:0'><article><p>{Lead}</p><p>{Second}</p><p>{Third}</p></article></div>" +
            "<script>$RC('B:0','S:0')</script>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.Contain(Second).And.Contain(Third);
    }

    [Fact]
    public void A_streamed_segment_takes_its_placeholders_place_before_the_text_that_follows_it()
    {
        // The segment comes after the footer; the script moves it between the headline and the closing paragraphs.
        var html = Page(
            $"<main><h1>Harbour works</h1><template id='B:0'></template><p>{Fourth}</p><p>{Fifth}</p></main>" +
            "<footer><p>About us, contact, careers, press, privacy policy and terms of service.</p></footer>" +
            $"<div hidden id='S:0'><p>{Lead}</p><p>{Second}</p><p>{Third}</p></div>" +
            "<script>$RC('B:0','S:0')</script>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.Contain(Fourth);
        text.IndexOf(Lead, StringComparison.Ordinal).Should().BeLessThan(text.IndexOf(Fourth, StringComparison.Ordinal));
        text.IndexOf(Third, StringComparison.Ordinal).Should().BeLessThan(text.IndexOf(Fourth, StringComparison.Ordinal));
    }

    [Fact]
    public void The_script_names_the_placeholder_a_segment_goes_to_when_their_numbers_differ()
    {
        // S:1 goes to B:0, as the script says, not to B:1 (a later boundary whose segment never came).
        var html = Page(
            $"<main><h1>Harbour works</h1><template id='B:0'></template><p>{Fourth}</p><p>{Fifth}</p><template id='B:1'></template></main>" +
            $"<div hidden id='S:1'><p>{Lead}</p><p>{Second}</p><p>{Third}</p></div>" +
            "<script>$RC(\"B:0\",\"S:1\")</script>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.Contain(Fifth);
        text.IndexOf(Lead, StringComparison.Ordinal).Should().BeLessThan(text.IndexOf(Fourth, StringComparison.Ordinal));
    }

    [Fact]
    public void A_streamed_segment_without_a_placeholder_stays_where_it_is()
    {
        var html = Page(
            $"<main><h1>Harbour works</h1><p>{Fourth}</p><p>{Fifth}</p></main>" +
            $"<div hidden id='S:0'><p>{Lead}</p><p>{Second}</p><p>{Third}</p></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead);
        text.IndexOf(Fifth, StringComparison.Ordinal).Should().BeLessThan(text.IndexOf(Lead, StringComparison.Ordinal));
    }

    [Fact]
    public void A_hidden_element_that_is_no_streamed_segment_stays_out()
    {
        var html = Page(
            $"<article><p>{Lead}</p><p>{Second}</p><p>{Third}</p></article>" +
            $"<div hidden id='S:menu'><p>{Fourth}</p></div><div hidden id='panel'><p>{Fifth}</p></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.NotContain(Fourth).And.NotContain(Fifth);
    }

    [Fact]
    public void An_article_split_over_sibling_containers_is_kept_whole()
    {
        // Lead and body sit in wrappers of their own, one level apart, around an advertisement.
        var html = Page(
            "<div class='layout'>" +
            $"<div class='grid-item'><div class='lead-block'><p>{Lead}</p><p>{Second}</p></div></div>" +
            "<div class='slot-ad'>Advertisement</div>" +
            $"<div class='grid-item wide'><div class='column'><div class='body-text'><p>{Third}</p><p>{Fourth}</p></div></div></div>" +
            "<div class='slot-ad'>Advertisement</div>" +
            $"<div class='grid-item'><div class='more-text'><p>{Fifth}</p><p>{Lead.Replace("Tuesday", "Monday")}</p></div></div>" +
            "</div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().StartWith(Lead).And.Contain(Second).And.Contain(Third).And.Contain(Fifth);
        text.Should().NotContain("Advertisement");
    }

    [Fact]
    public void The_marked_main_element_wins_over_a_banner_that_outscores_it()
    {
        const string Banner =
            "An official website of the state: a lock, or https, means you have connected safely, securely, privately, and you may share sensitive information, forms, payments, records, and documents on it, as on every official, secure, and trusted website.";
        var html = Page(
            $"<section class='gov-notice'><div><div><p>{Banner}</p></div></div></section>" +
            "<div role='main'><table><tr>" +
            $"<td><div><div><p>{Lead}</p></div></div></td>" +
            $"<td><div><div><p>{Second}</p></div></div></td>" +
            $"<td><div><div><p>{Third}</p></div></div></td>" +
            "</tr></table></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.Contain(Second).And.Contain(Third);
        text.Should().NotContain("official website");
    }

    [Fact]
    public void A_checklist_of_sentences_with_a_link_in_it_is_kept()
    {
        var html = Page(
            "<article>" +
            $"<p>{Lead}</p><p>{Second}</p>" +
            "<div class='cf'><ul>" +
            "<li>Check the ferry timetable before the works begin, since crossings will be cut to four a day during the summer months.</li>" +
            "<li>Read the <a href='/plan'>council's plan</a> and send your comments on the designs before the consultation closes in March.</li>" +
            "<li>Ask your councillor about the compensation scheme for the shops on the quay that will lose trade while the road is shut.</li>" +
            "</ul></div>" +
            $"<p>{Third}</p>" +
            "</article>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain("Check the ferry timetable").And.Contain("council's plan").And.Contain("compensation scheme");
    }

    [Fact]
    public void Blocks_named_with_a_component_library_prefix_are_not_taken_for_consent_notices()
    {
        var html = Page(
            "<div class='cmp-container'>" +
            $"<div class='cmp-text'><p>{Lead}</p><p>{Second}</p></div>" +
            "<div class='cmp-image'><img src='https://example.com/bridge.jpg' alt=''></div>" +
            $"<div class='cmp-text'><p>{Third}</p><p>{Fourth}</p></div>" +
            "</div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Lead).And.Contain(Fourth);
    }

    [Fact]
    public void A_conditionally_invisible_copy_of_the_article_is_not_counted_twice()
    {
        var html = Page(
            "<div class='main'>" +
            $"<div class='layout-open'><div class='rte'><p>{Lead}</p><p>{Second}</p><p>{Third}</p></div></div>" +
            $"<div class='layout-gated w-condition-invisible'><div class='rte'><p>{Lead}</p><p>{Second}</p><p>{Third}</p></div></div>" +
            "</div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Be($"{Lead}\n\n{Second}\n\n{Third}");
    }
}
