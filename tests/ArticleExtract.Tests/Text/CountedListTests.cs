namespace ArticleExtract.Tests.Text;

/// <summary>
/// Lines that end with a count in brackets ("Harbour festival returns (145)") around an article in
/// text mode: the most commented headlines or a blog's categories, left out; a table row with other
/// figures, or a page that has nothing else to read, keeps them.
/// </summary>
public sealed class CountedListTests
{
    private static readonly string[] Menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"];

    private static readonly string[] Footer = ["About Us", "Privacy Policy", "Terms of Use", "© 2024 Harbour Times. All rights reserved."];

    private static readonly string[] MostCommented =
    [
        "Mayor says the new library will open on time after all (185)",
        "Harbour festival returns after two years with a bigger stage (148)",
        "Ferry operators agree on a common ticket for the estuary (145)",
        "Old warehouses on the quay could become homes, study finds (142)",
    ];

    private static Article Parse(IEnumerable<string> blocks) => ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(blocks));

    [Fact]
    public void The_most_commented_headlines_inside_the_article_are_left_out()
    {
        // A sidebar the scraper saved between two paragraphs.
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, body[0], body[1], .. MostCommented, body[2], body[3], .. Footer]);

        article.Text.Should().Contain(body[0]).And.Contain(body[3]);
        article.Text.Should().NotContain("(145)", "a headline with its comment count links to another article");
    }

    [Fact]
    public void Categories_with_counts_on_a_page_without_prose_stay()
    {
        string[] categories = ["Knives (12)", "Lanterns (7)", "Water Bottles (31)", "Camping Items (18)", "Trekking Poles (4)"];
        var article = Parse([.. Menu, "Shop by category", .. categories, .. Footer]);

        article.Text.Should().Contain("Water Bottles (31)");
    }
}
