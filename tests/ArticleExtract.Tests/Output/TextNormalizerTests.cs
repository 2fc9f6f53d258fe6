using CsCheck;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using ArticleExtract.Output;

namespace ArticleExtract.Tests.Output;

/// <summary>Normalisation of text: whitespace collapsed, invisible characters dropped, NFC, with and without ICU.</summary>
public sealed class TextNormalizerTests
{
    [Fact]
    public void The_whitespace_set_is_exactly_what_char_IsWhiteSpace_accepts()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            TextNormalizer.WhiteSpaceCharacters.Contains(c).Should().Be(char.IsWhiteSpace(c), "U+{0:X4}", (int)c);
        }
    }

    [Fact]
    public void Characters_taken_for_NFC_without_ICU_are_NFC_whatever_stands_around_them()
    {
        // A text made only of characters that NFC keeps alone and that are not combining marks
        // (nor Hangul jamo, which compose with the syllable before them) is in NFC.
        var wrong = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (!TextNormalizer.IsAlwaysNfc(c))
            {
                continue;
            }

            var isMark = char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            var isJamo = c is >= '\u1100' and <= '\u11FF';
            if (isMark || isJamo || char.IsSurrogate(c) || !c.ToString().IsNormalized(NormalizationForm.FormC))
            {
                wrong.Add($"U+{code:X4}");
            }
        }

        wrong.Should().BeEmpty();
    }

    [Theory]
    [InlineData("plain ascii text")]
    [InlineData("“Quotes” — dashes… 20 €")]
    [InlineData("Crème brûlée, Ærø, Łódź")]
    [InlineData("Москва, 東京, ソウル, 서울")]
    public void Text_certainly_in_NFC_is_known_without_ICU(string text)
    {
        TextNormalizer.IsKnownNfc(text).Should().BeTrue();
        TextNormalizer.ToNfc(text).Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("\u212B", "\u00C5")]
    [InlineData("\u1100\u1161", "\uAC00")]
    public void Text_that_may_not_be_NFC_is_normalised(string text, string expected)
    {
        TextNormalizer.IsKnownNfc(text).Should().BeFalse();
        TextNormalizer.ToNfc(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("  a \u00A0 b\u200B\u00ADc \t\n d  ", "a bc d")]
    [InlineData("\u200B", "")]
    [InlineData("one two  three   four ", "one two three four")]
    [InlineData("   one \n two\r\n\r\nthree  ", "one two three")]
    [InlineData("x\u2003\u2003y", "x y")]
    [InlineData("cafe\u200B\u0301", "caf\u00E9")]
    public void Collapsing_drops_invisible_characters_joins_spaces_and_applies_NFC(string text, string expected)
    {
        TextNormalizer.CollapseWhitespace(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("one two three", true)]
    [InlineData("caf\u00E9 \u201Cquoted\u201D", true)]
    [InlineData("", true)]
    [InlineData(" one two", false)]
    [InlineData("one two ", false)]
    [InlineData("one  two", false)]
    [InlineData("one\ttwo", false)]
    [InlineData("one\u00A0two", false)]
    [InlineData("one\u200Btwo", false)]
    [InlineData("cafe\u0301", false)]
    public void Text_already_collapsed_comes_back_as_it_is_and_other_text_as_the_span_form_gives_it(string text, bool unchanged)
    {
        var collapsed = TextNormalizer.CollapseWhitespace(text);

        collapsed.Should().Be(TextNormalizer.CollapseWhitespace(text.AsSpan()));
        ReferenceEquals(collapsed, text).Should().Be(unchanged);
    }

    /// <summary>Pieces of text for word counts: ASCII words and separators around the vector width, and non-ASCII letters and marks.</summary>
    private static readonly Gen<string> WordPiece = Gen.OneOf(
        Gen.Const("word"), Gen.Const("a"), Gen.Const(" "), Gen.Const("snake_case"), Gen.Const("2023"), Gen.Const("@[`{"), Gen.Const("\n\n"),
        Gen.Const("café"), Gen.Const("e\u0301"), Gen.Const("中文"), Gen.Const("\u00A0"), Gen.Const("’"), Gen.Const("\u007F"), Gen.Const("/:"),
        Gen.String[0, 10]);

    [Fact]
    public void Words_are_counted_as_a_plain_reading_counts_them()
    {
        WordPiece.Array[0, 30].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            TextNormalizer.CountWords(text).Should().Be(PlainWordCount(text), text);
        }, iter: 3000, threads: 1);
    }

    /// <summary>The runs of letters, digits, underscores and combining marks, counted a character at a time.</summary>
    private static int PlainWordCount(string text)
    {
        var count = 0;
        var previous = false;
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            var isWord = char.IsLetterOrDigit(c) || c == '_'
                || (c > '\u007F' && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
            count += isWord && !previous ? 1 : 0;
            previous = isWord;
        }

        return count;
    }

    /// <summary>Pieces of text around the NFC screen: Latin, punctuation beyond it, combining marks, Cyrillic, kana, Hangul.</summary>
    private static readonly Gen<string> NfcPiece = Gen.OneOf(
        Gen.Const("plain text "), Gen.Const("caf\u00E9"), Gen.Const("\u2019"), Gen.Const("\u201C\u201D"), Gen.Const("e\u0301"), Gen.Const("\u0416\u0483"),
        Gen.Const("\u3042\u3099"), Gen.Const("\uAC00"), Gen.Const("\u212B"), Gen.Const("\u2003"), Gen.Const("\u4E2D"), Gen.String[0, 6],
        Gen.Const("\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440"), Gen.Const("\u4E2D\u6587\u3002\u65E5\u672C\u8A9E\u3001\u30C6\u30B9\u30C8"),
        Gen.Const("\u02FF\u0300"), Gen.Const("\u03FF\u0400"), Gen.Const("\u0482\u0483\u0489\u048A"), Gen.Const("\u052F\u0530"),
        Gen.Const("\u200F\u2010"), Gen.Const("\u2027\u2028\u202F\u2030"), Gen.Const("\u205E\u205F"), Gen.Const("\u209F\u20A0\u20BF\u20C0"),
        Gen.Const("\u3000\u3001\u3029\u302A"), Gen.Const("\u3040\u3041\u3096\u3097"), Gen.Const("\u30A0\u30A1\u30FF\u3100"),
        Gen.Const("\u4DFF\u4E00\u9FFF\uA000"), Gen.Const("\uABFF\uAC00\uD7A3\uD7A4"), Gen.Char.Array[1, 10].Select(c => new string(c)),
        Gen.Int[0, NfcRangeEdges.Length - 1].Select(at => NfcRangeEdges[at]).Select(edge => "\u4E2D\u4E2D\u4E2D" + edge + "\u4E2D\u4E2D\u4E2D\u4E2D"));

    /// <summary>The characters at both edges of every range of <see cref="TextNormalizer.IsAlwaysNfc"/>, inside and outside.</summary>
    private const string NfcRangeEdges = "\u02FF\u0300\u03FF\u0400\u0482\u0483\u0489\u048A\u052F\u0530\u200F\u2010\u2027\u2028\u202F\u2030"
        + "\u205E\u205F\u209F\u20A0\u20BF\u20C0\u3000\u3001\u3029\u302A\u3040\u3041\u3096\u3097\u30A0\u30A1\u30FF\u3100"
        + "\u4DFF\u4E00\u9FFF\uA000\uABFF\uAC00\uD7A3\uD7A4";

    [Fact]
    public void Every_range_edge_is_judged_as_a_character_at_a_time_wherever_it_stands_in_a_block()
    {
        foreach (var edge in NfcRangeEdges)
        {
            for (var latin = 0; latin < 10; latin++)
            {
                for (var at = 0; at < 16; at++)
                {
                    var text = new string('a', latin) + new string('\u4E2D', at) + edge + new string('\u4E2D', 16 - at);
                    TextNormalizer.IsKnownNfc(text).Should().Be(TextNormalizer.IsAlwaysNfc(edge), $"U+{(int)edge:X4} after {latin} Latin and {at} CJK characters");
                }
            }
        }
    }

    [Fact]
    public void Text_is_known_nfc_when_every_character_always_is()
    {
        NfcPiece.Array[0, 12].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            TextNormalizer.IsKnownNfc(text).Should().Be(text.All(TextNormalizer.IsAlwaysNfc), text);
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        // Built in code: a lone surrogate does not survive as test data in an attribute.
        var text = "a" + (char)0xD800 + "b";
        TextNormalizer.CollapseWhitespace(text).Should().Be("a\uFFFDb");
    }

    [Fact]
    public void Appended_text_gets_one_space_between_words_whatever_the_pieces()
    {
        var builder = new StringBuilder();
        TextNormalizer.AppendCollapsed(builder, "  one  two ", pendingSpace: false);
        TextNormalizer.AppendCollapsed(builder, " three", pendingSpace: false);
        TextNormalizer.AppendCollapsed(builder, "four\u200B", pendingSpace: true);
        TextNormalizer.AppendCollapsed(builder, "five", pendingSpace: false);
        builder.ToString().Should().Be("one two three fourfive");
    }

    [Fact]
    public void Long_text_collapses_as_short_text_does()
    {
        var word = "wörd\u00A0 \u200B";
        var text = string.Concat(Enumerable.Repeat(word, 500));
        TextNormalizer.CollapseWhitespace(text).Should().Be(string.Join(" ", Enumerable.Repeat("wörd", 500)));
    }

    [Theory]
    [InlineData("<p>One <b>two</b></p><p>  three\u00A0</p>")]
    [InlineData("<div>a<br>  <br>b<pre>  code\n\tline  \n\n x</pre>c</div>")]
    [InlineData("<table><tr><td>cell one</td><td>\u200B</td><td>two</td></tr></table><p>\u2003</p><p>end</p>")]
    [InlineData("<p>cafe</p><p>\u0301 accent</p><p>e\u200B\u0301</p><pre>\u212B</pre>")]
    public void The_collapsed_line_is_the_collapsed_paragraphs(string html)
    {
        var body = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>").Body!;
        PlainTextWriter.WriteCollapsed(body).Should().Be(TextNormalizer.CollapseWhitespace(PlainTextWriter.Write(body)));
    }
}
