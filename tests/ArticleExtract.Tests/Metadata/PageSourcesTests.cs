using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Each place a page puts its headline, dates and authors, on small pages of our own making.</summary>
public sealed class PageSourcesTests
{
    [Fact]
    public void The_visible_headline_wins_over_a_title_that_carries_the_site_name()
    {
        var metadata = MetadataPages.Extract("<title>Ten ways to grow tomatoes | Garden Weekly</title>", "<article><h1>Ten ways to grow tomatoes</h1>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Ten ways to grow tomatoes");
    }

    [Fact]
    public void The_site_name_is_split_off_by_the_name_the_page_gives()
    {
        var metadata = MetadataPages.Extract(
            "<title>Garden Weekly - Why tomatoes split</title><meta property=\"og:site_name\" content=\"Garden Weekly\">",
            "<article>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Why tomatoes split");
        metadata.SiteName.Should().Be("Garden Weekly");
    }

    [Fact]
    public void The_site_name_is_split_off_by_the_host_written_out()
    {
        var metadata = MetadataPages.Extract(
            "<title>Ten Tips for Online Courses – Journey To College</title><link rel=\"canonical\" href=\"https://journeytocollege.example.org/tips\">",
            "<article>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Ten Tips for Online Courses");
    }

    [Fact]
    public void An_h1_that_is_the_site_logo_is_not_the_headline()
    {
        var metadata = MetadataPages.Extract(
            "<title>Pruning roses in winter | Rose Club</title><meta property=\"og:site_name\" content=\"Rose Club\">",
            "<header><h1>Rose Club</h1></header><article>" + MetadataPages.Story + "</article>");
        metadata.Title.Should().Be("Pruning roses in winter");
    }

    [Fact]
    public void A_date_comes_from_the_page_of_the_same_json_ld_when_the_article_gives_none()
    {
        var metadata = MetadataPages.Extract(
            """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2024-02-03T10:00:00Z"},{"@type":"Article","headline":"A headline"}]}</script>""",
            "<article>" + MetadataPages.Story + "</article>");
        metadata.Published.Should().Be(new DateTimeOffset(2024, 2, 3, 10, 0, 0, TimeSpan.Zero));
        metadata.PublishedPrecision.Should().Be(DatePrecision.Time);
    }

