using ArticleExtract.Text;

namespace ArticleExtract.Tests.Text;

/// <summary>The text mode's learned title choice (stage 8): its shipped model, its features, and the rule it falls back to.</summary>
public sealed class TitleModelTests
{
    private const string Headline = "Ten ways to grow tomatoes in a small garden";

    private static readonly string[] Body =
    [
        "Tomatoes do well in pots and narrow beds as long as they get six hours of sun a day. Choose a compact variety, give each plant a stake, and water the soil rather than the leaves so that the plants stay healthy through the summer.",
        "A layer of straw around the stems keeps the soil moist and stops the lower leaves from touching wet earth. Feed the plants every two weeks once the first flowers appear, and pick the fruit as soon as it colours so that the plant sets more.",
        "In a small garden it also pays to grow tomatoes up a trellis against a warm wall, where the stones give back the heat of the day in the evening, and to plant basil between them, which many gardeners say keeps the pests away.",
    ];

    [Fact]
    public void The_shipped_title_model_was_trained_on_the_features_the_library_computes()
    {
        // A change to TitleFeatures without training the model again leaves the library on the rule alone.
        TitleModel.Shared.Trees.Should().NotBeNull();
        TitleModel.Shared.Trees!.Features.Should().Equal(TitleFeatures.Names);
    }

    [Fact]
    public void Each_candidate_has_one_value_per_feature()
    {
        var (candidates, _) = TitleTrainingHook.CandidatesOf(Page());

        candidates.Should().NotBeEmpty();
        candidates.Should().OnlyContain(c => c.Features.Length == TitleFeatures.Names.Count);
        candidates.Select(c => c.Line).Should().Contain(Headline);
    }

    [Fact]
    public void The_headline_is_the_title_not_the_breadcrumb_that_ends_in_it()
    {
        var article = ArticleExtractor.Parse(Page());

        article.Title.Should().Be(Headline);
        article.Text.Should().Be(string.Join("\n\n", Body));
    }

    [Fact]
    public void A_model_trained_on_other_features_is_not_used_and_the_rule_decides()
    {
        var stale = TitleModel.FromModel("classes title\nfeatures something else\nclass title -1 0 0\ntree 1\nleaves 0\n");
        stale.Trees.Should().BeNull();

        var (blocks, words, bodyStart) = TitleTrainingHook.Stages(Page());
        var rule = TitleFinder.RulePick(TitleFinder.Read(blocks, words, bodyStart, TextRules.Shared));

        rule.Should().BeGreaterThanOrEqualTo(0);
        TitleFinder.Find(blocks, words, bodyStart, TextRules.Shared, stale).Should().Be(rule);
    }

    [Fact]
    public void A_page_without_candidate_lines_has_no_title()
    {
        var article = ArticleExtractor.Parse(string.Join("\n\n", Body));

        article.Title.Should().BeNull();
        article.Text.Should().Be(string.Join("\n\n", Body));
    }

    /// <summary>Menu, a breadcrumb ending in the headline, the headline, a byline, the body, a footer.</summary>
    private static string Page() => TextPageBuilder.WithBlankLines(
    [
        "Home", "Gardening", "Recipes", "About us",
        "Home › Gardening › " + Headline,
        Headline,
        "By Anna Berg",
        .. Body,
        "© 2025 Garden Notes. All rights reserved.",
    ]);
}
