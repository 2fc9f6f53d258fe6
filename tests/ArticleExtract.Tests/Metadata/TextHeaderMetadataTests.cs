namespace ArticleExtract.Tests.Metadata;

/// <summary>Text mode: the byline and the date read from the lines around the start of the body.</summary>
public sealed class TextHeaderMetadataTests
{
    /// <summary>
    /// The article's date and byline stand above the line taken for the title (a heading-like line with no
    /// byline under it: a headline above the byline would be the title, see TextPipelineTests): the date and
    /// the byline above the title found are still the article's.
    /// </summary>
    [Fact]
    public void A_date_and_a_byline_above_the_title_found_are_read()
    {
        var text = string.Join("\n\n",
            "Home", "News", "About", "March 3, 2025", "By Jane Doe",
            "Where rooftop and balcony gardens grow in cities",
            "Gardening in cities is no longer a niche hobby. It shapes the way people think about food, space and the time they spend outdoors with their neighbours.",
            "Rooftops, balconies and shared plots grow in number, and the people who tend their gardens say the work is as much about community as it is about vegetables.",
            "The third paragraph is here with many words of its own to make a body that the text mode selects as the article run of this page.");

        var article = ArticleExtractor.Parse(text);

        article.Title.Should().Be("Where rooftop and balcony gardens grow in cities");
        article.Byline.Should().Be("By Jane Doe");
        article.Authors.Should().Equal("Jane Doe");
        article.Published.Should().Be(new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>A header line that gives the date beside the byline or the reading time: the date is read from it.</summary>
    [Theory]
    [InlineData("By Jane Doe on March 3, 2025")]
    [InlineData("March 3, 2025 · 4 min read · By Jane Doe")]
    public void A_date_beside_a_byline_or_a_reading_time_is_read(string line)
    {
        var text = string.Join("\n\n",
            "Home", "News", "About", "Where rooftop and balcony gardens grow in cities", line,
            "Gardening in cities is no longer a niche hobby. It shapes the way people think about food, space and the time they spend outdoors with their neighbours.",
            "Rooftops, balconies and shared plots grow in number, and the people who tend their gardens say the work is as much about community as it is about vegetables.",
            "The third paragraph is here with many words of its own to make a body that the text mode selects as the article run of this page.");

        var article = ArticleExtractor.Parse(text);

        article.Published.Should().Be(new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>
    /// A headline's words recur in the body; a line between it and the byline that shares only stopwords with the
    /// body ("this", "your") does not: the title is the headline. Stopwords are not compared with the body.
    /// </summary>
    [Fact]
    public void A_line_sharing_only_stopwords_with_the_body_is_not_the_title()
    {
        var text = string.Join("\n\n",
            "Home", "News", "About", "Seven Quiet Gardens of Kyoto", "Why this matters for your visit", "By Jane Doe",
            "Kyoto keeps its gardens calm. This is what your guide will say first, and it is true of the ones we walked through in spring.",
            "Each of the gardens has its own pond and its own stones, and this spring your path through them may be the slowest walk you take in Kyoto.",
            "The third paragraph is here with many words of its own, about the gardens of Kyoto and the moss that grows in this season for your eyes.");

        var article = ArticleExtractor.Parse(text);

        article.Title.Should().Be("Seven Quiet Gardens of Kyoto");
    }

    /// <summary>
    /// Text taken from a page loses the markup between a date and its neighbours: the date glued to the update's date,
    /// to a name, or to the time or reading time after it is still read, the first date as the publication's.
    /// </summary>
    [Theory]
    [InlineData("Posted on March 3, 2025November 12, 2025")]
    [InlineData("by Jane DoeMarch 3, 2025")]
    [InlineData("March 3, 2025Jane Doe")]
    [InlineData("March 3, 20256:01 PM ET")]
    [InlineData("Mar 3, 20255 mins")]
    public void A_date_glued_to_its_neighbours_is_read(string line)
    {
        var article = ArticleExtractor.Parse(HeaderPage(line));

        article.Published.Should().NotBeNull();
        article.Published!.Value.Date.Should().Be(new DateTime(2025, 3, 3));
    }

    /// <summary>A byline whose date is labelled as an update in its middle gives the date of the update, not the publication's.</summary>
    [Fact]
    public void A_date_labelled_as_an_update_after_the_byline_is_the_update()
    {
        var article = ArticleExtractor.Parse(HeaderPage("By Jane Doe Updated on March 3, 2025"));

        article.Published.Should().BeNull();
        article.Modified.Should().Be(new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>
    /// A question's or a thread's start date stands under the first posts, further below the body's start than a
    /// header's lines: a labelled one is read there, a reply's ("answered") never.
    /// </summary>
    [Theory]
    [InlineData("asked Mar 3, 2025 at 23:49", true)]
    [InlineData("Start date Mar 3, 2025", true)]
    [InlineData("answered Mar 3, 2025 at 23:49", false)]
    public void A_labelled_date_far_below_the_body_start_is_read(string line, bool read)
    {
        var text = string.Join("\n\n",
            "Home", "Questions", "About", "Where rooftop and balcony gardens grow in cities",
            "Gardening in cities is no longer a niche hobby. It shapes the way people think about food, space and the time they spend outdoors with their neighbours.",
            "Rooftops, balconies and shared plots grow in number, and the people who tend their gardens say the work is as much about community as it is about vegetables.",
            "The third paragraph is here with many words of its own to make a body that the text mode selects as the article run of this page.",
            "The fourth paragraph tells of the soil that is carried up the stairs in bags, of the water, and of the neighbours who lend their tools.",
            "The fifth paragraph asks which of the plants grows best in the wind of a roof, and whether tomatoes need more sun than the beans do.",
            line,
            "The sixth paragraph is the last one, with words enough of its own to keep the run of the body going to the end of this page.");

        var article = ArticleExtractor.Parse(text);

        if (read)
        {
            article.Published.Should().NotBeNull();
            article.Published!.Value.Date.Should().Be(new DateTime(2025, 3, 3));
        }
        else
        {
            article.Published.Should().BeNull();
        }
    }

    /// <summary>A page of a few menu lines, a headline, the header line given and three paragraphs.</summary>
    private static string HeaderPage(string line) => string.Join("\n\n",
        "Home", "News", "About", "Where rooftop and balcony gardens grow in cities", line,
        "Gardening in cities is no longer a niche hobby. It shapes the way people think about food, space and the time they spend outdoors with their neighbours.",
        "Rooftops, balconies and shared plots grow in number, and the people who tend their gardens say the work is as much about community as it is about vegetables.",
        "The third paragraph is here with many words of its own to make a body that the text mode selects as the article run of this page.");
}
