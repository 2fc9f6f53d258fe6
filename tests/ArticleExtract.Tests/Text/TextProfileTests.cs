namespace ArticleExtract.Tests.Text;

/// <summary>Page types in text mode and their content profiles: recall first, the frame left out.</summary>
public sealed class TextProfileTests
{
    private static readonly string[] Menu = ["Home", "Products", "Forums", "Help Center", "Sign in", "Contact Us", "Careers"];

    private static readonly string[] Footer = ["About Us", "Privacy Policy", "Terms of Use", "© 2024 Harbour Forums. All rights reserved."];

    private static Article Parse(IEnumerable<string> blocks) => ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(blocks));

    [Fact]
    public void A_news_page_is_an_article()
    {
        var article = Parse(TextPageBuilder.Blocks());

        article.PageType.Should().Be(PageType.Article);
        article.PageTypeConfidence.Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void Lines_of_code_inside_an_article_stay_in_the_body()
    {
        // Short lines without stopwords used to cut the article's run in two: they are kept now, as nothing marks them as boilerplate.
        string[] code = ["SELECT name, COUNT(id)", "FROM users", "GROUP BY name;"];
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, body[0], body[1], .. code, body[2], body[3], .. Footer]);

        article.Text.Should().Be(string.Join("\n\n", [body[0], body[1], .. code, body[2], body[3]]));
    }

    [Fact]
    public void Lines_with_brackets_alone_do_not_make_a_page_documentation()
    {
        // "Cava (Spain)" has two code marks and no stopword, but no statement's mark (";", "{", "=").
        string[] wines = ["Champagne (France)", "Cava (Spain)", "Prosecco (Italy)", "Cremant (France)", "Sekt (Germany)"];
        var article = Parse([.. Menu, "Sparkling wines", "Our shop stocks these wines:", .. wines, .. Footer]);

        article.PageType.Should().NotBe(PageType.Documentation);
        article.Text.Should().Contain("Cava (Spain)");
    }

    [Fact]
    public void A_thread_keeps_every_post_and_leaves_out_the_action_rows()
    {
        string[] posts =
        [
            "My old projector has served me well for ten years, but the lamp is getting dim and I wonder what to buy next.",
            "I went from the same model to a newer one last year. It is brighter and much quieter.",
            "Have you looked at the short throw models? They fit a small room better.",
            "Thanks, I had not thought of that. I will look at them this weekend.",
        ];
        string[] thread =
        [
            .. Menu, "Replacement projector recommendations",
            "josephf", "#1 · Jan 3, 2024", posts[0], "Reply Quote Like",
            "bud16415", "#2 · Jan 3, 2024", posts[1], "Reply Quote Like",
            "reddig", "#3 · Jan 4, 2024", posts[2], "Reply Quote Like",
            "josephf", "#4 · Jan 4, 2024", posts[3], "Reply Quote Like",
            .. Footer,
        ];

        var article = Parse(thread);

        article.PageType.Should().Be(PageType.Forum);
        foreach (var post in posts)
        {
            article.Text.Should().Contain(post);
        }

        article.Text.Should().NotContain("Reply Quote Like").And.NotContain("Privacy Policy").And.NotContain("Help Center");
    }

    [Fact]
    public void A_listing_keeps_every_card_though_none_is_prose()
    {
        string[] cards =
        [
            "1. Harbour Lights (W21) is hiring engineers for its data platform (harbour.io)", "17 hours ago",
            "2. Ferry Works (S20) is hiring a security engineer in Lisbon (ferryworks.com)", "1 day ago",
            "3. Quay Tools (F25) is hiring an engineering lead for its mobile team (quay.dev)", "2 days ago",
            "4. Lantern Labs (W24) is hiring deployment leads across Europe (lantern.ai)", "3 days ago",
        ];

        var article = Parse([.. Menu, "These are jobs at harbour startups, updated every day.", .. cards, .. Footer]);

        article.PageType.Should().NotBe(PageType.Article);
        foreach (var card in cards)
        {
            article.Text.Should().Contain(card);
        }

        article.Text.Should().NotContain("Careers").And.NotContain("Terms of Use");
    }

    [Fact]
    public void A_related_list_inside_an_article_is_left_out_and_the_article_goes_on_after_it()
    {
        string[] teasers = ["New bus lines planned for the north bank", "Harbour festival returns after two years"];
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, body[0], body[1], "Related articles", .. teasers, body[2], body[3], .. Footer]);

        article.Text.Should().Be(string.Join("\n\n", body));
    }

    [Fact]
    public void A_card_that_shows_its_link_is_content_and_a_bare_address_is_not()
    {
        string[] cards =
        [
            "Harbour Skills Centre Evening courses in welding and electrics for adults https://harbourskills.example.org",
            "Quay Learning Hub English classes and job coaching for newcomers https://quayhub.example.org/classes",
            "Lantern Youth Trust Paid apprenticeships for young people leaving care https://lantern.example.org",
        ];
        string[] intro =
        [
            "The city funds the training providers listed below, and each of them offers its courses free of charge to residents.",
            "Job seekers should contact the providers directly to ask about places, dates and what they need to bring along.",
        ];

        var article = Parse([.. Menu, "Job training resources", .. intro, .. cards, "https://city.example.org/training", .. Footer]);

        foreach (var card in cards)
        {
            article.Text.Should().Contain(card);
        }

        article.Text.Should().NotContain("https://city.example.org/training");
    }

    [Fact]
    public void A_consent_banner_in_prose_is_a_cookie_notice()
    {
        const string Banner = "We and our 312 partners store and access personal data, like browsing data or unique identifiers, on your device. Selecting accept all gives your consent, and you can change your preferences at any time.";
        var article = Parse([.. TextPageBuilder.Blocks(), Banner]);

        article.Text.Should().NotContain("partners");
        article.Boilerplate.Should().Contain(b => b.Text == Banner && b.Kind == BoilerplateKind.CookieNotice);
    }

    /// <summary>The three posts of the thread pages below (a question and two answers).</summary>
    private static readonly string[] LaptopPosts =
    [
        "Has anyone tried running the old release on a laptop from this year? The wireless card is my worry.",
        "It works here, but I had to build the driver from the ports tree first. Suspend works too.",
        "Same for me, though the battery lasts an hour less than it does on the other system.",
    ];

    [Fact]
    public void Numbered_posts_mark_a_thread_without_action_rows()
    {
        var posts = LaptopPosts;
        string[] thread =
        [
            .. Menu, "Old release on a new laptop?",
            "piizog", "#1", posts[0], "mer", "#2", posts[1], "tingo", "#3", posts[2], .. Footer,
        ];

        var article = Parse(thread);

        article.PageType.Should().Be(PageType.Forum);
        foreach (var post in posts)
        {
            article.Text.Should().Contain(post);
        }
    }

    [Fact]
    public void Post_numbers_with_a_timestamp_mark_a_thread()
    {
        // "#1 2024-08-03 10:59:47" is seven words by count, all figures: a post number all the same.
        var posts = LaptopPosts;
        string[] thread =
        [
            .. Menu, "Old release on a new laptop?",
            "#1 2024-08-03 10:59:47", "piizog", posts[0], "#2 2024-08-03 14:22:38", "mer", posts[1],
            "#3 2024-08-04 02:41:51", "tingo", posts[2], .. Footer,
        ];

        Parse(thread).PageType.Should().Be(PageType.Forum);
    }

    private static readonly string[] LongFirstPost =
    [
        "We moved into a small cabin on the farm last spring, and after a full year of living in it we have learned a great deal about what works and what does not when six people share a very small space.",
        "The good parts first: the house costs little to heat, it takes an hour to clean, and the family spends its evenings together because there is nowhere else to go. The children have adapted well and like their tiny rooms.",
        "The bad parts are real too: there is one bathroom for five girls, the kitchen holds one cook at a time, and every smell and every noise reaches every corner of the house within a minute, day and night.",
        "All in all we would do it again, but anyone who plans the same move should think hard about storage, about the kitchen, and about where each person can go to be alone for an hour when the house feels crowded.",
    ];

    [Theory]
    [InlineData("Posts: 4958", "Posts: 133", "Posts: 2630")]
    [InlineData("posted 6 years ago", "posted 6 years ago", "posted 5 years ago")]
    public void A_long_first_post_signed_as_forums_sign_posts_is_one_post_of_the_thread(string first, string second, string third)
    {
        // The first post holds most of the page's prose: with the forum's bylines under each post
        // ("Posts: 4958", "posted 6 years ago") the replies are the page's content too.
        var replies = LaptopPosts;
        string[] thread =
        [
            .. Menu, "A year in a tiny house", "travis", first, .. LongFirstPost,
            "brad", second, replies[0] + " " + replies[1], "anne", third, replies[1] + " " + replies[2],
            "mer", second, replies[2], .. Footer,
        ];

        var article = Parse(thread);

        article.PageType.Should().Be(PageType.Forum);
        article.Text.Should().Contain(LongFirstPost[0]).And.Contain(replies[0]).And.Contain(replies[2]);
    }

    [Fact]
    public void Lines_of_code_a_guide_repeats_stay_in_its_body()
    {
        // "server {" appears in each example: a line of code, not a menu entry the page repeats.
        string[] guide =
        [
            .. Menu, "Serving static files",
            "This guide shows how to serve the files of a small site from one directory, and how to send the requests for pictures to another one. Each step changes the configuration file and reloads it, and each one is explained with an example that you can copy into your own file before you try it on the server.",
            "First, open the configuration file and add a server block that listens on the usual port:",
            "server {", "listen 80;", "}",
            "Then add a location block for the pictures, so that their requests are answered from their own directory:",
            "server {", "location /files/ {", "root /data;", "}", "}",
            "Reload the configuration after every change. The new settings take effect at once, and the requests that are already running finish with the old ones, so nobody who is reading the site notices the change.",
            .. Footer,
        ];

        var text = Parse(guide).Text;

        text.Should().Contain("server {\n\nlisten 80;").And.Contain("server {\n\nlocation /files/ {");
        text.Should().Contain("Reload the configuration after every change.").And.NotContain("Privacy Policy");
    }

    [Fact]
    public void A_short_introduction_above_a_long_list_is_the_list_page()
    {
        // The introduction holds all the page's prose, but only a small share of its words: the list is the content.
        string[] intro =
        [
            "We have split our catalogue into sections to make it easier for you to find the parts you need for your boat, your trailer or your workshop.",
            "If you do not see the part you are looking for in these pages, please call our shop at any time of the day and one of our staff will help you find it.",
            "Would you rather have a printed copy? Write to us with your address and we will send one to you by post within a week.",
        ];
        string[] names =
        [
            "Hinges", "Latches", "Gas springs", "Drawer slides", "Trims and gaskets", "Bumpers and grommets", "Fenders", "Hand rails", "Vents", "Forgings",
            "Tie downs", "Strut channel", "Door hardware", "Castings", "Sealants", "Abrasives", "Clamps", "Compression latches", "Cam locks", "Draw latches",
            "Cable ties", "Rope and chain", "Anchors", "Fairleads", "Cleats", "Winches", "Pulleys", "Shackles", "Swivels", "Turnbuckles",
        ];
        string[] sections =
        [
            .. names.Select((name, i) => $"Pages {(i + 1) * 10}-{((i + 1) * 10) + 9} - {name} for boats"),
            .. names.Select((name, i) => $"Pages {((i + 1) * 10) + 400}-{((i + 1) * 10) + 409} - {name} for trailers"),
        ];

        var article = Parse([.. Menu, "Our catalogue", .. intro, .. sections, .. Footer]);

        article.PageType.Should().NotBe(PageType.Article);
        article.Text.Should().Contain(intro[0]).And.Contain(sections[0]).And.Contain(sections[^1]).And.NotContain("Privacy Policy");
    }

    [Fact]
    public void A_ranking_keeps_every_card_between_its_repeated_actions()
    {
        string[] names = ["Harbourline", "Quayside", "Tidewater", "Lighthouse", "Breakwater", "Slipway", "Mooring", "Anchorage"];
        string[] scores = ["9.1", "8.8", "8.4", "7.9", "7.9", "7.6", "7.2", "6.8"];
        var page = new List<string>(Menu) { "Top ranked ferry booking tools", "See how the top tools rank by their score." };
        for (var i = 0; i < names.Length; i++)
        {
            page.AddRange([$"{i + 1}.", names[i], scores[i], "Compare"]);
        }

        var article = Parse([.. page, .. Footer]);

        foreach (var name in names)
        {
            article.Text.Should().Contain(name);
        }

        article.Text.Should().Contain("8.4").And.NotContain("Compare").And.NotContain("Privacy Policy").And.NotContain("Help Center");
    }

    [Fact]
    public void A_menu_with_a_button_after_every_group_is_no_list_of_cards()
    {
        string[] groups = ["Grantees", "Explore the Video Library", "Board Governance", "Research and Data", "Press Room", "Careers at the Council"];
        var page = new List<string>();
        foreach (var group in groups)
        {
            page.AddRange([group, "Open submenu"]);
        }

        var article = Parse([.. page, .. TextPageBuilder.Body, .. Footer]);

        article.Text.Should().NotContain("Board Governance").And.NotContain("Open submenu");
        article.Text.Should().Contain(TextPageBuilder.Body[0]);
    }
}
