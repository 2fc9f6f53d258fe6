using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>The one date reader: machine and written forms, with the precision found.</summary>
public sealed class DateReaderTests
{
    [Theory]
    [InlineData("2025-03-12T10:15:00+01:00", 2025, 3, 12, DatePrecision.Time)]
    [InlineData("2025-03-12", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("Wed, 12 Mar 2025 10:15:00 GMT", 2025, 3, 12, DatePrecision.Time)]
    [InlineData("12 March 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("12. März 2025 10:15", 2025, 3, 12, DatePrecision.Time)]
    [InlineData("12 mars 2025 à 10h30", 2025, 3, 12, DatePrecision.Time)]
    [InlineData("12 de marzo de 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("12 marzo 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("12 maart 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("12 de março de 2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("12.03.2025", 2025, 3, 12, DatePrecision.Day)]
    [InlineData("März 2025", 2025, 3, 1, DatePrecision.Month)]
    [InlineData("Thu, 09/25/2025 - 11:38", 2025, 9, 25, DatePrecision.Time)]
    [InlineData("the 3rd of March 2025", 2025, 3, 3, DatePrecision.Day)]
    public void Reads_the_date_and_its_precision(string text, int year, int month, int day, DatePrecision precision)
    {
        Dates.TryRead(text, out var date, out var found).Should().BeTrue();
        date.Date.Should().Be(new DateTime(year, month, day));
        found.Should().Be(precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no date here")]
    [InlineData("2025-13-40")]
    [InlineData("31 February 2025")]
    public void Refuses_what_is_no_date(string text)
    {
        Dates.TryRead(text, out _, out var precision).Should().BeFalse();
        precision.Should().Be(DatePrecision.None);
    }
}
