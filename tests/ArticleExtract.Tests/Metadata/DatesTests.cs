using CsCheck;
using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>Machine dates keep the page's offset; impossible dates give nothing.</summary>
public sealed class DatesTests
{
    [Theory]
    [InlineData("2015-07-10T09:53:00-04:00", 2015, 7, 10, 9, 53, -4)]
    [InlineData("2021-11-01T10:52:50+0100", 2021, 11, 1, 10, 52, 1)]
    [InlineData("2019-01-03T07:00:02.000Z", 2019, 1, 3, 7, 0, 0)]
    [InlineData("2017-11-03 03:01:00.000000", 2017, 11, 3, 3, 1, 0)]
    [InlineData("2018-04-05T06:00", 2018, 4, 5, 6, 0, 0)]
    [InlineData("2024-06-25", 2024, 6, 25, 0, 0, 0)]
    [InlineData("Tue, 21 Mar 2023 10:00:00 GMT", 2023, 3, 21, 10, 0, 0)]
    public void Machine_dates_keep_their_offset(string text, int year, int month, int day, int hour, int minute, int offsetHours)
    {
        Dates.TryParseMachine(text, out var date).Should().BeTrue();
        date.Should().Be(new DateTimeOffset(year, month, day, hour, minute, date.Second, TimeSpan.FromHours(offsetHours)));
        date.Offset.Should().Be(TimeSpan.FromHours(offsetHours));
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-30T10:00:00Z")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("March 5")]
    public void Impossible_or_partial_dates_give_nothing(string text)
    {
        Dates.TryParseMachine(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("21 March 2023", true)]
    [InlineData("March 21, 2023 10:15 pm", true)]
    [InlineData("21.03.2023", true)]
    [InlineData("2023-03-21", true)]
    [InlineData("twenty-first of March, two thousand twenty-three", false)]
    [InlineData("March", false)]
    [InlineData("٢١ مارس ٢٠٢٣", false)]
    public void Only_text_with_an_ASCII_digit_may_hold_a_date(string text, bool parsed)
    {
        Dates.MayHoldDate(text).Should().Be(text.Any(char.IsAsciiDigit));
        Dates.TryParseText(text, out _).Should().Be(parsed);
        Dates.TryParseTokens(text, out _).Should().Be(parsed);
    }

    /// <summary>Pieces of date-like text without ASCII digits: month names, weekdays, other digits, separators.</summary>
    private static readonly Gen<string> DigitFreePiece = Gen.OneOf(
        Gen.Const("March"), Gen.Const("Mar"), Gen.Const("März"), Gen.Const("mars"), Gen.Const("Tuesday"), Gen.Const("de"), Gen.Const("of"),
        Gen.Const("٢١"), Gen.Const("２０２３"), Gen.Const("XXI"), Gen.Const("twenty-one"), Gen.Const(" "), Gen.Const(", "), Gen.Const("."),
        Gen.Const("/"), Gen.Const("-"), Gen.Const(":"), Gen.Const("am"), Gen.Const("T"), Gen.Const("Z"));

    [Fact]
    public void Text_without_an_ASCII_digit_never_parses_even_unscreened()
    {
        DigitFreePiece.Array[0, 12].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            Dates.MayHoldDate(text).Should().BeFalse(text);
            Dates.TryParseTokens(text, out _).Should().BeFalse(text);
        }, iter: 2000, threads: 1);
    }

    [Theory]
    [InlineData("https://example.com/2023/03/21/some-story", true)]
    [InlineData("https://example.com/news/2023-03-21-some-story", true)]
    [InlineData("https://example.com/2023/13/21/some-story", false)]
    [InlineData("https://example.com/story-12345", false)]
    public void Dates_are_read_from_urls(string url, bool found)
    {
        Dates.TryParseUrl(url, out var date).Should().Be(found);
        if (found)
        {
            date.Date.Should().Be(new DateTime(2023, 3, 21));
        }
    }
}
