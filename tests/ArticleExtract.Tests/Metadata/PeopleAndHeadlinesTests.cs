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
}
