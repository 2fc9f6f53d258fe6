namespace ArticleExtract.Text;

/// <summary>
/// A set of bits addressed by a hash (a Bloom filter with one hash function): when the bit of a
/// hash is clear, nothing added had that hash; when it is set, something may have. The screens of
/// the text stages use it to turn most lookups away before the lookup itself. Filled by its
/// owner's constructor, then only read.
/// </summary>
internal sealed class BitFilter
{
    private readonly ulong[] _bits;
    private readonly uint _mask;

    /// <summary>A filter of <paramref name="bits"/> bits (a power of two, at least 64), all clear.</summary>
    public BitFilter(int bits)
    {
        if (bits < 64 || !System.Numerics.BitOperations.IsPow2(bits))
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "A power of two, at least 64.");
        }

        _bits = new ulong[bits / 64];
        _mask = (uint)bits - 1;
    }

    /// <summary>Sets the bit of <paramref name="hash"/> (its low bits).</summary>
    public void Add(uint hash)
    {
        var bit = hash & _mask;
        _bits[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    /// <summary>Something added may have had <paramref name="hash"/>: false when certainly nothing had.</summary>
    /// <remarks>Inlined: it is asked once per word of the page, from loops large enough that the JIT's inlining budget ran out before it.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint hash)
    {
        var bit = hash & _mask;
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }
}
