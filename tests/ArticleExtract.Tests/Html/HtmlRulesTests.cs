using ArticleExtract.Html;

namespace ArticleExtract.Tests.Html;

/// <summary>The data file of the HTML stages' class/id and tag rules: its sets, its numbers and its errors.</summary>
public sealed class HtmlRulesTests
{
    [Fact]
    public void Every_number_the_html_stages_read_is_in_the_shipped_file()
    {
        foreach (var name in new[]
                 {
                     "MinInsideTokenLength", "MaxNameLength", "MaxNamePrefixLength", "ClassWeight", "MarkedBodyBonus", "MinParagraphLength", "AncestorDepth",
                     "CharactersPerPoint", "MaxLengthPoints", "ParentDivider", "GrandparentDivider", "LevelDivider",
                     "MaxMetaLineLength", "MaxMetaLineWords", "MaxLabelLength", "MinNameWords", "MaxNameWords", "MaxAgencyLength",
                     "MaxDateLineLength", "MaxPromptLength", "MinRepeatLength", "LeadingBlocksForTitle", "MinTitleCoverage",
                     "MinTeaserLength", "MinTeaserLinkShare",
                 })
        {
            HtmlRules.Shared.Number(name).Should().BePositive(name);
        }
    }

    [Fact]
    public void The_shipped_file_names_body_containers_embeds_hidden_text_and_tag_scores()
    {
        HtmlRules.Shared.ContentNames.Should().Contain("article");
        HtmlRules.Shared.EmbedNames.Should().Contain("tweet");
        HtmlRules.Shared.HiddenClassNames.Should().Contain("sr-only");
        HtmlRules.Shared.TagScores.Should().Contain("div", 5).And.Contain("h2", -5);
        HtmlRules.Shared.TagScores.Should().NotContainKey("span");
    }

    [Fact]
    public void A_name_number_or_tag_given_twice_or_an_unknown_set_is_a_format_error()
    {
        var nameTwice = () => HtmlRules.Parse("@name content\nbody\nBody\n");
        var numberTwice = () => HtmlRules.Parse("@number traits\nA 1\nA 2\n");
        var tagTwice = () => HtmlRules.Parse("@tag-score 5\ndiv\n@tag-score 3\ndiv\n");
        var badScore = () => HtmlRules.Parse("@tag-score many\ndiv\n");
        var unknown = () => HtmlRules.Parse("@colour red\nred\n");
        var missingGroup = () => HtmlRules.Parse("@name content\nbody\n");

        nameTwice.Should().Throw<FormatException>();
        numberTwice.Should().Throw<FormatException>();
        tagTwice.Should().Throw<FormatException>();
        badScore.Should().Throw<FormatException>();
        unknown.Should().Throw<FormatException>();
        missingGroup.Should().Throw<FormatException>();
    }

    [Fact]
    public void An_unknown_number_is_a_clear_error() =>
        FluentActions.Invoking(() => HtmlRules.Shared.Number("NoSuchThreshold")).Should().Throw<KeyNotFoundException>();
}
