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
}
