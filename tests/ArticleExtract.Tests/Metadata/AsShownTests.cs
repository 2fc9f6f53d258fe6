using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Metadata as the page shows it (issue 21), on small pages of our own making.</summary>
public sealed class AsShownTests
{
    [Fact]
    public void A_universal_time_gives_the_local_day_the_page_shows()
    {
        var metadata = MetadataPages.Extract(
            "<meta property=\"article:published_time\" content=\"2025-03-05T03:10:00+00:00\">",
            "<article><h1>Snow in the hills</h1><time datetime=\"2025-03-04T19:10:00-08:00\">March 4, 2025</time>" + MetadataPages.Story + "</article>");
        metadata.Published!.Value.Date.Should().Be(new DateTime(2025, 3, 4));
    }

    [Fact]
    public void A_universal_time_gives_the_local_day_of_the_url_path()
    {
        var metadata = MetadataPages.Extract(
            "<meta property=\"article:published_time\" content=\"2025-03-05T03:10:00+00:00\"><link rel=\"canonical\" href=\"https://blog.example.org/2025/03/04/snow/\">",
            "<article><h1>Snow in the hills</h1>" + MetadataPages.Story + "</article>");
        metadata.Published!.Value.Date.Should().Be(new DateTime(2025, 3, 4));
    }

