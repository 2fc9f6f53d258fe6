using ArticleExtract.Text;

namespace ArticleExtract.Tests.Text;

/// <summary>Stage 3's repetition feature: blocks grouped by key, each with the size of its group.</summary>
public sealed class KeyGroupsTests
{
    [Fact]
    public void Each_key_gets_the_size_of_its_group()
    {
        Sizes("share", "", "menu", "share", "", "shares", "share", "men").Should().Equal(3, 2, 1, 3, 2, 1, 3, 1);
    }

    [Fact]
    public void A_page_of_one_key_or_of_none_is_counted()
    {
        Sizes().Should().BeEmpty();
        Sizes("only").Should().Equal(1);
        Sizes("same", "same", "same", "same").Should().Equal(4, 4, 4, 4);
    }

    [Fact]
    public void Many_keys_agree_with_counting_them_one_by_one()
    {
        // Enough keys that probe runs meet and wrap around the table; keys that share prefixes,
        // lengths and characters, each repeated a different number of times.
        var random = new Random(20261129);
        var keys = new string[3000];
        for (var i = 0; i < keys.Length; i++)
        {
            var n = random.Next(700);
            keys[i] = n % 7 == 0 ? new string('x', n % 5) : $"key {n % 350} of {n / 350}";
        }

        var expected = keys.Select(k => keys.Count(other => other == k)).ToArray();
        Sizes(keys).Should().Equal(expected);
    }

    private static int[] Sizes(params string[] keys)
    {
        var buffer = string.Concat(keys).ToCharArray();
        var starts = new int[keys.Length + 1];
        for (var i = 0; i < keys.Length; i++)
        {
            starts[i + 1] = starts[i] + keys[i].Length;
        }

        return KeyGroups.Sizes(buffer, starts);
    }
}
