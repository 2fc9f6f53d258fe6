using System.Text.Json;

namespace ArticleExtract.Metadata;

/// <summary>The JSON-LD scripts read leniently: raw control characters in strings.</summary>
internal sealed partial class JsonLd
{
    /// <summary>
    /// The parsed script; a script whose strings hold raw control characters (a tab, a line break: invalid
    /// JSON that browsers' consumers accept) is read with them as spaces. Null when it stays broken.
    /// </summary>
    private static JsonDocument? Parse(ReadOnlyMemory<char> text)
    {
        try
        {
            return JsonDocument.Parse(text, ParseOptions);
        }
        catch (JsonException) when (text.Span.IndexOfAnyInRange('\0', '\u001f') >= 0)
        {
            try
            {
                return JsonDocument.Parse(WithoutControlCharacters(text.Span), ParseOptions);
            }
            catch (JsonException)
            {
                return null;
            }
        }
        catch (JsonException)
        {
            // Broken JSON: the script says nothing we can trust.
            return null;
        }
    }

    private static string WithoutControlCharacters(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] < ' ' ? ' ' : chars[i];
        }

        return new string(chars);
    }
}