    [Fact]
    public void A_shown_day_no_time_zone_reaches_does_not_replace_the_universal_time()
    {
        var metadata = MetadataPages.Extract(
            "<meta property=\"article:published_time\" content=\"2025-03-05T13:10:00+00:00\">",
            "<article><h1>Snow in the hills</h1><p class=\"date\">Published March 7, 2025</p>" + MetadataPages.Story + "</article>");
        metadata.Published.Should().Be(new DateTimeOffset(2025, 3, 5, 13, 10, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_shown_time_of_another_instant_does_not_replace_the_universal_time()
    {
        var metadata = MetadataPages.Extract(
            "<meta property=\"article:published_time\" content=\"2025-03-04T22:00:00+00:00\">",
            "<article><h1>Snow in the hills</h1><time datetime=\"2025-03-05T12:43:00+00:00\">March 5, 2025</time>" + MetadataPages.Story + "</article>");
        metadata.Published.Should().Be(new DateTimeOffset(2025, 3, 4, 22, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("LingoLover94", "LingoLover94")]
    [InlineData("Nick van Mead2022-11-23T08:10+02:00", "Nick van Mead")]
    [InlineData("Chris Carroll30 Sep 2022, 11:07am", "Chris Carroll")]
    public void The_digits_of_a_user_name_stay_and_a_glued_date_goes(string byline, string name)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().Equal(name);
    }

    [Theory]
    [InlineData("Written ByJane RobertsonAI Writer, Acme", "Jane Robertson")]
    [InlineData("Jane RobertsonTech Reporter", "Jane Robertson")]
    [InlineData("Jane Roberts Former Acme Consultant", "Jane Roberts")]
    [InlineData("Jane Roberts Content Marketing Coordinator", "Jane Roberts")]
    [InlineData("By Jane Roberts ⋅ Review Editor", "Jane Roberts")]
    [InlineData("By Jane Roberts, Home Security Expert", "Jane Roberts")]
    [InlineData("Jane Doe Staff Writer", "Jane Doe")]
    public void A_job_title_after_the_name_is_cut_off(string byline, string name)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().Equal(name);
    }

    [Theory]
    [InlineData("Maria & Katerina", new[] { "Maria", "Katerina" })]
    [InlineData("Dec 23 Written By Linny and Peter", new[] { "Linny", "Peter" })]
    public void Given_names_joined_are_each_an_author(string byline, string[] names)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().Equal(names);
    }

    [Fact]
    public void A_byline_label_alone_names_nobody()
    {
        Authors.Parse("Jun 2 Written By", MetadataVocabulary.Shared).Should().BeEmpty();
    }

    [Theory]
    [InlineData("<h1>Working with forms<a class=\"headerlink\" href=\"#forms\">¶</a></h1>", "<title>Working with forms | Web Framework documentation</title>", "Working with forms")]
    [InlineData("<h1>Ten home gym must haves for every budget</h1>", "<title>Ten home gym must haves for every budget ⋆</title>", "Ten home gym must haves for every budget")]
    [InlineData("<h1>Thread: Which bulbs grow best in shade?</h1>", "<title>Which bulbs grow best in shade? | Garden Forum</title>", "Which bulbs grow best in shade?")]
    public void Marks_and_labels_around_the_headline_are_left_out(string heading, string head, string title)
    {
        MetadataPages.Extract(head, "<article>" + heading + MetadataPages.Story + "</article>").Title.Should().Be(title);
    }

    [Fact]
    public void The_article_a_page_object_holds_as_its_main_entity_gives_the_date_and_author()
    {
        var metadata = MetadataPages.Extract(
            """<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Garden","mainEntity":{"@type":"Article","headline":"Snow in the hills","datePublished":"2024-02-03","author":{"@type":"Person","name":"Jane Roberts"}}}</script>""",
            "<article><h1>Snow in the hills</h1>" + MetadataPages.Story + "</article>");
        metadata.Published!.Value.Date.Should().Be(new DateTime(2024, 2, 3));
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_json_ld_string_with_a_raw_tab_is_still_read()
    {
        var metadata = MetadataPages.Extract(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Snow\tin the hills\",\"datePublished\":\"2024-02-03 13:00:00\"}</script>",
            "<article><h1>Snow in the hills</h1>" + MetadataPages.Story + "</article>");
        metadata.Published.Should().Be(new DateTimeOffset(2024, 2, 3, 13, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("published")]
    [InlineData("published-date")]
    public void A_date_comes_from_a_plain_published_meta_name(string name)
    {
        MetadataPages.Extract("<meta name=\"" + name + "\" content=\"July 17, 2025\">", "<article><h1>Snow in the hills</h1>" + MetadataPages.Story + "</article>")
            .Published!.Value.Date.Should().Be(new DateTime(2025, 7, 17));
    }

    [Theory]
    [InlineData("<div class=\"byline\">By <a href=\"/team/jane\">Jane Roberts</a> - Mar 27, 2024</div>")]
    [InlineData("<div class=\"publish-date-author\">Mar. 27, 2024 &middot; Jane Roberts</div>")]
    public void The_date_beside_the_name_in_the_byline_is_the_publication(string byline)
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow in the hills</h1>" + byline + MetadataPages.Story + "</article>");
        metadata.Published!.Value.Date.Should().Be(new DateTime(2024, 3, 27));
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void A_one_word_part_after_a_cut_name_is_no_given_name()
    {
        Authors.Parse("Center for Drug Evaluation and Research", MetadataVocabulary.Shared).Should().NotContain("Research");
    }

    [Theory]
    [InlineData("Center for Drug Evaluation and Research", "Center for Drug Evaluation and Research")]
    [InlineData("Department of Health and Human Services", "Department of Health and Human Services")]
    public void An_and_inside_an_organisations_title_joins_no_two_authors(string byline, string name)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().Equal(name);
    }

    [Fact]
    public void A_contributors_label_opens_a_byline()
    {
        var metadata = MetadataPages.Extract("", "<article><h1>Snow in the hills</h1><div class=\"tags\"><div><strong>Contributors:</strong> Jane Roberts</div></div>" + MetadataPages.Story + "</article>");
        metadata.Authors.Should().Equal("Jane Roberts");
    }

    [Fact]
    public void An_and_after_an_organisation_without_its_title_joins_two_authors()
    {
        Authors.Parse("Pew Research Center and Jane Roberts", MetadataVocabulary.Shared).Should().Contain("Jane Roberts");
    }

    [Theory]
    [InlineData("<title>Trails Ridge Riders</title><meta property=\"og:site_name\" content=\"Ridge Riders\">", "<h1>Trails</h1>", "Trails")]
    [InlineData("<title>8 Recent Trends in Photography</title>", "<h1>Recent Trends in Photography</h1>", "Recent Trends in Photography")]
    [InlineData("<title>Height Adjustable Standing Desks | Acme</title>", "<h1>Standing Desks</h1>", "Standing Desks")]
    public void The_heading_as_shown_wins_over_a_fuller_title_that_holds_it(string head, string heading, string title)
    {
        MetadataPages.Extract(head, "<article>" + heading + MetadataPages.Story + "</article>").Title.Should().Be(title);
    }
}
