using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Authors and headlines as the page shows them (issue 21, later rules), on small pages of our own making.</summary>
public sealed class PeopleAndHeadlinesTests
{
    [Fact]
    public void An_author_block_whose_name_is_a_meta_tag_gives_that_name()
    {
        var metadata = MetadataPages.Extract(
            "<title>How do I sharpen a chisel?</title>",
            "<div class=\"question\"><h1>How do I sharpen a chisel?</h1>" + MetadataPages.Story +
            "<div class=\"user-details\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">" +
            "<a href=\"/users/7/quietfox42\">QuietFox42</a><meta itemprop=\"name\" content=\"QuietFox42\"></div></div>");
        metadata.Byline.Should().Be("QuietFox42");
        metadata.Authors.Should().Equal("QuietFox42");
    }

    [Theory]
    [InlineData("About the Author")]
    [InlineData("5 min read")]
    [InlineData("262588213843476")]
    public void A_byline_element_that_names_nobody_gives_way_to_the_next_one(string first)
    {
        var metadata = MetadataPages.Extract(
            "<title>Pruning roses in winter</title>",
            "<article><h1>Pruning roses in winter</h1><div class=\"post-author-label\">" + first + "</div>" + MetadataPages.Story +
            "<div class=\"author-name\">Jane Roberts</div></article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_post_by_line_names_its_poster_not_the_word_post()
    {
        Authors.Parse("Post by Jane Roberts", MetadataVocabulary.Shared).Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_headline_stored_as_utf8_read_as_latin1_is_put_back()
    {
        var metadata = MetadataPages.Extract(
            "<title>A Gardener\u00e2\u0080\u0099s Guide to Winter Roses</title>",
            "<article><h1>A Gardener\u00e2\u0080\u0099s Guide to Winter Roses</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("A Gardener\u2019s Guide to Winter Roses");
    }

    [Theory]
    [InlineData("Caf\u00c3\u00a9 \u00e2\u0080\u0094 open late", "Caf\u00e9 \u2014 open late")]
    [InlineData("\u00c2ge d\u2019or", "\u00c2ge d\u2019or")]
    [InlineData("Ma\u00c3\u00b1ana", "Ma\u00c3\u00b1ana")]
    public void Mojibake_is_repaired_only_where_a_control_character_shows_it(string stored, string shown)
    {
        MetadataText.RepairMojibake(stored).Should().Be(shown);
    }

    [Fact]
    public void A_streamed_boundary_is_read_as_shown_and_another_hidden_element_is_not()
    {
        const string Head = "<title>Pruning Roses | The Garden Shop | Winter Sale</title>";
        var streamed = MetadataPages.Extract(Head,
            "<template id=\"B:3\"></template><div hidden id=\"S:3\"><article><h1>Pruning Roses</h1>" +
            "<p class=\"byline\">Written by <a href=\"/people/jr\">Jane Roberts</a></p>" + MetadataPages.Story + "</article></div>");
        streamed.Title.Should().Be("Pruning Roses");
        streamed.Authors.Should().Equal("Jane Roberts");

        var hidden = MetadataPages.Extract(Head,
            "<div hidden id=\"menu\"><p class=\"byline\">Written by <a href=\"/people/jr\">Jane Roberts</a></p></div>" + MetadataPages.Story);
        hidden.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_forum_post_gives_its_posters_user_name()
    {
        var metadata = MetadataPages.Extract(
            "<title>Which glue for oak?</title>",
            "<div class=\"topic\"><h1>Which glue for oak?</h1><div class=\"post\"><div class=\"PostUser\">" +
            "<h3 class=\"PostUser-name\">Quill_77</h3></div>" + MetadataPages.Story + "</div></div>");
        metadata.Authors.Should().Equal("Quill_77");
    }

    [Theory]
    [InlineData("This post was written by Jane Roberts, Head of Marketing and Community Development", new[] { "Jane Roberts" })]
    [InlineData("Jane Roberts, Director of Operations, Acme Movers", new[] { "Jane Roberts" })]
    [InlineData("By Jane Roberts and Tom Hale | Medically reviewed by Anna Berg, MD", new[] { "Jane Roberts", "Tom Hale" })]
    [InlineData("Reviewed by Anna Berg, Trial Attorney at Acme & Acme, on December 9, 2024.", new[] { "Anna Berg" })]
    [InlineData("Ludwig van Beethoven, Jane Roberts", new[] { "Ludwig van Beethoven", "Jane Roberts" })]
    [InlineData("By Jane Roberts and Maria de Souza", new[] { "Jane Roberts", "Maria de Souza" })]
    [InlineData("Medically reviewed by Anna Berg, MD", new[] { "Anna Berg" })]
    [InlineData("By Tom Hale, medically reviewed by Anna Berg", new[] { "Tom Hale" })]
    [InlineData("By Jane Roberts, Northfield Community Gardening Network on Facebook", new[] { "Jane Roberts" })]
    [InlineData("Jane Roberts, Hillside Institute, and Tom Hale", new[] { "Jane Roberts", "Tom Hale" })]
    public void Roles_affiliations_and_reviewers_are_no_authors(string byline, string[] names)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().Equal(names);
    }

    [Fact]
    public void An_authors_description_is_no_byline()
    {
        var metadata = MetadataPages.Extract(
            "<title>Roasting coffee at home</title>",
            "<article><h1>Roasting coffee at home</h1><div class=\"dynamic-author-description\">Licensed Cupping Judge, M.A. Journalism</div>" +
            MetadataPages.Story + "<div class=\"author-name\">Jane Roberts</div></article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void An_organisation_listed_as_a_second_person_after_an_author_is_her_affiliation()
    {
        var metadata = MetadataPages.Extract(
            """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Snow in the hills","author":[{"@type":"Person","name":"By Jane Roberts"},{"@type":"Person","name":"Northfield Gardening Network on Facebook"}]}</script>""",
            "<article><h1>Snow in the hills</h1>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }
}
