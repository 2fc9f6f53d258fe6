namespace ArticleExtract.Tests.Text;

/// <summary>
/// The author box under an article in text mode ("Jane Roe", "Contributing Writer", "Jane Roe is a
/// writer who ..."): left out of the body, while a name above a paragraph inside the article, or a
/// list of people, stays.
/// </summary>
public sealed class AuthorBoxTests
{
    private static readonly string[] Menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"];

    private static readonly string[] Footer = ["About Us", "Privacy Policy", "Terms of Use", "© 2024 Harbour Times. All rights reserved."];

    private const string Bio =
        "Jane Roe is a contributing writer who has covered the harbour towns for twelve years. She lives by the estuary with two dogs and a boat that she never finishes repairing.";

    private static Article Parse(IEnumerable<string> blocks) => ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(blocks));

    [Fact]
    public void The_author_box_after_the_article_is_left_out()
    {
        var article = Parse([.. Menu, TextPageBuilder.Title, .. TextPageBuilder.Body, "Jane Roe", "Contributing Writer", Bio, "Share this article", .. Footer]);

        article.Text.Should().Contain(TextPageBuilder.Body[3]);
        article.Text.Should().NotContain("Jane Roe", "the writer's box is about her, not the article");
        article.Text.Should().NotContain("Contributing Writer");
    }

    [Fact]
    public void A_name_above_a_paragraph_inside_the_article_stays()
    {
        // A caption under a photo names the person the next paragraph speaks of, and the article goes on.
        var body = TextPageBuilder.Body;
        var article = Parse([.. Menu, TextPageBuilder.Title, body[0], body[1], "Jane Roe", Bio, body[2], body[3], .. Footer]);

        article.Text.Should().Contain(Bio);
    }

    [Fact]
    public void A_list_of_people_stays()
    {
        string[] people =
        [
            "Jane Roe", Bio,
            "Sam Poe", "Sam Poe is the harbour master and has run the port for twenty years. He started as an apprentice on the ferries and still sails every weekend.",
            "Ann Lee", "Ann Lee is the port's engineer, in charge of the cranes and the quays. She came to the town from the shipyards in the north ten years ago.",
        ];
        var article = Parse([.. Menu, "Our team", .. people, .. Footer]);

        article.Text.Should().Contain(Bio).And.Contain("Ann Lee is the port's engineer");
    }
}
