using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>The author a page's tags give, weighed against the byline it shows, and what a byline element shows instead of a name (issue 21), on pages of our own making.</summary>
public sealed class TaggedAuthorTests
{
    private const string Byline = "<p class=\"post-meta\"><span class=\"post-author\">Rosa Tamm</span></p>";

    [Theory]
    [InlineData("page.head.extra.author")]
    [InlineData("{{ post.author }}")]
    [InlineData("262588213843476")]
    public void A_tagged_author_that_a_template_left_unfilled_gives_way_to_the_shown_byline(string tag)
    {
        var metadata = MetadataPages.Extract($"<meta name=\"author\" content=\"{tag}\">", Byline + MetadataPages.Story);
        metadata.Authors.Should().Equal("Rosa Tamm");
        metadata.Byline.Should().Be("Rosa Tamm");
    }

    [Theory]
    [InlineData("j.doe")]
    [InlineData("Jane Doe")]
    public void A_tagged_name_stays_the_author(string tag)
    {
        var metadata = MetadataPages.Extract($"<meta name=\"author\" content=\"{tag}\">", Byline + MetadataPages.Story);
        metadata.Byline.Should().Be(tag);
    }

    [Fact]
    public void A_shown_byline_naming_the_tagged_author_and_more_gives_every_author()
    {
        var metadata = MetadataPages.Extract(
            "<meta name=\"author\" content=\"Marta Kask\">",
            "<div class=\"story-authors\">Written by <span>Dr Marta Kask</span>, <span>Dr Peeter Sild</span>, <span>Anu Mets</span></div>" + MetadataPages.Story);
        metadata.Authors.Should().Equal("Dr Marta Kask", "Dr Peeter Sild", "Anu Mets");
    }

    [Fact]
    public void A_shown_byline_naming_another_person_leaves_the_tagged_author()
    {
        var metadata = MetadataPages.Extract(
            "<meta name=\"author\" content=\"Marta Kask\">",
            "<div class=\"story-authors\">Written by <span>Peeter Sild</span>, <span>Anu Mets</span></div>" + MetadataPages.Story);
        metadata.Authors.Should().Equal("Marta Kask");
    }

    [Fact]
    public void A_job_title_after_a_shown_name_is_no_second_author()
    {
        var metadata = MetadataPages.Extract(
            "<meta name=\"author\" content=\"Marta Kask\">",
            "<div class=\"story-authors\">Marta Kask Founder &amp; Lead Reviewer</div>" + MetadataPages.Story);
        metadata.Authors.Should().Equal("Marta Kask");
    }

    [Theory]
    [InlineData("RT")]
    [InlineData("R")]
    public void An_avatars_initials_are_no_byline_the_name_beside_them_is(string initials)
    {
        var metadata = MetadataPages.Extract("", $"<div class=\"profile\"><span class=\"author-avatar\">{initials}</span><span class=\"author-name\">Rosa Tamm</span></div>" + MetadataPages.Story);
        metadata.Authors.Should().Equal("Rosa Tamm");
        metadata.Byline.Should().Be("Rosa Tamm");
    }
}
