using ArticleExtract.Html;
using ArticleExtract.Pipeline;
using ArticleExtract.Profiles;

namespace ArticleExtract.Tests.Profiles;

/// <summary>What the content profiles keep and drop, on pages of our own making.</summary>
public sealed class ProfileContentTests
{
    private static ExtractionContext NewContext() => new(new ExtractionOptions(), null, CancellationToken.None);

    private static string TextLeftByRemoval(string html, ContentProfile profile)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        BoilerplateRemoval.Run(TreeOrder.Of(document.Body!), NewContext(), strict: true, profile.Keeps, profile.Spares);
        return document.Body!.TextContent;
    }

    [Theory]
    [InlineData(PageType.Article)]
    [InlineData(PageType.Forum)]
    public void A_cookie_consent_box_goes_even_when_its_purposes_read_as_prose(PageType type)
    {
        // A consent manager explains each purpose in a long paragraph: three of them read as prose, which
        // protects an article's container, but a box named as a consent notice is never the content.
        const string Purpose = "These cookies are set by the partners of this site to measure how visitors use its pages and to show them "
            + "advertising that suits their interests, across other sites and apps they visit later on.";
        var page = $"""
            <html><body>
            <div id="thread"><div class="post"><p>My tent leaks at the seams after two nights of rain; is seam sealer enough or do I need a new fly?</p></div>
            <div class="post"><p>Seam sealer on the inside of the fly, two thin coats, and let it dry for a day before you pack it.</p></div></div>
            <div id="privacy-consent-sdk"><h2>Your privacy choices</h2><p>{Purpose}</p><p>{Purpose}</p><p>{Purpose}</p><p>{Purpose}</p></div>
            </body></html>
            """;
        var left = TextLeftByRemoval(page, ContentProfile.For(type));
        left.Should().NotContain("These cookies are set").And.NotContain("Your privacy choices");
        left.Should().Contain("Seam sealer on the inside of the fly");
    }

    [Theory]
    [InlineData(PageType.Listing, true)]
    [InlineData(PageType.Article, false)]
    public void A_listings_cards_named_by_their_author_stay(PageType type, bool stays)
    {
        // Blog engines name each entry's author in its classes ("author-jane-doe"), which reads as a byline box.
        var page = """
            <html><body><div id="news">
            <article class="entry hentry author-jane-doe"><h2><a href="/a">Harbour bridge reopens after two years of works</a></h2>
            <p>The bridge carries traffic again from Monday, with a new lane for buses and bicycles on its west side.</p></article>
            <article class="entry hentry author-sam-lee"><h2><a href="/b">Ferry timetable changes in June</a></h2>
            <p>Two early crossings are added on weekdays, and the last boat on Sundays leaves an hour later.</p></article>
            </div></body></html>
            """;
        var left = TextLeftByRemoval(page, ContentProfile.For(type));
        if (stays)
        {
            left.Should().Contain("new lane for buses").And.Contain("last boat on Sundays");
        }
        else
        {
            left.Should().NotContain("last boat on Sundays", "an article's boilerplate removal takes such a card for a byline box");
        }
    }

    [Theory]
    [InlineData(PageType.Product, true)]
    [InlineData(PageType.Article, false)]
    public void A_products_panels_named_as_ads_or_community_stay_when_they_hold_running_text(PageType type, bool stays)
    {
        // Shops name a product's copy block "product-ad-copy" and its questions tab "community": as a word part, an advert and a comment thread.
        var page = """
            <html><body><div id="product"><h1>Trail stove</h1>
            <div class="product-ad-copy"><p>A folding canister stove that weighs ninety grams and boils a litre of water in four minutes, even in wind.</p></div>
            <div class="community-tab"><p>Owners ask whether it fits a small pot: it does, the arms fold out to hold pots from ten to twenty centimetres across.</p></div>
            <div class="ad-slot"><a href="/x">Buy now</a> <a href="/y">Sale</a></div>
            </div></body></html>
            """;
        var left = TextLeftByRemoval(page, ContentProfile.For(type));
        left.Should().NotContain("Buy now", "a block of links named as an advert is still an advert");
        if (stays)
        {
            left.Should().Contain("ninety grams").And.Contain("the arms fold out");
        }
        else
        {
            left.Should().NotContain("the arms fold out", "an article's boilerplate removal takes such a panel for comments");
        }
    }

    [Fact]
    public void A_service_pages_testimonial_named_by_its_author_stays_and_a_short_byline_goes()
    {
        var page = """
            <html><body><div id="page"><h2>What our clients say</h2>
            <div class="testimonial author-card"><p>They moved our whole office to the new network over one weekend, and on Monday every printer simply worked.</p></div>
            <div class="post-author">By Jane Doe</div>
            </div></body></html>
            """;
        var left = TextLeftByRemoval(page, ContentProfile.For(PageType.Service));
        left.Should().Contain("every printer simply worked").And.NotContain("By Jane Doe");
    }

    [Fact]
    public void A_threads_poster_figures_and_post_controls_go_and_the_posters_name_stays()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="thread">
            <article class="message"><div class="message-user"><a class="username">trailhiker</a>
            <dl class="message-userExtras"><dt>Joined</dt><dd>Mar 3, 2019</dd><dt>Messages</dt><dd>1,204</dd></dl></div>
            <div class="message-content"><p>Which stove works best above three thousand metres in the cold?</p></div>
            <div class="message-actionBar"><a>Reply</a> <a>Report</a></div></article>
            <div class="post"><div class="userinfo"><a class="username">ridgewalker</a><div class="userstats">Join Date 2012 Posts 88</div></div>
            <p>A canister stove with a pressure regulator, kept warm in your jacket until you cook.</p>
            <div class="post-buttons"><a>Quote</a></div></div>
            </div>
            """);
        var thread = document.GetElementById("thread")!;
        ProfileTrim.Run(thread, ContentProfile.For(PageType.Forum), NewContext());
        var text = thread.TextContent;
        text.Should().Contain("trailhiker").And.Contain("ridgewalker").And.Contain("Which stove works best").And.Contain("pressure regulator");
        text.Should().NotContain("Joined").And.NotContain("1,204").And.NotContain("Join Date").And.NotContain("Report").And.NotContain("Quote");
    }

    [Fact]
    public void A_threads_poster_titles_edit_notes_quote_citations_and_page_notices_go_and_the_posts_stay()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="thread">
            <article class="message"><div class="message-user"><a class="username">trailhiker</a>
            <h5 class="userTitle">Well-known member</h5><div class="userBanner">Supporter</div></div>
            <div class="message-content"><p>Which stove works best above three thousand metres in the cold?</p>
            <div class="message-lastEdit">Last edited: Sep 26, 2024</div></div></article>
            <div class="post"><a class="username">ridgewalker</a>
            <blockquote class="ipsQuote"><div class="ipsQuote_citation">2 hours ago, trailhiker said:</div></blockquote>
            <p>A canister stove with a pressure regulator, kept warm in your jacket until you cook.</p></div>
            <div class="s-notice"><p>Start asking to get answers</p><p>You must log in to answer this question.</p></div>
            </div>
            """);
        var thread = document.GetElementById("thread")!;
        ProfileTrim.Run(thread, ContentProfile.For(PageType.Forum), NewContext());
        var text = thread.TextContent;
        text.Should().Contain("trailhiker").And.Contain("ridgewalker").And.Contain("Which stove works best").And.Contain("pressure regulator");
        text.Should().NotContain("Well-known member").And.NotContain("Supporter").And.NotContain("Last edited").And.NotContain("Start asking")
            .And.NotContain("said:");
    }

    [Fact]
    public void A_products_carousel_of_other_products_popovers_and_disclaimer_go_and_its_description_stays()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="product">
            <h1>Trail stove 2</h1>
            <div class="product-description"><p>A canister stove with a pressure regulator that keeps its flame steady in the cold and at altitude.</p>
            <ul><li>Weight 88 g</li><li>Boils a litre in three minutes</li></ul></div>
            <span class="price-popover">Price includes VAT, shipping calculated at checkout</span>
            <section class="product-carousel"><h2>You may also like</h2><div>Windscreen for stoves</div><div>Titanium pot set</div></section>
            <div class="swiper-container"><div class="swiper-slide">Fuel canister 230 g</div></div>
            <p class="legal-disclaimer">Images are for illustration only.</p>
            <div class="feedback-prompt">Was this page helpful?</div>
            </div>
            """);
        var product = document.GetElementById("product")!;
        ProfileTrim.Run(product, ContentProfile.For(PageType.Product), NewContext());
        var text = product.TextContent;
        text.Should().Contain("pressure regulator").And.Contain("Weight 88 g");
        text.Should().NotContain("VAT").And.NotContain("Titanium pot").And.NotContain("Fuel canister")
            .And.NotContain("illustration").And.NotContain("helpful");
    }

    [Fact]
    public void A_products_pickers_of_colour_size_and_quantity_go_and_its_description_stays()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="product">
            <h1>Merino crew socks</h1>
            <div class="product-description"><p>Midweight merino socks with a cushioned sole and a seamless toe for long days on your feet.</p></div>
            <div class="color-swatches"><span>Colour: charcoal</span><span>charcoal</span><span>oatmeal</span></div>
            <div class="size-picker"><span>S</span><span>M</span><span>L</span><span>XL</span></div>
            <div class="product-variant-selector"><span>Pack of three</span></div>
            <div class="quantity-input"><span>Quantity 1</span></div>
            </div>
            """);
        var product = document.GetElementById("product")!;
        ProfileTrim.Run(product, ContentProfile.For(PageType.Product), NewContext());
        var text = product.TextContent;
        text.Should().Contain("cushioned sole");
        text.Should().NotContain("oatmeal").And.NotContain("XL").And.NotContain("Pack of three").And.NotContain("Quantity");
    }

    [Fact]
    public void A_questions_and_answers_comments_go_and_a_threads_posts_named_comments_stay()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div id="qa">
            <div class="question js-question"><div class="post-body"><p>Why does my sourdough starter smell of acetone after two days in the fridge?</p></div>
            <div class="comments js-comments-container"><ul><li class="comment">Did you feed it before it went in? – baker12 Commented Mar 3, 2024</li></ul></div></div>
            <div class="answer accepted-answer"><div class="post-body"><p>It is hungry: the yeast makes that smell when the flour runs out, so feed it twice a day for a while.</p></div>
            <div class="comments"><ul><li class="comment">This worked for me too, thanks. – crumb Commented Mar 4, 2024</li></ul></div></div>
            </div>
            <div id="thread"><div id="comments">
            <div class="comment"><p>My starter has a grey liquid on top every morning now; should I pour it off or stir it back in?</p></div>
            <div class="comment"><p>Pour it off if you want a milder loaf, stir it in for a sour one; either way it is harmless.</p></div>
            </div></div>
            """);
        var qa = document.GetElementById("qa")!;
        var thread = document.GetElementById("thread")!;
        ProfileTrim.Run(qa, ContentProfile.For(PageType.Forum), NewContext());
        ProfileTrim.Run(thread, ContentProfile.For(PageType.Forum), NewContext());
        qa.TextContent.Should().Contain("smell of acetone").And.Contain("feed it twice a day");
        qa.TextContent.Should().NotContain("Did you feed it").And.NotContain("worked for me too");
        thread.TextContent.Should().Contain("grey liquid").And.Contain("Pour it off");
    }

    [Fact]
    public void A_threads_region_is_every_post_even_when_one_long_post_holds_most_of_the_text()
    {
        var log = string.Concat(Enumerable.Repeat("ERROR worker 7 failed to start: the configuration file could not be read from disk. ", 30));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"""
            <html><body><div id="thread">
            <div class="post"><p>After the update my server stops at start-up; here is the log.</p><pre>{log}</pre></div>
            <div class="post"><p>Check the file's permissions: the update runs the service as another user.</p></div>
            <div class="post"><p>That was it, thank you; it starts again after a chown.</p></div>
            </div></body></html>
            """);
        var body = document.Body!;
        var region = RegionSelection.Run(body, NodeStats.Measure(body), ContentProfile.For(PageType.Forum).Settings);
        region.TextContent.Should().Contain("permissions").And.Contain("chown").And.Contain("After the update");
    }

    [Fact]
    public void A_service_pages_sections_named_as_navigation_stay_when_they_are_prose_and_its_menus_go()
    {
        const string Page = """
            <html><body><div id="page">
            <section><header><h2>Bookkeeping without the shoebox</h2>
            <p>Send us your receipts by photo and we post them to your ledger the same day, checked by a person.</p></header></section>
            <div class="hs_cos_wrapper_widget"><h3>Payroll on time</h3><p>Your team is paid on the last working day of every month, and every payslip is filed for you.</p></div>
            <div class="widget"><a href="/a">Pricing</a> <a href="/b">Careers</a> <a href="/c">Contact us</a> <a href="/d">Our offices in every county</a></div>
            <nav><p>Every service we offer, described here at length for visitors who browse by menu rather than by search.</p></nav>
            </div></body></html>
            """;
        var service = TextLeftByRemoval(Page, ContentProfile.For(PageType.Service));
        service.Should().Contain("Send us your receipts").And.Contain("Payroll on time");
        service.Should().NotContain("Careers", "a block of links is navigation whatever the profile").And.NotContain("browse by menu", "a nav element is navigation");
        TextLeftByRemoval(Page, ContentProfile.For(PageType.Article)).Should().NotContain("Payroll on time", "an article page keeps no block its name calls navigation");
    }

    [Theory]
    [InlineData(PageType.Collection, true)]
    [InlineData(PageType.Listing, true)]
    [InlineData(PageType.Article, false)]
    public void A_cards_title_row_named_as_a_header_stays_on_a_collection_and_the_pages_header_of_links_goes(PageType type, bool stays)
    {
        // A shop names each card's title row "card__header"; its title is a heading inside a link.
        const string Page = """
            <html><body><ul class="results">
            <li class="card"><div class="card__header"><a href="/i/1"><h3>Enamel camping mug, 350 ml</h3></a><span>Brand new</span></div><span class="price">$12.95</span></li>
            <li class="card"><div class="card__header"><a href="/i/2"><h3>Folding steel trivet for stoves</h3></a><span>Used</span></div><span class="price">$7.50</span></li>
            </ul>
            <div class="site-header"><a href="/">Home</a> <a href="/deals">Deals</a> <a href="/help"><h3>Help</h3></a> <a href="/account">Your account and orders</a></div>
            </body></html>
            """;
        var left = TextLeftByRemoval(Page, ContentProfile.For(type));
        left.Should().Contain("$12.95").And.NotContain("Your account", "a header of links with one short heading is still navigation");
        if (stays)
        {
            left.Should().Contain("Enamel camping mug").And.Contain("Folding steel trivet");
        }
        else
        {
            left.Should().NotContain("Enamel camping mug", "an article's boilerplate removal takes a block named header for navigation");
        }
    }

    [Theory]
    [InlineData(PageType.Service, true)]
    [InlineData(PageType.Article, false)]
    public void A_service_pages_figure_captions_are_its_feature_cards(PageType type, bool stays)
    {
        // A landing page writes each feature as an icon with a caption; an article's caption credits its photo.
        const string Page = """
            <html><body><div id="features">
            <figure><img src="/i/speed.svg" alt=""><figcaption>Deploy a model in minutes on our managed servers</figcaption></figure>
            <figure><img src="/i/cost.svg" alt=""><figcaption>Pay for the seconds your model runs, not the idle hours</figcaption></figure>
            <p>Every plan comes with support from the engineers who run the platform, by chat or by phone, on working days.</p>
            </div></body></html>
            """;
        var left = TextLeftByRemoval(Page, ContentProfile.For(type));
        left.Should().Contain("support from the engineers");
        if (stays)
        {
            left.Should().Contain("Deploy a model in minutes").And.Contain("Pay for the seconds");
        }
        else
        {
            left.Should().NotContain("Deploy a model in minutes", "an article's figure caption is an image credit");
        }
    }

    [Theory]
    [InlineData(PageType.Product, true)]
    [InlineData(PageType.Article, false)]
    public void A_products_name_over_its_description_stays_and_an_articles_repeated_headline_goes(PageType type, bool stays)
    {
        var page = """
            <html><body><div id="item">
            <h1>Walnut writing desk with two drawers</h1>
            <p>An oiled walnut top on steel legs, 120 by 60 centimetres, with two drawers that close softly.</p>
            </div></body></html>
            """;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var content = document.GetElementById("item")!;
        var profile = ContentProfile.For(type);
        PostProcessing.Run(content, new ArticleExtract.Metadata.ArticleMetadata { Title = "Walnut writing desk with two drawers" }, NewContext(), profile.Settings.KeepsCardLines, profile.Keeps(BoilerplateKind.Title));
        content.TextContent.Should().Contain("An oiled walnut top");
        content.TextContent.Contains("Walnut writing desk").Should().Be(stays);
    }

    [Theory]
    [InlineData(PageType.Listing, true)]
    [InlineData(PageType.Collection, true)]
    [InlineData(PageType.Article, false)]
    public void A_listings_item_lines_stay_and_an_articles_meta_lines_and_teasers_go(PageType type, bool stays)
    {
        // Each item of a list of articles is a title link, a byline, a date and a blurb: on an
        // article, the same lines are its meta lines and teasers for other pages. An item's date
        // line goes on every page; its score ("9.1") stays with the item.
        var page = """
            <html><body><div id="news">
            <div class="item"><div><a href="/a">Harbour bridge reopens to traffic after two years of works</a></div><div>By Jane Doe</div><div>Dec 17, 2025</div><div>9.1</div>
            <p>The bridge carries traffic again from Monday, with a new lane for buses and bicycles on its west side.</p></div>
            </div></body></html>
            """;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var content = document.GetElementById("news")!;
        PostProcessing.Run(content, new ArticleExtract.Metadata.ArticleMetadata(), NewContext(), ContentProfile.For(type).Settings.KeepsCardLines);
        var left = content.TextContent;
        left.Should().Contain("new lane for buses");
        left.Should().NotContain("Dec 17, 2025", "an item's date line alone is no part of a list");
        if (stays)
        {
            left.Should().Contain("Harbour bridge reopens").And.Contain("By Jane Doe").And.Contain("9.1");
        }
        else
        {
            left.Should().NotContain("Harbour bridge reopens").And.NotContain("By Jane Doe").And.NotContain("Dec 17, 2025");
        }
    }

    [Theory]
    [InlineData(PageType.Listing, true)]
    [InlineData(PageType.Article, false)]
    public void A_listings_feed_in_a_container_named_for_its_ads_stays_and_an_ad_slot_goes(PageType type, bool stays)
    {
        // A news section's feed sits in a container named for the adverts set between its cards.
        var page = """
            <html><body><div id="section">
            <div class="intro"><p>Our city desk follows the works on the harbour, the ferries and the trams, and reports every change to the timetables and the routes.</p>
            <p>Residents can write to the desk with questions about roadworks, closures and diversions near their homes, and we answer in a weekly column.</p></div>
            <div class="container--section-more-ads"><div class="feed">
            <article><h2><a href="/a">Harbour bridge reopens after two years of works</a></h2><p>The bridge carries traffic again from Monday, with a new bus lane.</p></article>
            <article><h2><a href="/b">Ferry timetable changes in June</a></h2><p>Two early crossings are added on weekdays, and a later boat on Sundays.</p></article>
            <article><h2><a href="/c">Tram line extended to the hospital</a></h2><p>Four new stops open in the autumn, with trams every eight minutes.</p></article>
            </div></div>
            <div class="ad-slot"><h3><a href="/x">Cheap flights to the sun</a></h3><p>Book today and save on your summer holiday abroad.</p></div>
            </div></body></html>
            """;
        var left = TextLeftByRemoval(page, ContentProfile.For(type));
        left.Should().NotContain("Cheap flights", "an ad slot with one heading is an advert");
        if (stays)
        {
            left.Should().Contain("Harbour bridge reopens").And.Contain("Tram line extended");
        }
        else
        {
            left.Should().NotContain("Tram line extended");
        }
    }

    [Theory]
    [InlineData(PageType.Service, true)]
    [InlineData(PageType.Article, false)]
    public void A_service_pages_faq_questions_in_their_toggle_buttons_stay_and_other_buttons_go(PageType type, bool stays)
    {
        // An FAQ shows each question as the button that opens its answer.
        var page = """
            <html><body><main>
            <button aria-expanded="false">Menu</button>
            <div class="faq"><button aria-expanded="false" aria-controls="a1">How long does a network survey take?</button>
            <div id="a1"><p>A survey of a small office takes one day, and the report follows within the week.</p></div>
            <button type="submit">Send the form</button></div>
            </main></body></html>
            """;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var profile = ContentProfile.For(type);
        Preparation.PrepareInPlace(document, null, profile.HiddenRevealer, profile.Settings.KeepsToggles);
        var body = document.Body!;
        body.TextContent.Should().Contain("A survey of a small office").And.NotContain("Menu").And.NotContain("Send the form");
        if (stays)
        {
            body.TextContent.Should().Contain("How long does a network survey take?");
            body.GetElementsByTagName("button").Should().BeEmpty("a kept toggle becomes a block of text");
        }
        else
        {
            body.TextContent.Should().NotContain("How long does a network survey take?");
        }
    }
}
