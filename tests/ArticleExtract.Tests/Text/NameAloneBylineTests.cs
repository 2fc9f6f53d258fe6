namespace ArticleExtract.Tests.Text;

/// <summary>A byline without its label: the author's name alone on a header line (HeaderMetadata.NameAlone).</summary>
public sealed class NameAloneBylineTests
{
    private static Article Parse(IEnumerable<string> blocks) => ArticleExtractor.Parse(TextPageBuilder.WithBlankLines(blocks));

    private static readonly string[] Menu = ["Home", "World", "Politics", "Business", "Sport"];

    [Fact]
    public void A_name_alone_over_the_dateline_is_the_author()
    {
        var article = Parse([.. Menu, TextPageBuilder.Title, "Marta Kowalczyk", "3 March 2025", .. TextPageBuilder.Body, "Privacy Policy"]);

        article.Authors.Should().Equal("Marta Kowalczyk");
    }

    [Fact]
    public void A_name_alone_without_a_dateline_beside_it_is_no_author()
    {
        // "Case Studies" comes back in a longer line ("Case Studies from our clients"), as an author box would, but no
        // dateline vouches for it: a section's name, not a person's.
        var article = Parse([.. Menu, TextPageBuilder.Title, "Case Studies", .. TextPageBuilder.Body, "Case Studies from our clients", "Privacy Policy"]);

        article.Authors.Should().BeEmpty();
    }

    [Fact]
    public void Capitalised_words_written_in_lower_case_elsewhere_are_no_name()
    {
        // "Harbour Bridge" over the dateline, but the body writes "harbour" and "bridge" in lower case: a heading's words.
        var article = Parse([.. Menu, TextPageBuilder.Title, "Harbour Bridge", "3 March 2025", .. TextPageBuilder.Body, "Privacy Policy"]);

        article.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_line_with_a_stopword_is_no_name()
    {
        // "Your Letters" over the dateline: two capitalised words, but "your" is a stopword, which no name holds.
        var article = Parse([.. Menu, TextPageBuilder.Title, "Your Letters", "3 March 2025", .. TextPageBuilder.Body, "Privacy Policy"]);

        article.Authors.Should().BeEmpty();
    }
}
