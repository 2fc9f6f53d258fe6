namespace ArticleExtract.Tests.Text;

/// <summary>
/// The cards of a listing in text mode (a job board: title, age, company, terms, pay, place and the
/// "View Company Profile" every card repeats): a card that lists many short fields (the thirty
/// countries a job is open to) reads as a menu, but amid the cards it does not split the listing.
/// </summary>
public sealed class ListingCardTests
{
    private static readonly string[] Menu = ["Find Jobs", "Companies", "Post a job", "Sign in", "About", "Blog", "Help"];

    private static readonly string[] Footer = ["Privacy Policy", "Terms of Service", "Contact", "© 2024 Harbour Jobs. All rights reserved."];

    private static readonly string[] Countries =
    [
        "Albania", "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland",
        "France", "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta",
        "Netherlands", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland",
    ];

    private static string[] Card(string title, int days, string company, string place) =>
        [title, $"{days}d", company, "Full-Time", "Senior level", place, "View Company Profile"];

    [Fact]
    public void A_card_with_many_short_fields_does_not_split_the_listing()
    {
        string[] page =
        [
            .. Menu, "Remote Programming Jobs",
            .. Card("Senior Software Engineer for payments", 3, "Harbour Labs", "Anywhere in the World"),
            .. Card("Backend Developer with Go experience", 5, "Quay Systems", "Lisbon, Portugal"),
            .. Card("Staff Engineer for the data platform", 6, "Estuary Data", "Berlin, Germany"),
            "Product Engineer for the mobile apps", "8d", "Ferry Apps", "Full-Time", .. Countries, "View Company Profile",
            .. Card("Frontend Developer for a design system", 9, "Tide Studio", "Anywhere in the World"),
            .. Card("Full-Stack Engineer for a small team", 11, "Pier Works", "Remote, Europe"),
            .. Card("Site Reliability Engineer on call weekly", 12, "Buoy Cloud", "Anywhere in the World"),
            .. Card("Machine Learning Engineer for search", 14, "Lighthouse Search", "New York, USA"),
            .. Footer,
        ];

        var article = ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(page));

        article.Text.Should().Contain("Senior Software Engineer for payments", "the cards above the long one are the listing's too")
            .And.Contain("Machine Learning Engineer for search");
    }
}
