using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Authors a page names without a byline: its link to the author's own page, a personal site's name (issue 21), on pages of our own making.</summary>
public sealed class SiteAuthorTests
{
    private static ArticleMetadata Article(string head, string body)
    {
        var metadata = MetadataPages.Extract(head, body);
        metadata.PageType = PageType.Article;
        HtmlMetadataExtractor.Settle(metadata);
        return metadata;
    }

    [Theory]
    [InlineData("/blog/authors/jane-roberts", "Jane Roberts", "Jane Roberts")]
    [InlineData("https://example.org/magazine/contributor/a._j._neal", "A. J. Neal", "A. J. Neal")]
    public void A_link_to_the_page_of_the_person_it_names_gives_the_author(string href, string text, string expected)
    {
        var metadata = Article("", $"<article><h1>Snow closes the northern trails</h1><div><a href=\"{href}\">{text}</a></div>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal(expected);
    }

    [Fact]
    public void A_link_without_text_names_the_author_by_its_label()
    {
        var metadata = Article("", "<article><h1>Snow closes the northern trails</h1><a href=\"/authors/jane-roberts\" aria-label=\"Jane Roberts\"><img src=\"j.png\" alt=\"\"></a>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Theory]
    [InlineData("/authors/", "Our Authors")]
    [InlineData("/authors/jane-roberts", "Mark Tanner")]
    [InlineData("/tags/jane-roberts", "Jane Roberts")]
    public void A_link_whose_address_does_not_spell_an_author_page_of_its_name_is_no_author(string href, string text)
    {
        var metadata = Article("", $"<article><h1>Snow closes the northern trails</h1><div><a href=\"{href}\">{text}</a></div>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void An_author_link_in_the_navigation_is_no_author()
    {
        var metadata = Article("", "<nav><a href=\"/authors/jane-roberts\">Jane Roberts</a></nav><article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Jane Roberts's blog", "Jane Roberts")]
    [InlineData("Jane Roberts’s Notes", "Jane Roberts")]
    public void An_article_on_a_personal_site_that_names_no_author_is_the_owner_s(string site, string expected)
    {
        var metadata = Article($"<meta property=\"og:site_name\" content=\"{site}\">", "<article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal(expected);
    }

    [Theory]
    [InlineData("Cherry Servers")]
    [InlineData("The Hill Walkers' blog")]
    [InlineData("Acme Staff's blog")]
    public void A_site_named_otherwise_gives_no_author(string site)
    {
        var metadata = Article($"<meta property=\"og:site_name\" content=\"{site}\">", "<article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_personal_site_whose_article_names_its_author_keeps_that_author()
    {
        var metadata = Article("<meta property=\"og:site_name\" content=\"Jane Roberts's blog\"><meta name=\"author\" content=\"Mark Tanner\">",
            "<article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Mark Tanner");
    }
}
