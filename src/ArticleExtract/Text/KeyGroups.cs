namespace ArticleExtract.Text;

/// <summary>
/// Groups the blocks of a page by their keys (stage 3's repetition feature): for each block, how many
/// blocks have the same key. The keys are slices of one buffer; an open-addressing table of block
/// numbers finds a key's group with one hash per key. The hash is the runtime's randomised string
/// hash, so that a page cannot be made of lines that collide on purpose (the table stays linear).
/// </summary>
internal static class KeyGroups
{
    /// <summary>The table has at least this many slots per key (short probe runs).</summary>
    private const int SlotsPerKey = 2;

    /// <summary>
    /// The size of each key's group. Key <c>i</c> is <c>keys[starts[i]..starts[i + 1]]</c>; the
    /// result has one count per key (1 for a key no other key equals).
    /// </summary>
    public static int[] Sizes(char[] keys, int[] starts)
    {
        var count = starts.Length - 1;
        var slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, count * SlotsPerKey))];
        var mask = slots.Length - 1;
        var hashes = new int[count];
        var groupOf = new int[count];
        var sizes = new int[count];
        for (var i = 0; i < count; i++)
        {
            var key = keys.AsSpan(starts[i], starts[i + 1] - starts[i]);
            var hash = string.GetHashCode(key);
            hashes[i] = hash;
            var slot = hash & mask;

            // A slot holds the number (plus one) of the first block of its group; 0 when empty.
            while (slots[slot] != 0)
            {
                var other = slots[slot] - 1;
                if (hashes[other] == hash && key.SequenceEqual(keys.AsSpan(starts[other], starts[other + 1] - starts[other])))
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }

            if (slots[slot] == 0)
            {
                slots[slot] = i + 1;
            }

            groupOf[i] = slots[slot] - 1;
            sizes[groupOf[i]]++;
        }

        for (var i = 0; i < count; i++)
        {
            groupOf[i] = sizes[groupOf[i]];
        }

        return groupOf;
    }
}
