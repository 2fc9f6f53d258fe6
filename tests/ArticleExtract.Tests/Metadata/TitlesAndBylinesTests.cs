using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Site-level titles, doubled site names and bylines split over elements (issue 21), on pages of our own making.</summary>
public sealed class TitlesAndBylinesTests
{
    [Fact]
    public void A_site_name_written_twice_at_the_end_is_cut_both_times()
    {
        var metadata = MetadataPages.Extract("<title>Snow closes the northern trails – Hill Walkers - Hill Walkers</title>", "<article>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Snow closes the northern trails");
        metadata.SiteName.Should().Be("Hill Walkers");
    }

    [Fact]
    public void A_byline_label_and_the_name_in_sibling_elements_read_as_one_byline()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story
            + "<div class=\"bio\"><div class=\"small\">Written by</div><div class=\"big\">Jane Roberts</div></div></article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_label_followed_by_no_name_gives_no_author()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story
            + "<div class=\"bio\"><div class=\"small\">Written by</div><div class=\"big\">the tallest snow drifts of the winter in the northern hills</div></div></article>");
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_by_line_long_only_by_its_indentation_is_a_byline()
    {
        var indent = "\n" + new string(' ', 120);
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1><div class=\"small\">" + indent + "By" + indent + "Jane Roberts" + indent + "</div>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_by_line_set_in_an_aside_beside_the_story_is_a_byline()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1><aside><p>By Jane Roberts</p></aside>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_byline_in_the_page_s_hero_banner_is_a_byline()
    {
        var metadata = MetadataPages.Extract("", "<section class=\"page-hero-banner\"><h1>Snow closes the northern trails</h1><span class=\"hero-banner__author\">By Jane Roberts</span></section><article>"
            + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_byline_that_names_a_team_keeps_the_team_without_its_label()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1><span class=\"author\">By the Hill Walkers Team</span>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().BeEmpty();
        metadata.Byline.Should().Be("the Hill Walkers Team");
    }

    [Fact]
    public void A_name_in_the_site_s_masthead_is_no_byline()
    {
        var metadata = MetadataPages.Extract("", "<header id=\"site-banner\" role=\"banner\"><a href=\"/account\"><span class=\"account-username\">Jane Roberts</span></a></header><article><h1>Snow closes the northern trails</h1>"
            + MetadataPages.Story + "</article>");
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_byline_in_the_article_s_own_footer_is_a_byline()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story
            + "<footer class=\"entry-footer\"><span class=\"entry-author\">Posted by Jane Roberts</span></footer></article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_byline_in_the_site_s_footer_is_no_byline()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1>" + MetadataPages.Story
            + "</article><div class=\"site-footer\"><span class=\"author\">Posted by Jane Roberts</span></div>");
        metadata.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_poster_s_name_over_their_rank_is_read_apart_from_it()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1><div class=\"author_information\"><strong>HillWalker</strong><br>"
            + "<span><p class=\"role\">Big Board Owner</p></span></div>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("HillWalker");
    }

    [Fact]
    public void A_user_name_over_the_rank_in_a_poster_column_is_the_byline_alone()
    {
        var metadata = MetadataPages.Extract("", "<h1>Which trail shoes for wet rock?</h1><div class=\"postleft\"><dl><dt><strong>trailfox77</strong></dt>"
            + "<dd class=\"usertitle\"><strong>Member</strong></dd><dd><span>Posts: 98</span></dd></dl></div>" + MetadataPages.Story);
        metadata.Byline.Should().Be("trailfox77");
        metadata.Authors.Should().NotContain("Member");
    }

    [Fact]
    public void A_machine_date_on_the_line_under_the_name_dates_the_story()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow closes the northern trails</h1><div class=\"byline\"><div>Jane Roberts</div><div>2022-11-23T08:10+02:00</div></div>"
            + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
        metadata.Published.Should().NotBeNull();
        metadata.Published!.Value.Year.Should().Be(2022);
    }
}
