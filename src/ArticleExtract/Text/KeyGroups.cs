using System.Numerics;
using System.Runtime.InteropServices;

namespace ArticleExtract.Text;

/// <summary>
/// Groups the blocks of a page by their keys (stage 3's repetition feature): for each block, how many
/// blocks have the same key. The keys are slices of one buffer; an open-addressing table of block
/// numbers finds a key's group with one hash per key.
/// </summary>
/// <remarks>
/// The keys are hashed first with a fast hash of a few samples of each (<see cref="FastHash"/>). A page made of lines
/// whose fast hashes collide on purpose would make the probe runs long (quadratic time); a run longer
/// than <see cref="MaxProbeRun"/> therefore starts the grouping again with the runtime's randomised
/// string hash (Marvin), whose collisions cannot be chosen: the same safeguard as the runtime's own
/// <c>Dictionary&lt;string, T&gt;</c>, which starts with a non-randomised hash and switches on collisions.
/// </remarks>
internal static class KeyGroups
{
    /// <summary>The table has at least this many slots per key (short probe runs).</summary>
    private const int SlotsPerKey = 2;

    /// <summary>
    /// A probe that passes more than this many other keys' slots ends the fast attempt (a run this long
    /// in a table at most half full is all but impossible by chance: the keys were made to collide).
    /// </summary>
    internal const int MaxProbeRun = 64;

    /// <summary>
    /// The size of each key's group. Key <c>i</c> is <c>keys[starts[i]..starts[i + 1]]</c>; the
    /// result has one count per key (1 for a key no other key equals).
    /// </summary>
    public static int[] Sizes(char[] keys, int[] starts) =>
        TrySizes<FastHash>(keys, starts, MaxProbeRun) ?? TrySizes<RandomizedHash>(keys, starts, int.MaxValue)!;

    /// <summary>The group sizes with the hash <typeparamref name="THash"/>, or null when a probe passed more than <paramref name="maxProbeRun"/> slots.</summary>
    internal static int[]? TrySizes<THash>(char[] keys, int[] starts, int maxProbeRun)
        where THash : struct, IKeyHash
    {
        var count = starts.Length - 1;
        var slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, count * SlotsPerKey))];
        var mask = slots.Length - 1;
        var hashes = new int[count];
        var groupOf = new int[count];
        var sizes = new int[count];
        for (var i = 0; i < count; i++)
        {
            var key = keys.AsSpan(starts[i], starts[i + 1] - starts[i]);
            var hash = THash.Of(key);
            hashes[i] = hash;
            var slot = hash & mask;

            // A slot holds the number (plus one) of the first block of its group; 0 when empty.
            var run = 0;
            while (slots[slot] != 0)
            {
                var other = slots[slot] - 1;
                if (hashes[other] == hash && key.SequenceEqual(keys.AsSpan(starts[other], starts[other + 1] - starts[other])))
                {
                    break;
                }

                if (++run > maxProbeRun)
                {
                    return null;
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

        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = sizes[groupOf[i]];
        }

        return result;
    }

    /// <summary>A hash of a key: equal keys have equal hashes.</summary>
    internal interface IKeyHash
    {
        static abstract int Of(ReadOnlySpan<char> key);
    }

    /// <summary>
    /// A multiply-and-fold hash of a few fixed samples of the key: its length and its first, last and
    /// two middle eight bytes (the whole key when it is shorter). Equal keys have equal samples; keys
    /// that differ only between the samples collide, and are told apart by comparing them, as any
    /// collision is. The time per key does not grow with its length (keys are whole paragraphs).
    /// </summary>
    internal readonly struct FastHash : IKeyHash
    {
        /// <summary>Odd 64-bit multipliers with well-mixed bits (from xxHash64).</summary>
        private const ulong Prime1 = 0x9E3779B185EBCA87, Prime2 = 0xC2B2AE3D27D4EB4F;

        public static int Of(ReadOnlySpan<char> key)
        {
            var bytes = MemoryMarshal.AsBytes(key);
            var length = bytes.Length;
            var hash = ((ulong)length + 1) * Prime2;
            if (length >= sizeof(ulong))
            {
                // Samples at the start, a third and two thirds of the way, and the end (they overlap in short
                // keys; a middle one may start at an odd byte, across two characters, which equal keys share alike).
                var last = length - sizeof(ulong);
                hash = Mix(hash, MemoryMarshal.Read<ulong>(bytes));
                hash = Mix(hash, MemoryMarshal.Read<ulong>(bytes[(last / 3)..]));
                hash = Mix(hash, MemoryMarshal.Read<ulong>(bytes[(2 * last / 3)..]));
                hash = Mix(hash, MemoryMarshal.Read<ulong>(bytes[last..]));
            }
            else
            {
                // Fewer than eight bytes (up to three characters), packed into one word.
                ulong packed = 0;
                foreach (var b in bytes)
                {
                    packed = (packed << 8) | b;
                }

                hash = Mix(hash, packed);
            }

            return (int)(hash ^ (hash >> 32));
        }

        private static ulong Mix(ulong hash, ulong value)
        {
            hash = (hash ^ value) * Prime1;
            return hash ^ (hash >> 29);
        }
    }

    /// <summary>The runtime's randomised string hash (Marvin, seeded per process).</summary>
    internal readonly struct RandomizedHash : IKeyHash
    {
        public static int Of(ReadOnlySpan<char> key) => string.GetHashCode(key);
    }
}
