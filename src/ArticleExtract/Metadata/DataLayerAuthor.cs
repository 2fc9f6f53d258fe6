using System.Text.Json;
using AngleSharp.Html.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The author a tag manager's data layer names ("pagePostAuthor": "Jane Doe" in a script of the page's
/// head, as WordPress's tag-manager plugins write it): the post's author as the CMS records it, read
/// when the page names no author anywhere else. Only for a post type a person writes ("post", "page"),
/// never a shop's product, whose "author" is whoever entered it.
/// </summary>
internal static class DataLayerAuthor
{
    /// <summary>The data layer's author of the page's post, or null. Reads the scripts that are children of the head only.</summary>
    public static string? Find(IHtmlDocument document, MetadataVocabulary vocabulary)
    {
        if (document.Head is not { } head)
        {
            return null;
        }

        for (var child = head.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName != "script" || child.HasAttribute("src"))
            {
                continue;
            }

            var text = child.TextContent;
            var author = FirstValue(text, vocabulary.DataLayerAuthorKeys);
            if (author is not null && FirstValue(text, vocabulary.DataLayerTypeKeys) is { } type && vocabulary.DataLayerPostTypes.Contains(type.Trim()))
            {
                return MetadataText.Clean(author);
            }
        }

        return null;
    }

    /// <summary>The string value of the first of the keys the script sets ("key": "value"), unescaped; null when none.</summary>
    private static string? FirstValue(string script, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (StringValue(script, key) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The JSON string after <c>"key":</c> in the script, unescaped ("\u00e9" to "é"); null when the key is
    /// absent or its value no string. The key is matched ignoring case (the vocabulary is lower case).
    /// </summary>
    private static string? StringValue(string script, string key)
    {
        var at = script.IndexOf("\"" + key + "\"", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var i = SkipSpace(script, at + key.Length + 2);
        if (i >= script.Length || script[i] != ':')
        {
            return null;
        }

        i = SkipSpace(script, i + 1);
        if (i >= script.Length || script[i] != '"')
        {
            return null;
        }

        var end = i + 1;
        while (end < script.Length && script[end] != '"')
        {
            end += script[end] == '\\' ? 2 : 1;
        }

        if (end >= script.Length)
        {
            return null;
        }

        try
        {
            using var literal = JsonDocument.Parse(script.Substring(i, end - i + 1));
            return literal.RootElement.GetString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
