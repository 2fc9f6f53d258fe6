namespace ArticleExtract.Tests.Html;

/// <summary>The HTML body extraction on small pages of our own: what stays, in which order, and what goes.</summary>
public sealed class HtmlPipelineTests
{
    private const string Paragraph1 =
        "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted for more than ten years.";

    private const string Paragraph2 =
        "Engineers said the new bridge would carry twice as much traffic, and that work could begin in the spring if the budget holds.";

    private const string Paragraph3 =
        "Residents who spoke at the meeting were divided, with some worried about noise and others about the cost to local taxpayers.";

    private const string Paragraph4 =
        "The mayor promised a public consultation before any contract is signed, and said the first designs would be shown in March.";

    private static string Page(string body, string title = "Council votes to rebuild the harbour bridge") =>
        $"<html><head><title>{title}</title></head><body>{body}</body></html>";

    [Fact]
    public void Navigation_aside_share_bar_and_related_list_are_removed_and_reported()
    {
        var html = Page(
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>" +
            "<article><h1>Council votes to rebuild the harbour bridge</h1>" +
            "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>" +
            $"<p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p>" +
            "<div class='related-articles'><h3>Related articles</h3><ul><li><a href='/a'>Bridge costs soar again</a></li><li><a href='/b'>Harbour traffic at record high</a></li></ul></div>" +
            "</article>" +
            "<aside><h3>Most read</h3><p>Another story that is not part of this article at all, about something else.</p></aside>" +
            "<footer>Copyright 2024 The Harbour Gazette</footer>");

        var article = ArticleExtractor.Parse(html);

        article.Text.Should().Be($"{Paragraph1}\n\n{Paragraph2}\n\n{Paragraph3}");
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Navigation && b.Text.Contains("Sport"));
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Share && b.Text.Contains("Facebook"));
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Related && b.Text.Contains("Bridge costs soar"));
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Footer && b.Text.Contains("Copyright"));
    }

    [Fact]
    public void Table_list_and_quote_text_is_kept_in_reading_order()
    {
        var html = Page(
            "<article>" +
            $"<p>{Paragraph1}</p>" +
            "<ul><li>First point of the plan, which is about the deck.</li><li>Second point of the plan, about the piers.</li></ul>" +
            $"<blockquote><p>{Paragraph2}</p></blockquote>" +
            "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>40 million</td></tr></table>" +
            $"<p>{Paragraph3}</p>" +
            "</article>");

        var text = ArticleExtractor.Parse(html).Text;

        var order = new[] { Paragraph1, "First point of the plan", "Second point of the plan", Paragraph2, "Year | Cost", "2025 | 40 million", Paragraph3 };
        var positions = order.Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToArray();
        positions.Should().NotContain(-1, "every block is kept: {0}", text);
        positions.Should().BeInAscendingOrder();
    }

    [Fact]
    public void An_article_split_over_two_containers_is_kept_whole()
    {
        var html = Page(
            "<div class='page'>" +
            "<section class='story-part'>" + $"<p>{Paragraph1}</p><p>{Paragraph2}</p>" + "</section>" +
            "<div class='ad-slot'><span>Advertisement</span></div>" +
            "<figure><img src='bridge.jpg'><figcaption>The old bridge at dawn. Photo: J. Smith</figcaption></figure>" +
            "<section class='story-part'>" + $"<p>{Paragraph3}</p><p>{Paragraph4}</p>" + "</section>" +
            "</div>" +
            "<div class='sidebar'><p>Weather: sunny, 21 degrees, light wind from the west all afternoon.</p></div>");

        var article = ArticleExtractor.Parse(html);

        article.Text.Should().Be($"{Paragraph1}\n\n{Paragraph2}\n\n{Paragraph3}\n\n{Paragraph4}");
    }

    [Fact]
    public void The_title_byline_and_date_are_not_repeated_in_the_body()
    {
        var html = Page(
            "<article><h1>Council votes to rebuild the harbour bridge</h1>" +
            "<p>By Jane Doe</p><p>November 19, 2019 10:42 AM</p>" +
            $"<p>{Paragraph1}</p><h2>What happens next</h2><p>{Paragraph2}</p><p>{Paragraph3}</p></article>");

        var article = ArticleExtractor.Parse(html);

        article.Text.Should().Be($"{Paragraph1}\n\nWhat happens next\n\n{Paragraph2}\n\n{Paragraph3}");
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Title);
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Byline && b.Text == "By Jane Doe");
    }

    [Fact]
    public void Hidden_elements_and_a_comment_thread_are_left_out()
    {
        var html = Page(
            "<article>" +
            $"<p>{Paragraph1}</p><p style='display: none'>This hidden sentence must never reach the extracted text.</p>" +
            $"<p>{Paragraph2}</p><p hidden>Nor must this one, hidden by attribute.</p><p>{Paragraph3}</p></article>" +
            "<div id='comments'><p>I think the bridge is a terrible idea and the council should be ashamed of itself.</p>" +
            "<p>The old bridge was fine for my grandparents and it is fine for me, thank you very much.</p></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Be($"{Paragraph1}\n\n{Paragraph2}\n\n{Paragraph3}");
    }

    [Fact]
    public void A_hidden_wrapper_that_holds_the_whole_page_is_shown_but_hidden_parts_inside_it_still_go()
    {
        // A fade-in wrapper: the page's script shows it once loaded. A hidden dialog beside it and a
        // hidden note inside it stay hidden.
        var html = Page(
            "<div class='cookie-dialog' style='display:none'><p>We use cookies to improve this site, and you can change your choices at any time.</p></div>" +
            "<div style='visibility: hidden; min-height: 100vh'><article>" +
            $"<p>{Paragraph1}</p><p>{Paragraph2}</p><p style='display:none'>This hidden sentence must never reach the extracted text.</p>" +
            $"<p>{Paragraph3}</p><p>{Paragraph4}</p><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p><p>{Paragraph4}</p></article></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().Contain(Paragraph1).And.Contain(Paragraph4);
        text.Should().NotContain("hidden sentence").And.NotContain("cookies");
    }

    [Fact]
    public void A_page_hidden_from_assistive_technology_behind_a_dialog_stays_hidden()
    {
        // aria-hidden hides the page behind a dialog, which shows its own text; the page is not shown.
        var html = Page(
            $"<div aria-hidden='true'><article><p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p><p>{Paragraph4}</p>" +
            $"<p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p><p>{Paragraph4}</p></article></div>" +
            "<div role='dialog'><p>The dialog's own story is about the ferry timetable, which changes in the first week of June this year.</p></div>");

        var text = ArticleExtractor.Parse(html).Text;

        text.Should().NotContain(Paragraph1);
    }

    [Fact]
    public void A_link_hidden_only_from_assistive_technology_is_shown_but_other_aria_hidden_elements_go()
    {
        // A card links its blurb to its story a second time with aria-hidden, so a screen reader skips the repeat; the page shows it.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><body><article class='card'><h2><a href='/s'>Harbour bridge reopens</a></h2>" +
            "<p><a href='/s' aria-hidden='true' tabindex='-1'>The bridge carries traffic again from Monday, with a lane for buses.</a></p>" +
            "<span aria-hidden='true'>arrow_forward</span></article></body></html>");

        ArticleExtract.Html.Preparation.PrepareInPlace(document);

        document.Body!.TextContent.Should().Contain("lane for buses").And.NotContain("arrow_forward");
    }

    [Fact]
    public void A_list_of_teaser_cards_and_a_newsletter_prompt_inside_the_article_are_removed()
    {
        var html = Page(
            "<div class='main'>" +
            $"<p>{Paragraph1}</p><p>{Paragraph2}</p><p>{Paragraph3}</p>" +
            "<p>Get the latest news in your inbox every morning. Sign up for our free newsletter.</p>" +
            "<div class='cards'>" +
            "<div><a href='/a'><h4>Ferry prices to rise again next year</h4></a><p>The operator blames fuel.</p></div>" +
            "<div><a href='/b'><h4>New cycle lane opens on the quay</h4></a><p>It runs for two miles.</p></div>" +
            "<div><a href='/c'><h4>Harbour festival draws record crowds</h4></a><p>Over 40,000 came.</p></div>" +
            "</div></div>");

        var article = ArticleExtractor.Parse(html);

        article.Text.Should().Be($"{Paragraph1}\n\n{Paragraph2}\n\n{Paragraph3}");
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Newsletter);
        article.Boilerplate.Should().Contain(b => b.Kind == BoilerplateKind.Related && b.Text.Contains("Ferry prices"));
    }

    [Fact]
    public void A_very_deeply_nested_page_is_read_without_recursion()
    {
        const int Depth = 2_000;
        var html = string.Concat(Enumerable.Repeat("<div>", Depth)) + $"<p>{Paragraph1}</p><p>{Paragraph2}</p>" +
            string.Concat(Enumerable.Repeat("</div>", Depth));

        var article = ArticleExtractor.Parse(Page(html));

        article.Text.Should().Contain(Paragraph1).And.Contain(Paragraph2);
    }

    [Fact]
    public void The_callers_page_is_read_without_a_crash_when_it_has_no_body_text()
    {
        ArticleExtractor.Parse("<html><body><nav><a href='/'>Home</a></nav></body></html>").Text.Should().BeEmpty();
    }

    [Fact]
    public void A_noscript_image_fallback_survives_preparation_and_gives_the_image_its_source()
    {
        var html = Page(
            "<article><h1>Council votes to rebuild the harbour bridge</h1>" +
            $"<p>{Paragraph1}</p><figure><img src='data:image/gif;base64,AAAA'><noscript><img src='https://site.example/bridge.jpg' alt='The bridge'></noscript></figure>" +
            $"<p>{Paragraph2}</p><p>{Paragraph3}</p><p>{Paragraph4}</p>" +
            "<noscript><p>Please enable JavaScript to see the comments.</p></noscript></article>");

        var article = new ArticleExtractor().Parse(html);

        article.Html.Should().Contain("https://site.example/bridge.jpg");
        article.Text.Should().NotContain("enable JavaScript");
    }
}
