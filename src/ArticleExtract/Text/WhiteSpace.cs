namespace ArticleExtract.Text;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/> by ranges. The runtime answers Latin-1 from a table but
/// looks up the Unicode category of every other character (three dependent table reads): on pages
/// in Cyrillic, Greek or CJK script that was a large part of writing the vocabulary keys. Beyond
/// Latin-1 only a handful of characters are whitespace, all between U+1680 and U+3000 (a test
/// compares the two on every UTF-16 code unit).
/// </summary>
internal static class WhiteSpace
{
    /// <summary>The same as <see cref="char.IsWhiteSpace(char)"/>.</summary>
    public static bool Is(char c) => c <= '\u00A0'
        ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || c == '\u0085' || c == '\u00A0'
        : c >= '\u1680' && c <= '\u3000' && IsBeyondLatin1(c);

    /// <summary>The whitespace from the Ogham space mark to the ideographic space.</summary>
    private static bool IsBeyondLatin1(char c) =>
        c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
}
