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

        var text = TextNormalizer.CollapseWhitespace(Unescape(value));
        return text.Length == 0 ? null : text;
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
