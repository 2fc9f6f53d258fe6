using ArticleExtract.Text;

namespace ArticleExtract.Tests.Text;

/// <summary>The bit filter behind the text stages' screens never turns away what was added.</summary>
public sealed class BitFilterTests
{
    [Fact]
    public void Every_added_hash_may_be_contained_and_an_empty_filter_contains_nothing()
    {
        var filter = new BitFilter(1024);
        var random = new Random(7);
        var added = Enumerable.Range(0, 200).Select(_ => (uint)random.NextInt64(0, uint.MaxValue + 1L)).ToArray();

        new BitFilter(1024).MayContain(added[0]).Should().BeFalse();
        foreach (var hash in added)
        {
            filter.Add(hash);
        }

        added.Should().OnlyContain(hash => filter.MayContain(hash));
        filter.MayContain(added[0] ^ 1u << 3).Should().Be(added.Any(hash => (hash & 1023) == ((added[0] ^ 1u << 3) & 1023)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(1000)]
    public void A_size_that_is_no_power_of_two_of_at_least_64_bits_is_refused(int bits)
    {
        var create = () => new BitFilter(bits);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }
}