    [Theory]
    [InlineData("<meta name=\"sailthru.date\" content=\"2024-02-03\">")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2024-02-03\">")]
    [InlineData("<meta name=\"pubdate\" content=\"2024-02-03\">")]
    [InlineData("<meta property=\"article:published_time\" content=\"Sat, 03 Feb 2024 11:38:00 GMT\">")]
    public void A_date_comes_from_the_meta_tags_of_the_vocabulary(string head)
    {
        MetadataPages.Extract(head, "<article>" + MetadataPages.Story + "</article>").Published!.Value.Date.Should().Be(new DateTime(2024, 2, 3));
    }

    [Fact]
    public void A_date_comes_from_microdata()
    {
        var metadata = MetadataPages.Extract("", "<article><span itemprop=\"datePublished\" content=\"2024-02-03\">3 Feb</span>" + MetadataPages.Story + "</article>");
        metadata.Published.Should().Be(new DateTimeOffset(2024, 2, 3, 0, 0, 0, TimeSpan.Zero));
        metadata.PublishedPrecision.Should().Be(DatePrecision.Day);
    }

    [Fact]
    public void A_time_element_outside_the_article_gives_the_date_and_an_updated_one_the_modified_date()
    {
        var metadata = MetadataPages.Extract("", """
            <div class="entry-meta"><time class="entry-date published" datetime="2020-06-29T15:00:23-05:00">June 29, 2020</time>
            <time class="updated" datetime="2021-11-12T10:41:18-05:00">November 12, 2021</time></div>
            """ + MetadataPages.Story);
        metadata.Published.Should().Be(new DateTimeOffset(2020, 6, 29, 15, 0, 23, TimeSpan.FromHours(-5)));
        metadata.Modified.Should().BeNull("the first publication ends the search; a later update is only read before it");
    }

    [Fact]
    public void A_shown_dateline_with_its_label_in_another_element_gives_the_modified_date()
    {
        var metadata = MetadataPages.Extract("", "<div class=\"meta\"><div>Last updated:</div><div>Dec 12, 2025</div></div><h1>Headline</h1>" + MetadataPages.Story);
        metadata.Modified.Should().Be(new DateTimeOffset(2025, 12, 12, 0, 0, 0, TimeSpan.Zero));
        metadata.ModifiedPrecision.Should().Be(DatePrecision.Day);
    }

    [Theory]
    [InlineData("Publié le 12 mars 2025 à 10h", 2025, 3, 12, DatePrecision.Time)]
    [InlineData("Veröffentlicht am 12. März 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("Publicado el 12 de marzo de 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("Pubblicato il 12 marzo 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("Gepubliceerd op 12 maart 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("Publicado em 12 de março de 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("Published March 2023", 2023, 3, 1, DatePrecision.Month)]
    public void A_shown_dateline_in_any_language_gives_the_date_and_its_precision(string line, int year, int month, int day, DatePrecision precision)
    {
        var metadata = MetadataPages.Extract("", "<p class=\"date\">" + line + "</p>" + MetadataPages.Story);
        metadata.Published!.Value.Date.Should().Be(new DateTime(year, month, day));
        metadata.PublishedPrecision.Should().Be(precision);
    }

    [Fact]
    public void A_date_in_a_footer_or_a_related_list_is_not_the_page_date()
    {
        var metadata = MetadataPages.Extract("", MetadataPages.Story + "<div class=\"related-posts\"><p>March 3, 2021</p></div><footer><p>Published 4 May 2019</p></footer>");
        metadata.Published.Should().BeNull();
        metadata.Modified.Should().BeNull();
    }

    [Fact]
    public void The_url_path_gives_a_date_when_nothing_else_does()
    {
        var metadata = MetadataPages.Extract("<link rel=\"canonical\" href=\"https://example.com/2025/09/04/story\">", MetadataPages.Story);
        metadata.Published.Should().Be(new DateTimeOffset(2025, 9, 4, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void An_organisation_as_json_ld_author_is_the_publisher_not_an_author()
    {
        var metadata = MetadataPages.Extract(
            """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"H","author":{"@type":"Organization","name":"Health Clinic"}}</script>""",
            MetadataPages.Story);
        metadata.Authors.Should().BeEmpty();
        metadata.Publisher.Should().Be("Health Clinic");
    }

    [Fact]
    public void A_json_ld_author_given_by_reference_is_found_in_the_graph()
    {
        var metadata = MetadataPages.Extract(
            """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"H","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Albert Swan"}]}</script>""",
            MetadataPages.Story);
        metadata.Authors.Should().Equal("Albert Swan");
    }

    [Fact]
    public void The_written_by_label_of_a_twitter_card_gives_the_author()
    {
        var metadata = MetadataPages.Extract("<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Albert Swan\">", MetadataPages.Story);
        metadata.Authors.Should().Equal("Albert Swan");
    }

    [Fact]
    public void A_byline_label_over_the_name_in_blocks_of_their_own_reads_as_one_line_not_glued_to_what_follows()
    {
        var metadata = MetadataPages.Extract("", "<div class=\"closing\"><h2>Article by</h2><div>Rosa Tamm</div><div><a href=\"/contact\">Let's talk</a></div></div>" + MetadataPages.Story);
        metadata.Authors.Should().Equal("Rosa Tamm");
    }

    [Fact]
    public void A_shown_by_line_gives_the_author()
    {
        var metadata = MetadataPages.Extract("", "<p class=\"page-header__meta\"><span>By <a href=\"/p/sofia\">Sofia Gonzalez</a></span></p>" + MetadataPages.Story);
        metadata.Authors.Should().Equal("Sofia Gonzalez");
    }

    [Theory]
    [InlineData("Jane Doe", new[] { "Jane Doe" })]
    [InlineData("J. B. Mackinnon", new[] { "J. B. Mackinnon" })]
    [InlineData("C", new string[0])]
    [InlineData("Titles", new string[0])]
    public void The_text_beside_a_byline_label_is_an_author_only_when_it_reads_as_a_name(string sibling, string[] authors)
    {
        const string Aside = "<p>A note on the sources of this story, long enough that the whole box is no byline line of its own.</p>";
        var metadata = MetadataPages.Extract("", "<div class=\"info\"><span>By</span> <span>" + sibling + "</span>" + Aside + "</div>" + MetadataPages.Story);
        metadata.Authors.Should().Equal(authors);
    }

    [Theory]
    [InlineData("Written ByStephen Jesudunsin", "Stephen Jesudunsin")]
    [InlineData("Written By:Cazzy MagennisLast Updated:August 1, 2025", "Cazzy Magennis")]
    public void Labels_glued_to_a_name_are_cut(string byline, string name)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().Equal(name);
    }

    [Theory]
    [InlineData("About the Author")]
    [InlineData("The Author")]
    [InlineData("Admin")]
    public void What_is_no_name_gives_no_author(string byline)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().BeEmpty();
    }
}
