namespace ArticleExtract.Tests.Text;

/// <summary>
/// Documentation in text mode writes its section headings with their permalink mark ("Providers#"):
/// the short list under such a heading is the document's, though some entries are share names
/// ("Facebook", "Twitter") or names the footer repeats ("GitHub"), and the sections after it stay.
/// </summary>
public sealed class AnchoredSectionTests
{
    private static readonly string[] Menu = ["Docs", "Guides", "Reference", "Pricing", "Blog", "GitHub", "Discord"];

    private static readonly string[] Footer = ["Edit this page", "© 2024 Lantern Labs. All rights reserved.", "GitHub", "Discord", "Twitter"];

    private static readonly string[] Intro =
    [
        "Lantern Sign-In lets the people who use your app create an account and come back to it later. We give you a client library and a small set of endpoints to manage those accounts.",
        "Every account lives in your own database, in a schema of its own, so that you can join it to your tables and write the rules that say who may read which rows.",
        "Sign-In can ask a third party to vouch for a person instead of a password. The sections below list the third parties that it can work with today.",
    ];

    private static readonly string[] Providers = ["Atlassian", "Facebook", "Figma", "GitHub", "Gitea", "Keycloak", "Mastodon", "Twitter", "Zulip"];

    private const string Billing =
        "Every person who signs in during a month counts as one active user of that month, and the first ten thousand active users of each month are free of charge for every project. Beyond them, each further active user is billed at the end of the month, and the bill lists them by the way they signed in.";

    private static Article Parse(IEnumerable<string> blocks) =>
        ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(blocks));

    [Fact]
    public void The_list_under_an_anchored_heading_and_the_section_after_it_stay()
    {
        var article = Parse([.. Menu, "Sign-In", "Overview#", .. Intro, "Providers#", .. Providers, "Billing#", Billing, .. Footer]);

        article.Text.Should().Contain(Intro[0]).And.Contain(Intro[2]);
        article.Text.Should().Contain("Facebook", "a provider of the list, not a sharing button").And.Contain("Mastodon");
        article.Text.Should().Contain(Billing, "the section after the list belongs to the document too");
    }

    [Fact]
    public void Share_buttons_under_a_plain_heading_stay_out()
    {
        // No permalink mark: the same names under a plain heading are still buttons to share the page.
        var article = Parse([.. Menu, "Sign-In", .. Intro, "Share", "Facebook", "Twitter", "LinkedIn", "Email", .. Footer]);

        article.Text.Should().Contain(Intro[2]);
        article.Text.Should().NotContain("Facebook");
    }
}
