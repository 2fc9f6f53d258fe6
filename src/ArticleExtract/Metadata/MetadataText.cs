using System.Globalization;
using System.Text;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>Cleaning of metadata strings: whitespace collapsed, entities left escaped twice decoded.</summary>
internal static class MetadataText
{
    /// <summary>The highest Unicode code point.</summary>
    private const int MaxCodePoint = 0x10FFFF;

    /// <summary>Whitespace collapsed and HTML entities decoded once more; null when empty.</summary>
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = TextNormalizer.CollapseWhitespace(RepairMojibake(Unescape(value)));
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// UTF-8 read as Latin-1 once and stored so ("Investorâ\u0080\u0099s Guide", "JOHNSONâ\u0080\u0099SÂ®"),
    /// put back: only in a text that holds a C1 control character (U+0080 to U+009F, never text of its
    /// own), each run of a lead byte and its continuation bytes that decodes as UTF-8 becomes that character.
    /// </summary>
    public static string RepairMojibake(string value)
    {
        if (!HasC1Control(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < value.Length)
        {
            var length = Utf8SequenceLength(value[i]);
            if (length > 1 && i + length <= value.Length && AreContinuations(value.AsSpan(i + 1, length - 1)))
            {
                for (var k = 0; k < length; k++)
                {
                    bytes[k] = (byte)value[i + k];
                }

                var decoded = StrictUtf8.GetString(bytes[..length]);
                if (decoded.Length > 0 && decoded[0] != '\uFFFD')
                {
                    builder.Append(decoded);
                    i += length;
                    continue;
                }
            }

            builder.Append(value[i]);
            i++;
        }

        return builder.ToString();
    }

    /// <summary>UTF-8 that replaces what it cannot decode (checked for above) rather than throwing.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static bool HasC1Control(string value)
    {
        foreach (var c in value)
        {
            if (c is >= '\u0080' and <= '\u009F')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many bytes a UTF-8 sequence has that opens with this byte read as Latin-1 (1 when it opens none).</summary>
    private static int Utf8SequenceLength(char lead) => lead switch
    {
        >= '\u00C2' and <= '\u00DF' => 2,
        >= '\u00E0' and <= '\u00EF' => 3,
        >= '\u00F0' and <= '\u00F4' => 4,
        _ => 1,
    };

    private static bool AreContinuations(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (c is < '\u0080' or > '\u00BF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest character reference decoded, from '&amp;' to ';' ("#x10FFFF;" and the longest names fit).</summary>
    private const int MaxReferenceLength = 12;

    /// <summary>
    /// Decodes the entities a page escaped twice in an attribute ("&amp;amp;quot;"): the five XML
    /// names and numeric references; a reference to no valid character becomes U+FFFD.
    /// </summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('&', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            // Look for the ';' only as far as the longest reference, so a run of '&' stays linear.
            var window = c == '&' ? value.AsSpan(i + 1, Math.Min(MaxReferenceLength, value.Length - i - 1)) : default;
            var offset = window.IndexOf(';');
            var semicolon = offset < 0 ? -1 : i + 1 + offset;
            if (semicolon > i + 1 && TryDecode(value.AsSpan(i + 1, semicolon - i - 1), builder))
            {
                i = semicolon + 1;
                continue;
            }

            builder.Append(c);
            i++;
        }

        return builder.ToString();
    }

    private static bool TryDecode(ReadOnlySpan<char> entity, StringBuilder builder)
    {
        switch (entity)
        {
            case "quot":
                builder.Append('"');
                return true;
            case "amp":
                builder.Append('&');
                return true;
            case "apos":
                builder.Append('\'');
                return true;
            case "lt":
                builder.Append('<');
                return true;
            case "gt":
                builder.Append('>');
                return true;
        }

        if (entity.Length < 2 || entity[0] != '#')
        {
            return false;
        }

        var hex = entity[1] is 'x' or 'X';
        var digits = entity[(hex ? 2 : 1)..];
        if (digits.IsEmpty || !long.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        if (code is 0 or > MaxCodePoint || code is >= 0xD800 and <= 0xDFFF)
        {
            builder.Append('\uFFFD');
        }
        else
        {
            builder.Append(char.ConvertFromUtf32((int)code));
        }

        return true;
    }
}
