namespace ArticleExtract.Metadata;

/// <summary>
/// The page's &lt;meta&gt; tags (OpenGraph, article:*, Twitter cards, Dublin Core, Parse.ly,
/// plain names), keyed by a normalised name: lower case, no spaces, "." read as ":" in names,
/// "dcterms" read as "dc". Several properties in one attribute are each a key; the last tag wins.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _all = new(StringComparer.Ordinal);

    private MetaTags()
    {
    }

    /// <summary>Reads every &lt;meta&gt; of the document.</summary>
    public static MetaTags Read(PageScan scan)
    {
        var tags = new MetaTags();
        foreach (var meta in scan.Metas)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            content = content.Trim();
            var property = meta.GetAttribute("property");
            var added = false;
            if (!string.IsNullOrWhiteSpace(property))
            {
                foreach (var token in property.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    var key = NormalizeKey(token, isName: false);
                    tags.Add(key, content);

                    // "og:article:author" is a common spelling of "article:author".
                    if (key.StartsWith("og:article:", StringComparison.Ordinal))
                    {
                        tags.Add(key[3..], content);
                    }

                    added = true;
                }
            }

            var name = meta.GetAttribute("name") ?? meta.GetAttribute("http-equiv");
            if (!added && !string.IsNullOrWhiteSpace(name))
            {
                tags.Add(NormalizeKey(name, isName: true), content);
            }
        }

        return tags;
    }

    /// <summary>The last value of a key, or null.</summary>
    public string? this[string key] => _values.TryGetValue(key, out var value) ? value : null;

    /// <summary>The first present value among the keys, in the order given.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (this[key] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every value of a key, in page order.</summary>
    public IReadOnlyList<string> All(string key) => _all.TryGetValue(key, out var values) ? values : [];

    private void Add(string key, string content)
    {
        if (key.Length == 0)
        {
            return;
        }

        _values[key] = content;
        if (!_all.TryGetValue(key, out var list))
        {
            list = [];
            _all[key] = list;
        }

        list.Add(content);
    }

    private static string NormalizeKey(string raw, bool isName)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            buffer[length++] = isName && c == '.' ? ':' : char.ToLowerInvariant(c);
        }

        var key = new string(buffer[..length]);
        return key.StartsWith("dcterms:", StringComparison.Ordinal) ? string.Concat("dc:", key.AsSpan(8))
            : key.StartsWith("dcterm:", StringComparison.Ordinal) ? string.Concat("dc:", key.AsSpan(7))
            : key;
    }
}
