using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>The less common places a page names its author, on small pages of our own making.</summary>
public sealed class PageAuthorSourcesTests
{
    [Fact]
    public void A_person_a_json_ld_web_page_names_as_its_author_wins_over_the_site_in_the_author_tag()
    {
        var metadata = MetadataPages.Extract(
            """<meta name="author" content="Harbour Letters"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","headline":"H","author":{"@type":"Person","name":"Mira Solberg"}}</script>""",
            MetadataPages.Story);
        metadata.Authors.Should().Equal("Mira Solberg");
    }

    [Fact]
    public void An_organisation_a_json_ld_web_page_names_as_its_author_is_no_person()
    {
        var metadata = MetadataPages.Extract(
            """<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","headline":"H","author":{"@type":"Organization","name":"Harbour Letters"}}</script>""",
            MetadataPages.Story);
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_post_author_in_a_tag_managers_data_layer_is_the_author_of_a_page_that_names_none_else()
    {
        var metadata = MetadataPages.Extract(
            """<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"Jos\u00e9 Alvar"};</script>""",
            MetadataPages.Story);
        metadata.Authors.Should().Equal("José Alvar");
    }

    [Fact]
    public void The_data_layer_author_of_a_shop_product_is_no_author()
    {
        var metadata = MetadataPages.Extract(
            """<script>var dataLayer_content = {"pagePostType":"product","pagePostAuthor":"Shop Keeper"};</script>""",
            MetadataPages.Story);
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void An_article_written_by_heading_over_the_name_gives_the_author()
    {
        var metadata = MetadataPages.Extract(
            "",
            MetadataPages.Story + "<section><h2>Article written by:</h2><div><img src=\"a.jpg\" alt=\"\"><h3>Nora Vestby</h3></div></section>");
        metadata.Authors.Should().Equal("Nora Vestby");
    }

    [Theory]
    [InlineData("Escrito por Ana López", "Ana López")]
    [InlineData("Geschrieben von Max Muster", "Max Muster")]
    [InlineData("Authored by Jane Doe", "Jane Doe")]
    public void A_byline_label_of_more_words_or_another_language_opens_a_shown_byline(string line, string name)
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Headline</h1><p class=\"meta\">" + line + "</p>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal(name);
    }
}
