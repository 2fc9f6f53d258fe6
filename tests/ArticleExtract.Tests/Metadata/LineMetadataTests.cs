using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Bylines and datelines read from one line of text.</summary>
public sealed class LineMetadataTests
{
    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Roe, Reuters", new[] { "Jane Doe", "John Roe" })]
    [InlineData("by JANE DOE | March 21, 2023", new[] { "JANE DOE" })]
    [InlineData("Written by Jane Doe, Staff Writer", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe (@janedoe)", new[] { "Jane Doe" })]
    [InlineData("Von Max Mustermann und Erika Musterfrau", new[] { "Max Mustermann", "Erika Musterfrau" })]
    [InlineData("By Eric Song, IGN Staff", new[] { "Eric Song" })]
    [InlineData("By Troy L. Smith, Cleveland.com", new[] { "Troy L. Smith" })]
    [InlineData("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z", new[] { "Tim Childers" })]
    [InlineData("By Meg JamesStaff Writer", new[] { "Meg James" })]
    [InlineData("Von Moritz Bachmann publiziert am 25. September 2018", new[] { "Moritz Bachmann" })]
    [InlineData("By Ludwig van Beethoven", new[] { "Ludwig van Beethoven" })]
    [InlineData("By Gina Roberts-Grey", new[] { "Gina Roberts-Grey" })]
    [InlineData("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", new[] { "Sherif Saed" })]
    [InlineData("By Sandee LaMotte, CNN", new[] { "Sandee LaMotte" })]
    [InlineData("By Regan", new[] { "Regan" })]
    [InlineData("By Reuters", new[] { "Reuters" })]
    [InlineData("By TOM KRISHER, AP Auto Writer", new[] { "TOM KRISHER" })]
    [InlineData("By Alyssa Maio on January 21, 2023", new[] { "Alyssa Maio" })]
    [InlineData("By Jane May, June 3, 2024", new[] { "Jane May" })]
    [InlineData("By Jane Doe Last Updated: December 6, 2024", new[] { "Jane Doe" })]
    public void A_byline_gives_the_clean_names(string line, string[] expected)
    {
        LineMetadata.TryParseByline(line, out var authors).Should().BeTrue();
        authors.Should().Equal(expected);
    }

    [Theory]
    [InlineData("By")]
    [InlineData("By the way, this is a sentence of the article.")]
    [InlineData("Jane Doe went to the market on Tuesday.")]
    [InlineData("By Staff Reports")]
    [InlineData("By admin")]
    [InlineData("")]
    public void A_line_that_is_no_byline_is_refused(string line)
    {
        LineMetadata.TryParseByline(line, out var authors).Should().BeFalse();
        authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Published: 20 March 2023", 2023, 3, 20, 0, 0, false)]
    [InlineData("Published on March 20, 2023 at 3:46 PM", 2023, 3, 20, 15, 46, false)]
    [InlineData("Updated 21.03.2023 10:15", 2023, 3, 21, 10, 15, true)]
    [InlineData("Last updated: 2023-03-21 10:00", 2023, 3, 21, 10, 0, true)]
    [InlineData("Veröffentlicht am 21. März 2023", 2023, 3, 21, 0, 0, false)]
    [InlineData("Mis à jour le 5 décembre 2022", 2022, 12, 5, 0, 0, true)]
    [InlineData("21 March 2023", 2023, 3, 21, 0, 0, false)]
    [InlineData("Published on March 20th, 2023", 2023, 3, 20, 0, 0, false)]
    [InlineData("Updated 2nd May 2023", 2023, 5, 2, 0, 0, true)]
    public void A_dateline_gives_the_date_and_its_kind(string line, int year, int month, int day, int hour, int minute, bool modified)
    {
        LineMetadata.TryParseDateline(line, out var date, out var isModified).Should().BeTrue();
        date.Should().Be(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));
        isModified.Should().Be(modified);
    }

    [Theory]
    [InlineData("Published:")]
    [InlineData("5 hours ago")]
    [InlineData("Updated 2 days ago")]
    [InlineData("Published 31.13.2023")]
    [InlineData("Published 30 February 2023")]
    [InlineData("In March 2023 the council met for the 21 time to discuss the budget of the city and more.")]
    public void A_line_without_a_real_date_gives_none(string line)
    {
        LineMetadata.TryParseDateline(line, out var date, out _).Should().BeFalse();
        date.Should().Be(default);
    }

    [Theory]
    [InlineData("October 11, 2023 by Jane Doe")]
    [InlineData("Published August 7, 2023 by Jane Doe")]
    public void A_byline_after_a_dateline_gives_the_names(string line)
    {
        LineMetadata.TryParseBylineAfterDate(line, out var authors).Should().BeTrue();
        authors.Should().Equal("Jane Doe");
        LineMetadata.TryParseDatelinePart(line, out var date, out _, out _).Should().BeTrue();
        date.Year.Should().Be(2023);
    }

    [Fact]
    public void A_sentence_with_a_date_and_by_is_no_byline()
    {
        LineMetadata.TryParseBylineAfterDate("The bridge was closed on March 3, 2024 by the city council after the storm", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("Jane Doe March 3, 2025", true)]
    [InlineData("Jane Doe July 13, 2025 — 7 minutes read", true)]
    [InlineData("Last Updated Nov 6, 2025", false)]
    [InlineData("Friday March 3, 2025", false)]
    [InlineData("Jane Doe & John Roe · March 6, 2026", false)]
    public void A_name_before_a_date_is_the_author_when_each_word_is_a_names(string line, bool named)
    {
        LineMetadata.TryParseNameBeforeDate(line, out var authors).Should().Be(named);
        if (named)
        {
            authors.Should().Equal("Jane Doe");
        }
    }

    [Theory]
    [InlineData("Rahul Tyagi", true)]
    [InlineData("Dylan Bailey, MS, RD", true)]
    [InlineData("the way we were", false)]
    [InlineData("March 3, 2025", false)]
    public void A_name_alone_reads_as_a_bylines_names(string line, bool alone)
    {
        LineMetadata.IsNameAlone(line).Should().Be(alone);
    }
}
