using System.Runtime.Intrinsics;

namespace ArticleExtract.Output;

/// <summary>Word counting, as <c>\w+</c> counts words.</summary>
internal static partial class TextNormalizer
{
    /// <summary>Counts words: runs of letters, digits and connecting marks, as <c>\w+</c> does.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time: a bit per word character, and a word begins at each bit whose left neighbour is clear.
            for (; i + AsciiWordMask.Width <= chars.Length; i += AsciiWordMask.Width)
            {
                var block = Vector128.Create(chars.Slice(i, AsciiWordMask.Width));
                if (!AsciiWordMask.TryGet(block, out var word))
                {
                    CountWordsOneByOne(text.Slice(i, AsciiWordMask.Width), ref count, ref inWord);
                    continue;
                }

                var previous = (word << 1) | (inWord ? 1u : 0u);
                count += System.Numerics.BitOperations.PopCount(word & ~previous);
                inWord = (word & AsciiWordMask.LastBit) != 0;
            }
        }

        CountWordsOneByOne(text[i..], ref count, ref inWord);
        return count;
    }

    /// <summary>Counts the words that begin in <paramref name="text"/>, a character at a time, going on from <paramref name="inWord"/>.</summary>
    private static void CountWordsOneByOne(ReadOnlySpan<char> text, ref int count, ref bool inWord)
    {
        foreach (var c in text)
        {
            var isWordChar = IsWordCharacter(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }
    }

    /// <summary>A character of a word as <c>\w</c> matches it: a letter, a digit, the underscore or a combining mark.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c) || c == '_'
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The word characters of eight ASCII characters as the bits of a mask (bit <c>i</c> for character <c>i</c>).</summary>
    private static class AsciiWordMask
    {
        /// <summary>The characters looked at together.</summary>
        public const int Width = 8;

        /// <summary>The bit of the last of them.</summary>
        public const uint LastBit = 1u << (Width - 1);

        /// <summary>False when one of the characters is not ASCII (it is then counted a character at a time).</summary>
        public static bool TryGet(Vector128<ushort> block, out uint mask)
        {
            mask = 0;
            if (Vector128.GreaterThanAny(block, Vector128.Create((ushort)0x7F)))
            {
                return false;
            }

            // Unsigned differences: a character below the range wraps round to a large number.
            var letter = Vector128.LessThan(
                (block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'),
                Vector128.Create((ushort)26));
            var digit = Vector128.LessThan(
                block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var underscore = Vector128.Equals(block, Vector128.Create((ushort)'_'));
            mask = (letter | digit | underscore).ExtractMostSignificantBits();
            return true;
        }
    }
}
