using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ArticleExtract.Input;

/// <summary>
/// The encoding of bytes that declare none (no byte order mark, no charset from the caller or the
/// page): UTF-8 when they can be UTF-8, else windows-1252, the default of browsers for pages
/// without a declaration in most locales (WHATWG Encoding, "the user's locale" default).
/// </summary>
/// <remarks>
/// Legacy text is told from UTF-8 by its non-ASCII bytes: in windows-1252 (or ISO-8859-1) text
/// they are single letters ("Café" is <c>43 61 66 E9</c>) that practically never happen to form a
/// UTF-8 sequence, while UTF-8 text is made of such sequences. Bytes with at least one invalid
/// sequence and not one valid multi-byte sequence are legacy; bytes that mix both stay UTF-8
/// (a UTF-8 page with a few stray bytes keeps its accents and gets U+FFFD for the strays).
/// </remarks>
internal static class LegacyEncoding
{
    /// <summary>How far a page's own charset declaration is looked for (the parser changes to it when it meets it in the head).</summary>
    private const int DeclarationWindow = 65_536;

    private static readonly SearchValues<string> CharsetToken = SearchValues.Create(["charset"], StringComparison.OrdinalIgnoreCase);

    static LegacyEncoding() => EncodingSetup.EnsureRegistered();

    /// <summary>windows-1252, with replacement characters for its five undefined bytes.</summary>
    public static Encoding Windows1252 { get; } =
        Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    /// <summary>
    /// windows-1252 for HTML bytes that are not UTF-8 and do not declare a charset in their head;
    /// <c>null</c> (leave it to the parser: the page's declaration, else UTF-8) otherwise.
    /// </summary>
    public static Encoding? ForUndeclaredHtml(ReadOnlySpan<byte> bytes) =>
        !IsLegacy(bytes) || DeclaresCharset(bytes) ? null : Windows1252;

    /// <summary>The encoding of scraped text without a declaration: windows-1252 when it is legacy, else UTF-8.</summary>
    public static Encoding ForUndeclaredText(ReadOnlySpan<byte> bytes) =>
        IsLegacy(bytes) ? Windows1252 : AngleSharp.Text.TextEncoding.Utf8;

    /// <summary>True when the bytes are not UTF-8 and not one of their non-ASCII runs is (see the remarks).</summary>
    internal static bool IsLegacy(ReadOnlySpan<byte> bytes)
    {
        bytes = WithoutCutSequence(bytes);
        if (Utf8.IsValid(bytes))
        {
            return false;
        }

        var rest = bytes;
        while (rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) is var next and >= 0)
        {
            rest = rest[next..];
            if (Rune.DecodeFromUtf8(rest, out _, out var consumed) == OperationStatus.Done)
            {
                return false;
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        return true;
    }

    /// <summary>The bytes without a UTF-8 sequence cut short at their end (a page truncated mid-character).</summary>
    private static ReadOnlySpan<byte> WithoutCutSequence(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.Length;
        while (start > 0 && bytes.Length - start < 3 && (bytes[start - 1] & 0xC0) == 0x80)
        {
            start--;
        }

        if (start == 0 || bytes[start - 1] < 0xC0)
        {
            return bytes;
        }

        var lead = bytes[start - 1];
        var length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return bytes.Length - (start - 1) < length ? bytes[..(start - 1)] : bytes;
    }

    /// <summary>True when the page names a charset early on (<c>&lt;meta charset&gt;</c> or http-equiv), which the parser then follows.</summary>
    private static bool DeclaresCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, DeclarationWindow)];
        return Encoding.Latin1.GetString(head).AsSpan().IndexOfAny(CharsetToken) >= 0;
    }
}
