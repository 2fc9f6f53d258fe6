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
    public void The_fast_hash_groups_every_page_of_the_shared_corpus_as_the_runtime_hash_does()
    {
        // The fast hash (samples of each key) is the hand-optimised version; the runtime's string hash the plain one.
        var pages = new[] { "text-dev", "wcxb-dev/text", "seed" }
            .Select(Fixture.CorpusFolder)
            .Where(folder => folder is not null)
            .SelectMany(folder => Directory.EnumerateFiles(folder!, "*.txt", SearchOption.AllDirectories))
            .ToList();
        var repeated = 0;
        foreach (var page in pages)
        {
            var blocks = TextBlocks.Split(File.ReadAllText(page), CancellationToken.None);
            var keys = new char[blocks.Sum(block => block.Clean.Length)];
            var starts = new int[blocks.Count + 1];
            for (var i = 0; i < blocks.Count; i++)
            {
                starts[i + 1] = starts[i] + TextVocabulary.WriteKey(blocks[i].Clean, keys.AsSpan(starts[i]));
            }

            var fast = KeyGroups.TrySizes<KeyGroups.FastHash>(keys, starts, int.MaxValue);
            fast.Should().Equal(KeyGroups.TrySizes<KeyGroups.RandomizedHash>(keys, starts, int.MaxValue), page);
            repeated += fast!.Count(size => size > 1);
        }

        // Pages with repeated lines were among them (else the groups would agree trivially), when the corpus is there.
        if (pages.Count > 0)
        {
            repeated.Should().BePositive();
        }
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
        // lengths and characters, each repeated a different number of times (short keys, and long
        // ones that differ only in their middle).
        var random = new Random(20261129);
        var keys = new string[3000];
        for (var i = 0; i < keys.Length; i++)
        {
            var n = random.Next(700);
            keys[i] = n % 7 == 0 ? new string('x', n % 5)
                : n % 3 == 0 ? $"a long line of text, number {n % 350,3}, that goes on for a while after it"
                : $"key {n % 350} of {n / 350}";
        }

        var expected = keys.Select(k => keys.Count(other => other == k)).ToArray();
        Sizes(keys).Should().Equal(expected);
    }

    [Fact]
    public void Keys_made_to_collide_end_the_fast_attempt_and_are_grouped_all_the_same()
    {
        // With a hash that gives every key the same value, each new key passes all the keys before
        // it: the attempt gives up after MaxProbeRun of them, and a search without limit still
        // finds the right groups (as the randomised hash does after a fast attempt gave up).
        var keys = Enumerable.Range(0, KeyGroups.MaxProbeRun + 2).Select(i => $"line {i}").Append("line 3").ToArray();
        var (buffer, starts) = Buffer(keys);
        var expected = keys.Select(k => keys.Count(other => other == k)).ToArray();

        KeyGroups.TrySizes<CollidingHash>(buffer, starts, KeyGroups.MaxProbeRun).Should().BeNull();
        KeyGroups.TrySizes<CollidingHash>(buffer, starts, int.MaxValue).Should().Equal(expected);
        KeyGroups.TrySizes<KeyGroups.RandomizedHash>(buffer, starts, KeyGroups.MaxProbeRun).Should().Equal(expected);
        KeyGroups.Sizes(buffer, starts).Should().Equal(expected);
    }

    [Fact]
    public void Keys_that_differ_only_between_the_fast_hash_samples_are_told_apart()
    {
        // Long keys of one length that differ in one character at every place: many share all the
        // fast hash's samples, and still each is a group of its own; equal copies hash alike.
        var key = new string(Enumerable.Range(0, 90).Select(i => (char)('a' + (i % 26))).ToArray());
        KeyGroups.FastHash.Of(key).Should().Be(KeyGroups.FastHash.Of(new string(key.AsSpan())));
        var keys = Enumerable.Range(0, key.Length).Select(place =>
        {
            var changed = key.ToCharArray();
            changed[place] = 'Z';
            return new string(changed);
        }).Append(key).ToArray();

        keys.Select(k => KeyGroups.FastHash.Of(k)).Distinct().Should().HaveCountLessThan(keys.Length, "most places are between the samples");
        Sizes(keys).Should().AllBeEquivalentTo(1);
        Sizes([.. keys, .. keys]).Should().AllBeEquivalentTo(2);
    }

    private readonly struct CollidingHash : KeyGroups.IKeyHash
    {
        public static int Of(ReadOnlySpan<char> key) => 7;
    }

    private static (char[] Buffer, int[] Starts) Buffer(string[] keys)
    {
        var starts = new int[keys.Length + 1];
        for (var i = 0; i < keys.Length; i++)
        {
            starts[i + 1] = starts[i] + keys[i].Length;
        }

        return (string.Concat(keys).ToCharArray(), starts);
    }

    private static int[] Sizes(params string[] keys)
    {
        var (buffer, starts) = Buffer(keys);
        return KeyGroups.Sizes(buffer, starts);
    }
}
