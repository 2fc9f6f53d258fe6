using System.Text.Json;
using AngleSharp.Dom;
using ArticleExtract.Html;
using ArticleExtract.Metadata;

namespace ArticleExtract.Classification;

/// <summary>The features that need each element's text: paragraphs, phrases, sibling runs; and those of the page's metadata.</summary>
internal static partial class PageFeatures
{
    /// <summary>Siblings in a run with at least this much text each, on average, are cards or entries.</summary>
    private const int CardText = 40;

    /// <summary>Siblings in a run with at least this much text each, on average, are posts.</summary>
    private const int PostText = 200;

    /// <summary>A run counts from this many same-shaped siblings on.</summary>
    private const int MinRun = 3;

    /// <summary>The text under position <paramref name="i"/> (prefix sums).</summary>
    private static int TextUnder(int[] text, TreeOrder elements, int i) => text[elements.End(i)] - text[i];

    private static void ParagraphsAndPhrases(TreeOrder elements, float[] values, int[] text, int total, FeatureVocabulary vocabulary, int phraseOffset)
    {
        var paragraphText = 0;
        var headingText = 0;
        var paragraphEnd = 0;
        var phrases = vocabulary.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < elements.Count; i++)
        {
            var tag = elements[i].LocalName;
            var under = TextUnder(text, elements, i);
            if (tag == "p" && i >= paragraphEnd)
            {
                paragraphText += under;
                paragraphEnd = elements.End(i);
            }
            else if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                headingText += under;
            }

