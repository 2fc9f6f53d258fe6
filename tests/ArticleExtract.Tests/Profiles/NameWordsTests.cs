using System.Collections.Frozen;
using ArticleExtract.Profiles;

namespace ArticleExtract.Tests.Profiles;

/// <summary>How the profiles read the words of class and id values (<see cref="NameWords"/>).</summary>
public sealed class NameWordsTests
{
    private static readonly FrozenDictionary<string, string> Drops =
        new Dictionary<string, string> { ["quote"] = "quote", ["post"] = "post" }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("ipsQuote", "quote")]
    [InlineData("cPost cPost_contentWrap", "post")]
    [InlineData("message-quote", "quote")]
    [InlineData("bbQuote_body other", "quote")]
    public void A_name_is_read_without_a_platforms_short_prefix(string value, string expected)
    {
        NameWords.TryFind(value, Drops, out var found).Should().BeTrue();
        found.Should().Be(expected);
        NameWords.Contains(value, Drops.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase)).Should().BeTrue();
    }

    [Theory]
    [InlineData("message-body js-selectToQuote")]
    [InlineData("blogQuote")]
    [InlineData("IPSQuote")]
    [InlineData("quotes")]
    public void A_longer_head_is_a_word_of_the_name_not_a_prefix(string value)
    {
        // "selectToQuote" is a script's hook on a post's body; "blog" is a word, not a platform's prefix.
        NameWords.TryFind(value, Drops, out _).Should().BeFalse();
    }
}
