namespace ArticleExtract.Tests.Text;

/// <summary>
/// The consent dialog a scraper saves under a page (its banner, then the settings: labels, toggles and
/// a paragraph for each kind of cookie) is left out in text mode: its paragraphs read as prose and
/// would outweigh the short lines of a listing. An article that speaks of cookies keeps its paragraphs.
/// </summary>
public sealed class ConsentDialogTests
{
    private static readonly string[] Menu = ["Home", "Recipes", "Dinners", "Desserts", "Drinks", "Kitchen Tips", "About Us"];

    private static readonly string[] Recipes =
    [
        "Lemon chicken with roasted potatoes",
        "Slow cooker beef stew with carrots",
        "Creamy mushroom pasta for two",
        "Sheet pan salmon with green beans",
        "Spicy black bean soup with lime",
        "Baked ziti with three cheeses",
        "Honey garlic pork chops in a skillet",
        "Vegetable curry with chickpeas and rice",
        "Grilled shrimp tacos with mango salsa",
        "Classic meatloaf with a tomato glaze",
    ];

    private static readonly string[] Footer = ["Privacy Policy", "Terms of Service", "Contact", "© 2024 Harbour Kitchen. All rights reserved."];

    private const string CountsVisits =
        "These cookies let us count visits and see where our readers come from, so that we can measure and improve how the site performs over time for everyone.";

    private static readonly string[] Dialog =
    [
        "We and our 120 partners use cookies and similar identifiers to store and access information on your device. You can accept or manage your preferences below.",
        "Privacy Preference Center",
        "Accept All",
        "Strictly Necessary Cookies",
        "Always Active",
        "These cookies are needed for the site to work and cannot be switched off. They are usually set only in response to something you do, such as logging in or filling in a form.",
        "Analytics Cookies",
        "Analytics Cookies Off",
        CountsVisits,
        "Advertising Cookies",
        "Advertising Cookies Off",
        "Advertising shown to you on this site may be chosen from the pages you read and the device you use, and may be measured to learn how well it worked for the people who paid for it.",
        "List of Vendors",
        "Confirm My Choices",
    ];

    private static Article Parse(IEnumerable<string> blocks) => ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(blocks));

    [Fact]
    public void A_consent_dialog_under_a_listing_is_left_out()
    {
        var article = Parse([.. Menu, "Dinner Recipes", "Latest recipes", .. Recipes, .. Footer, .. Dialog]);

        article.Text.Should().Contain(Recipes[0]).And.Contain(Recipes[9]);
        article.Text.Should().NotContain(CountsVisits, "the settings of a consent dialog are no content of the page");
    }

    [Fact]
    public void A_consent_dialog_under_a_long_banner_is_left_out()
    {
        const string longBanner =
            "We and our 389 partners store and access personal data, like browsing data or unique identifiers, on your device. " +
            "Selecting Accept All enables tracking technologies to support the purposes shown below, such as measuring how our " +
            "recipes are read and showing advertising that suits you. Selecting Reject All or withdrawing your consent will " +
            "disable them. If trackers are disabled, some content and ads you see may not be as relevant to you. You can resume " +
            "or change your choices at any time by clicking the privacy link at the bottom of every page on this site, where " +
            "you will also find the full list of our partners.";
        var article = Parse([.. Menu, "Dinner Recipes", "Latest recipes", .. Recipes, .. Footer, longBanner, .. Dialog[1..]]);

        article.Text.Should().Contain(Recipes[0]).And.Contain(Recipes[9]);
        article.Text.Should().NotContain(CountsVisits, "a banner too long to be recognised on its own still opens the dialog its settings confirm");
    }

    [Fact]
    public void An_article_that_speaks_of_cookies_keeps_its_paragraphs()
    {
        string[] body =
        [
            "The regional court ruled on Monday that a shop may not keep a shopper's data for longer than a year without asking again, a decision that could change how many websites work.",
            "Lawyers for the shop had argued that the cookies it sets are needed to remember what is in a basket. The judges agreed for those, but not for the cookies that follow a shopper to other sites.",
            "Consumer groups welcomed the ruling. They said that most people click the first button they see and never read what their privacy settings mean, so the law has to protect them by default.",
            "The shop said it would appeal. Until the higher court decides, it will ask every visitor again after twelve months, and it will show a shorter notice that names each of its partners.",
        ];
        var article = Parse([.. Menu, "Court limits how long shops may keep data", "By Jane Doe", .. body, .. Footer]);

        foreach (var paragraph in body)
        {
            article.Text.Should().Contain(paragraph);
        }
    }
}
