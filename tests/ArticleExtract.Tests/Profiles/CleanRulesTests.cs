using ArticleExtract.Html;
using ArticleExtract.Pipeline;
using ArticleExtract.Profiles;

namespace ArticleExtract.Tests.Profiles;

/// <summary>The rules of stage 7 a profile runs when it does not clean (profiles.txt "clean-also"), on pages of our own making.</summary>
public sealed class CleanRulesTests
{
    private const string ServicePage = """
        <html><body><div id="content">
        <div class="promo"><h2>Boiler servicing</h2><p>Our engineers service every make of gas boiler, check its flue and its pressure, and leave a written report.</p></div>
        <p>We cover the whole county, weekdays and Saturdays, and answer every call within the hour, whatever the weather.</p>
        <div class="more"><ul><li><a href="/a">Plumbing</a></li><li><a href="/b">Heating</a></li><li><a href="/c">Drainage</a></li><li><a href="/d">Bathrooms</a></li></ul></div>
        </div></body></html>
        """;

    private static string TextLeftBy(CleanRules rules)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ServicePage);
        var content = document.GetElementById("content")!;
        Cleaning.Run(content, new ExtractionContext(new ExtractionOptions(), null, CancellationToken.None), rules);
        return content.TextContent;
    }

    [Fact]
    public void A_list_of_links_goes_and_an_offer_named_promo_stays_under_the_service_profile()
    {
        var rules = ContentProfile.For(PageType.Service).Settings.CleanRules;
        rules.Should().HaveFlag(CleanRules.LinkedLists).And.HaveFlag(CleanRules.Debris);
        rules.Should().NotHaveFlag(CleanRules.NamedBoilerplate);
        var left = TextLeftBy(rules);
        left.Should().NotContain("Drainage");
        left.Should().Contain("Our engineers service every make").And.Contain("whole county");
    }

    [Fact]
    public void Without_the_rule_the_list_of_links_stays()
    {
        TextLeftBy(CleanRules.None).Should().Contain("Drainage");
        TextLeftBy(CleanRules.All).Should().NotContain("Our engineers service every make", "an article's cleaning drops a block named promo");
    }

    [Fact]
    public void Clean_also_adds_rules_only_when_clean_is_off()
    {
        const string Defaults = """
            @defaults all
            selection article
            region-share 0.75
            region-like-blocks 0
            main-share 0.25
            clean yes
            trim-max-share 0.3
            json-ld-description no
            description-min-words 8
            description-present-share 0.6
            navigation-prose no
            navigation-prose-min-length 50
            navigation-prose-max-link-density 0.2
            card-titles no
            card-title-max-length 200
            card-title-min-heading-share 0.6
            card-lines no
            feed-min-headings 3
            toggles no

            """;
        var profiles = ContentProfile.Parse(Defaults + "@profile forum\nclean no\nclean-also linked-lists\nclean-also debris\n\n@profile listing\nclean no\n");
        profiles[PageType.Forum].Settings.CleanRules.Should().Be(CleanRules.LinkedLists | CleanRules.Debris);
        profiles[PageType.Listing].Settings.CleanRules.Should().Be(CleanRules.None);
        profiles[PageType.Article].Settings.CleanRules.Should().Be(CleanRules.All);
        var unknown = () => ContentProfile.Parse(Defaults + "@profile forum\nclean-also everything\n");
        unknown.Should().Throw<FormatException>();
    }
}
