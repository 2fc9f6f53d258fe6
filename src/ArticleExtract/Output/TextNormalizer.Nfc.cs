using System.Runtime.Intrinsics;
using System.Text;

namespace ArticleExtract.Output;

/// <summary>Unicode NFC: a fast check for text known to be in NFC, and the normalisation of the rest.</summary>
internal static partial class TextNormalizer
{
    /// <summary>
    /// The text in Unicode NFC. ICU rejects noncharacters (U+FFFE, U+FFFF) and lone surrogates
    /// with an exception; such text has them replaced by U+FFFD first, as a browser shows them.
    /// </summary>
    public static string ToNfc(string text)
    {
        if (IsKnownNfc(text))
        {
            return text;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var repaired = ReplaceInvalid(text);
            return repaired.IsNormalized(NormalizationForm.FormC) ? repaired : repaired.Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>Replaces lone surrogates and the noncharacters U+FFFE and U+FFFF with U+FFFD.</summary>
    private static string ReplaceInvalid(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether the text is certainly in NFC without asking ICU: every character is one that NFC
    /// keeps as it is whatever stands around it (Unicode's NFC_Quick_Check=Yes with combining
    /// class 0). ICU's check is a call into native code per string; most text (English,
    /// European languages, common punctuation, CJK) passes here.
    /// </summary>
    public static bool IsKnownNfc(ReadOnlySpan<char> text)
    {
        var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        while (true)
        {
            // Jump over characters below the combining marks (vectorised), then read the stretch of
            // others (Cyrillic or CJK text with its spaces and punctuation) eight characters at a time.
            var next = text[i..].IndexOfAnyExceptInRange('\0', (char)(FirstCombiningMark - 1));
            if (next < 0)
            {
                return true;
            }

            for (i += next; Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                if (Vector128.LessThanAll(block, Vector128.Create((ushort)FirstCombiningMark)))
                {
                    break; // back among the Latin characters: jump again
                }

                if (!AlwaysNfcLanes(block).Equals(Vector128<ushort>.AllBitsSet))
                {
                    return false;
                }
            }

            if (!Vector128.IsHardwareAccelerated || i + Vector128<ushort>.Count > chars.Length)
            {
                for (; i < text.Length; i++)
                {
                    if (!IsAlwaysNfc(text[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    /// <summary>The lanes of a block that hold a character <see cref="IsAlwaysNfc"/> accepts (all bits set), range by range as it lists them.</summary>
    private static Vector128<ushort> AlwaysNfcLanes(Vector128<ushort> block) =>
        Vector128.LessThan(block, Vector128.Create((ushort)FirstCombiningMark))
        | InRange(block, '\u0400', '\u0482') | InRange(block, '\u048A', '\u052F')
        | InRange(block, '\u2010', '\u2027') | InRange(block, '\u2030', '\u205E') | InRange(block, '\u20A0', '\u20BF')
        | InRange(block, '\u3001', '\u3029') | InRange(block, '\u3041', '\u3096') | InRange(block, '\u30A1', '\u30FF')
        | InRange(block, '\u4E00', '\u9FFF') | InRange(block, '\uAC00', '\uD7A3');

    private static Vector128<ushort> InRange(Vector128<ushort> block, char first, char last) =>
        Vector128.LessThanOrEqual(block - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));

    /// <summary>
    /// A character NFC never changes or composes with a neighbour: below the combining marks;
    /// Cyrillic letters (not its combining marks U+0483-U+0489); dashes, quotes, bullets and other
    /// general punctuation (not the spaces U+2000-U+200F, which hold singletons, nor the
    /// invisible characters from U+205F); currency signs; CJK punctuation (not its combining
    /// tone marks U+302A-U+302F), kana (not the combining voicing marks U+3099-U+309A), CJK
    /// ideographs and Hangul syllables.
    /// </summary>
    public static bool IsAlwaysNfc(char c) => c switch
    {
        < FirstCombiningMark => true,
        >= '\u0400' and <= '\u0482' or >= '\u048A' and <= '\u052F' => true,
        >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E' or >= '\u20A0' and <= '\u20BF' => true,
        >= '\u3001' and <= '\u3029' or >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30FF' => true,
        >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7A3' => true,
        _ => false,
    };
}