            if (under > 0 && under <= vocabulary.LongestPhrase && IsPhraseHolder(tag))
            {
                var phrase = TextOf(elements[i]).AsSpan().Trim().TrimEnd(':').Trim();
                if (phrases.TryGetValue(phrase, out var groups))
                {
                    foreach (var group in groups)
                    {
                        values[phraseOffset + group]++;
                    }
                }
            }
        }

        values[(int)S.ParagraphShare] = (float)paragraphText / total;
        values[(int)S.MeanParagraph] = values[(int)S.Paragraphs] > 0 ? paragraphText / values[(int)S.Paragraphs] : 0;
        values[(int)S.HeadingShare] = (float)headingText / total;
    }

    /// <summary>The element's text content; a lone text child's data is read as it stands, without building a copy.</summary>
    private static string TextOf(IElement element) =>
        element.FirstChild is IText { NodeType: NodeType.Text } only && only.NextSibling is null ? only.Data : element.TextContent;

    private static bool IsPhraseHolder(string tag) =>
        tag is "a" or "button" or "label" or "summary" or "dt" or "th" or "h2" or "h3" or "h4" or "h5" or "h6" or "option";

    /// <summary>Runs of consecutive siblings of the same tag and class: cards, list entries, posts.</summary>
    private static void SiblingRuns(TreeOrder elements, float[] values, int[] text, string?[] classes, int total)
    {
        for (var parent = 0; parent < elements.Count; parent++)
        {
            var end = elements.End(parent);
            if (end - parent < MinRun + 1)
            {
                continue;
            }

            string? tag = null;
            string? className = null;
            var length = 0;
            var runText = 0;
            for (var child = parent + 1; child < end; child = elements.End(child))
            {
                var element = elements[child];
                var childClass = classes[child];
                if (length > 0 && element.LocalName == tag && childClass == className)
                {
                    length++;
                    runText += TextUnder(text, elements, child);
                    continue;
                }

                EndRun(tag, length, runText, total, values);
                (tag, className, length, runText) = (element.LocalName, childClass, 1, TextUnder(text, elements, child));
            }

            EndRun(tag, length, runText, total, values);
        }
    }

    private static void EndRun(string? tag, int length, int runText, int total, float[] values)
    {
        if (tag is null || length < MinRun)
        {
            return;
        }

        values[(int)S.LongestRun] = Math.Max(values[(int)S.LongestRun], length);
        var mean = runText / length;
        var share = (float)runText / total;
        if (tag is "li")
        {
            if (mean >= CardText)
            {
                values[(int)S.ItemRunShare] = Math.Max(values[(int)S.ItemRunShare], share);
            }
        }
        else if (IsCardTag(tag) && mean >= CardText)
        {
            values[(int)S.CardRuns]++;
            values[(int)S.CardRunShare] = Math.Max(values[(int)S.CardRunShare], share);
        }

        if (IsCardTag(tag) && mean >= PostText)
        {
            values[(int)S.ProseRuns]++;
        }
    }

    private static bool IsCardTag(string tag) => tag is "div" or "article" or "section" or "li" or "tr";

    /// <summary>The schema.org types of the JSON-LD scripts and the og:type.</summary>
    private static string? Schema(PageScan scan, float[] values, FeatureVocabulary vocabulary, int offset)
    {
        values[(int)S.JsonLdScripts] = scan.JsonLdScripts.Count;
        string? productDescription = null;
        foreach (var script in scan.JsonLdDocuments.Scripts)
        {
            // The metadata's parse of the script serves when it parsed the text as written; else the text is parsed here.
            if (!script.AsWritten)
            {
                JsonLdTypes(TextOf(script.Element), values, vocabulary, offset, ref productDescription);
            }
            else if (script.Document is { } document)
            {
                JsonLdTypes(document.RootElement, values, vocabulary, offset, ref productDescription);
            }
        }

        var ogOffset = offset + vocabulary.SchemaGroups.Length;
        foreach (var meta in scan.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key, "og:type", StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { } type)
            {
                var value = type.Trim();
                var dot = value.IndexOf('.');
                if (vocabulary.Og.TryGetValue(value, out var groups) || (dot > 0 && vocabulary.Og.TryGetValue(value[..dot], out groups)))
                {
                    foreach (var group in groups)
                    {
                        values[ogOffset + group]++;
                    }
                }
            }
        }

        return productDescription;
    }

    /// <summary>
    /// Counts every "@type" of one JSON-LD script (a walk with an explicit stack); a script that is
    /// not JSON counts nothing. Keeps the longest description of a product on the way.
    /// </summary>
    private static void JsonLdTypes(string json, float[] values, FeatureVocabulary vocabulary, int offset, ref string? productDescription)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            JsonLdTypes(document.RootElement, values, vocabulary, offset, ref productDescription);
        }
    }

    /// <summary>Counts every "@type" under a parsed script's root (a walk with an explicit stack).</summary>
    private static void JsonLdTypes(JsonElement root, float[] values, FeatureVocabulary vocabulary, int offset, ref string? productDescription)
    {
        foreach (var node in JsonObjects.Under(root))
        {
            if (IsProduct(node, vocabulary) && node.TryGetProperty("description", out var description)
                && description.ValueKind == JsonValueKind.String && description.GetString() is { } text
                && text.Length > (productDescription?.Length ?? 0))
            {
                productDescription = text;
            }

            if (node.TryGetProperty("@type", out var type))
            {
                SchemaType(type, values, vocabulary, offset);
            }
        }
    }

    private static readonly JsonDocumentOptions JsonOptions = ParsedJsonLd.Options;

    /// <summary>The object's "@type" names a product (the vocabulary's product group).</summary>
    private static bool IsProduct(JsonElement node, FeatureVocabulary vocabulary)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var product = Array.IndexOf(vocabulary.SchemaGroups, "product");
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type];
        foreach (var name in names)
        {
            if (name.ValueKind == JsonValueKind.String && name.GetString() is { } value
                && vocabulary.Schema.TryGetValue(value[(value.LastIndexOf('/') + 1)..], out var groups) && groups.Contains(product))
            {
                return true;
            }
        }

        return false;
    }

    private static void SchemaType(JsonElement type, float[] values, FeatureVocabulary vocabulary, int offset)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    CountSchemaName(item.GetString(), values, vocabulary, offset);
                }
            }
        }
        else if (type.ValueKind == JsonValueKind.String)
        {
            CountSchemaName(type.GetString(), values, vocabulary, offset);
        }
    }

    /// <summary>Counts a schema.org type, given as a name or a URL ("https://schema.org/Product").</summary>
    internal static void CountSchemaName(string? name, float[] values, FeatureVocabulary vocabulary, int offset)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var trimmed = name.AsSpan().Trim().TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        var last = slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
        if (vocabulary.Schema.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(last, out var groups))
        {
            foreach (var group in groups)
            {
                values[offset + group]++;
            }
        }
    }

    /// <summary>The words of the address's path and its shape (depth, numbers, years, query).</summary>
    private static void Address(string? address, float[] values, FeatureVocabulary vocabulary, int offset, int hostOffset)
    {
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            values[(int)S.UrlDepth] = -1;
            return;
        }

        CountWords(uri.Host, HostSeparators, vocabulary.Url, values, hostOffset);

        var path = uri.AbsolutePath.AsSpan();
        var lookup = vocabulary.Url.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = 0UL;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.Length == 0)
            {
                continue;
            }

            values[(int)S.UrlDepth]++;
            foreach (var wordRange in segment.SplitAny(AddressSeparators))
            {
                var word = segment[wordRange];
                if (word.Length >= 4 && !word.ContainsAnyExceptInRange('0', '9'))
                {
                    values[(int)S.UrlNumber]++;
                    values[(int)S.UrlDate] += word.Length == 4 && word[0] is '1' or '2' ? 1 : 0;
                }
            }

            seen = CountGroups(segment, AddressSeparators, lookup, values, offset, seen);
        }

        values[(int)S.UrlQuery] = uri.Query.Length > 1 ? 1 : 0;
    }

    /// <summary>The words of the page's title, each group counted once.</summary>
    private static void Title(string? title, float[] values, FeatureVocabulary vocabulary, int offset)
    {
        if (title is not null)
        {
            CountWords(title, TitleSeparators, vocabulary.Title, values, offset);
        }
    }
}
