using ArticleExtract.Html;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace ArticleExtract.Tests.Html;

public sealed class NodeStatsTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("   ", 0, 0)]
    [InlineData("  two words  ", 10, 0)]
    [InlineData("a,b, c", 6, 2)]
    [InlineData("\u4E2D\uFF0C\u6587\u3001", 4, 2)]
    [InlineData("a\u00A0\u00A0b", 3, 0)]
    [InlineData("one\ttwo\r\nthree ", 14, 0)]
    public void Visible_length_counts_a_whitespace_run_as_one_after_a_visible_character(string text, int length, int commas) =>
        NodeStats.MeasureText(text).Should().Be((length, commas));

    /// <summary>Pieces around the vector widths: ASCII words and whitespace, and characters beyond ASCII (spaces and commas among them).</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Const("word"), Gen.Const("a"), Gen.Const(" "), Gen.Const("  \t"), Gen.Const("\r\n"), Gen.Const(","), Gen.Const(", "),
        Gen.Const("\v\f"), Gen.Const("\u001F"), Gen.Const("\u0085"), Gen.Const("\u00A0"), Gen.Const("\u3000"), Gen.Const("\uFF0C"),
        Gen.Const("\u3001"), Gen.Const("café"), Gen.Const("\u007F"), Gen.Const("abcdefghijklmnop"), Gen.String[0, 20],
        Gen.Const("\u1680"), Gen.Const("\u2000"), Gen.Const("\u2005\u200A"), Gen.Const("\u2028\u2029"), Gen.Const("\u202F"),
        Gen.Const("\u205F"), Gen.Const("\u200B"), Gen.Const("\u1FFF\u2030"), Gen.Const("\u0084\u00A1"), Gen.Const("\u3002\uFF0B"),
        Gen.Const("Привет, мир"), Gen.Const("\u4E2D\u6587"), Gen.Char['\u0080', '\u3100'].Array[1, 12].Select(c => new string(c)));

    [Fact]
    public void Measures_are_those_of_a_plain_reading_a_character_at_a_time()
    {
        Piece.Array[0, 30].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            NodeStats.MeasureText(text).Should().Be(PlainMeasure(text), text);
        }, iter: 3000, threads: 1);
    }

    private static (int Length, int Commas) PlainMeasure(string text)
    {
        int length = 0, commas = 0;
        var previousIsSpace = true;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            length += !isSpace || !previousIsSpace ? 1 : 0;
            commas += c is ',' or '\uFF0C' or '\u3001' ? 1 : 0;
            previousIsSpace = isSpace;
        }

        return (length, commas);
    }
}
