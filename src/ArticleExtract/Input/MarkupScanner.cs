using System.Numerics;

namespace ArticleExtract.Input;

/// <summary>
/// Reads markup for <see cref="NestingGuard"/> without parsing it: tag names (lower-cased and
/// hashed), the end of a tag with a hash of its attributes, and what to skip (raw text, comments,
/// declarations). Works on chars and on bytes of any ASCII-compatible encoding.
/// </summary>
internal static class MarkupScanner
{
    /// <summary>The FNV-1a offset basis that <see cref="ReadTagRest"/>'s hash of the attributes starts from.</summary>
    private const uint AttributeSeed = 2166136261u;

    public static char Ch<T>(T value)
        where T : unmanaged, IBinaryInteger<T> => (char)ushort.CreateTruncating(value);

    /// <summary>Lower-cases as <see cref="char.ToLowerInvariant"/> does, without its call for ASCII.</summary>
    public static char ToLower(char c) => c < 0x80 ? (char)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) : char.ToLowerInvariant(c);

    /// <summary>Reads a tag name, lower-cased and hashed; returns the hash and the index after the name.</summary>
    public static (ulong Name, int End) ReadName<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        var i = start;
        var hash = NestingGuard.Tags.Seed;
        while (i < s.Length)
        {
            var c = Ch(s[i]);
            if (c is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                break;
            }

            hash = NestingGuard.Tags.Step(hash, ToLower(c));
            i++;
        }

        return (NestingGuard.Tags.Finish(hash), i);
    }

    /// <summary>As <see cref="ReadTagRest"/>, answering at once for a tag that ends right after its name.</summary>
    public static (int End, uint Attributes, bool SelfClosing) ReadTagEnd<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        return start < s.Length && Ch(s[start]) == '>' ? (start + 1, AttributeSeed, false) : ReadTagRest(s, start);
    }

    /// <summary>
    /// Finds the '&gt;' that ends a tag, skipping quoted attribute values; returns the index after it
    /// (-1 at end of input), a hash of the attributes and whether the tag ends with "/&gt;".
    /// </summary>
    public static (int End, uint Attributes, bool SelfClosing) ReadTagRest<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        var hash = AttributeSeed;
        var afterEquals = false;
        for (var i = start; i < s.Length; i++)
        {
            var c = Ch(s[i]);
            if (c > '>')
            {
                // Letters, the bulk of a tag: the default case below, without the switch.
                afterEquals = false;
                hash = (hash ^ c) * 16777619u;
                continue;
            }

            switch (c)
            {
                case '>':
                    return (i + 1, hash, i > start && Ch(s[i - 1]) == '/');
                case '=':
                    afterEquals = true;
                    break;
                case '"' or '\'' when afterEquals:
                    var close = s[(i + 1)..].IndexOf(T.CreateTruncating(c));
                    if (close < 0)
                    {
                        return (-1, hash, false);
                    }

                    hash = (hash ^ (uint)close) * 16777619u;
                    i += close + 1;
                    afterEquals = false;
                    break;
                case ' ' or '\t' or '\n' or '\r' or '\f':
                    break;
                default:
                    afterEquals = false;
                    break;
            }

            hash = (hash ^ c) * 16777619u;
        }

        return (-1, hash, false);
    }

    /// <summary>Skips the text of a raw-text element (script, style, textarea...) and its end tag.</summary>
    public static int SkipRawText<T>(ReadOnlySpan<T> s, int from, int nameStart, int nameEnd)
        where T : unmanaged, IBinaryInteger<T>
    {
        var nameLength = nameEnd - nameStart;
        var lt = T.CreateTruncating('<');
        for (var i = from; i < s.Length;)
        {
            var next = s[i..].IndexOf(lt);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (i + 2 + nameLength <= s.Length && Ch(s[i + 1]) == '/' && SameName(s, i + 2, nameStart, nameLength))
            {
                var after = i + 2 + nameLength;
                if (after == s.Length)
                {
                    return -1;
                }

                if (Ch(s[after]) is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    return SkipTo(s, after, '>');
                }
            }

            i++;
        }

        return -1;
    }

    public static bool SameName<T>(ReadOnlySpan<T> s, int at, int nameStart, int length)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var k = 0; k < length; k++)
        {
            if (char.ToLowerInvariant(Ch(s[at + k])) != char.ToLowerInvariant(Ch(s[nameStart + k])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Skips "&lt;!--...--&gt;", "&lt;!doctype...&gt;" and other "&lt;!...&gt;" declarations.</summary>
    public static int SkipMarkupDeclaration<T>(ReadOnlySpan<T> s, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        var dash = T.CreateTruncating('-');
        if (start + 3 < s.Length && s[start + 2] == dash && s[start + 3] == dash)
        {
            var i = start + 4;
            if (i < s.Length && Ch(s[i]) == '>')
            {
                return i + 1; // "<!-->"
            }

            if (i + 1 < s.Length && s[i] == dash && Ch(s[i + 1]) == '>')
            {
                return i + 2; // "<!--->"
            }

            ReadOnlySpan<T> close = [dash, dash, T.CreateTruncating('>')];
            var end = s[i..].IndexOf(close);
            return end < 0 ? -1 : i + end + 3;
        }

        return SkipTo(s, start + 2, '>');
    }

    public static int SkipTo<T>(ReadOnlySpan<T> s, int from, char c)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var at = s[from..].IndexOf(T.CreateTruncating(c));
        return at < 0 ? -1 : from + at + 1;
    }
}
