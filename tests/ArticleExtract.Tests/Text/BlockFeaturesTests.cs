using ArticleExtract.Text;
using CsCheck;

namespace ArticleExtract.Tests.Text;

/// <summary>The screens in front of the character measures of a block give what a plain reading gives.</summary>
public sealed class BlockFeaturesTests
{
    /// <summary>Pieces of text from the scripts and punctuation around the screens' ranges.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Const("word "), Gen.Const("café"), Gen.Const("\u2019\u201C\u2014"), Gen.Const("\u0416"), Gen.Const("\u3042"), Gen.Const("\u30FF"),
        Gen.Const("\u4E2D\u6587"), Gen.Const("\uAC00"), Gen.Const("\u1100"), Gen.Const("\u11FF"), Gen.Const("\u303F"), Gen.Const("\uFB00"),
        Gen.Const("\uD83D\uDE00"), Gen.String[0, 6]);

    [Fact]
    public void The_weighted_length_is_the_sum_of_the_character_weights()
    {
        Piece.Array[0, 12].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            var plain = text.Sum(c => BlockFeatures.IsIdeograph(c) ? BlockFeatures.IdeographWeight : BlockFeatures.IsHangul(c) ? BlockFeatures.HangulWeight : 1);
            BlockFeatures.WeightedLength(text).Should().Be(plain, text);
        }, iter: 3000, threads: 1);
    }

    [Theory]
    [InlineData("https://example.com/story", true)]
    [InlineData("www.example.com", true)]
    [InlineData("jane@example.com", true)]
    [InlineData("@handle", true)]
    [InlineData("Write to jane@example.com for details", false)]
    [InlineData("Time: 10:30", false)]
    [InlineData("A plain sentence of prose.", false)]
    public void A_url_an_address_or_a_handle_is_link_like(string text, bool linkLike) =>
        BlockFeatures.IsLinkLike(text, TextRules.Shared).Should().Be(linkLike);

    [Theory]
    [InlineData("https://example.com/story", 0)]
    [InlineData("Read more at https://example.com or WWW.example.org", 4)]
    [InlineData("Write to  jane@example.com today", 3)]
    [InlineData("A plain sentence of prose.", 5)]
    public void Words_beside_addresses_leave_the_addresses_out(string text, int words) =>
        BlockFeatures.WordsBesideAddresses(text, TextRules.Shared).Should().Be(words);
}
