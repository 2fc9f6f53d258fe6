namespace ArticleExtract.Metadata;

/// <summary>
/// The page's &lt;meta&gt; tags (OpenGraph, article:*, Twitter cards, Dublin Core, Parse.ly,
/// plain names), keyed by a normalised name: lower case, no spaces, "." read as ":" in names,
/// "dcterms" read as "dc". Several properties in one attribute are each a key; the last tag wins.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Every (key, value) in page order, for <see cref="All"/>; a list per key would cost an allocation per tag.</summary>
    private readonly List<(string Key, string Content)> _all = [];

    private MetaTags()
    {
    }

    /// <summary>Reads every &lt;meta&gt; of the document.</summary>
    public static MetaTags Read(PageScan scan)
    {
        var tags = new MetaTags();
        foreach (var meta in scan.Metas)
        {
            var (content, property, name) = MetaAttributes(meta);
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            content = content.Trim();
            var added = false;
            if (!string.IsNullOrWhiteSpace(property))
            {
                foreach (var token in Tokens(property))
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

            if (!added && !string.IsNullOrWhiteSpace(name))
            {
                tags.Add(NormalizeKey(name, isName: true), content);
            }
        }

        return tags;
    }

    /// <summary>The content, property, and name (else http-equiv) attributes, read in one pass (the first of each name wins, as GetAttribute finds it).</summary>
    private static (string? Content, string? Property, string? Name) MetaAttributes(AngleSharp.Dom.IElement meta)
    {
        string? content = null, property = null, name = null, httpEquiv = null;
        var attributes = meta.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "content":
                    content ??= attribute.Value;
                    break;
                case "property":
                    property ??= attribute.Value;
                    break;
                case "name":
                    name ??= attribute.Value;
                    break;
                case "http-equiv":
                    httpEquiv ??= attribute.Value;
                    break;
            }
        }

        return (content, property, name ?? httpEquiv);
    }

    /// <summary>The whitespace-separated tokens of a value; the value itself, unsplit, when it holds no whitespace (most do).</summary>
    private static string[] Tokens(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return [value];
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
    public IReadOnlyList<string> All(string key)
    {
        var values = new List<string>();
        foreach (var (tagKey, content) in _all)
        {
            if (tagKey == key)
            {
                values.Add(content);
            }
        }

        return values;
    }

    private void Add(string key, string content)
    {
        if (key.Length == 0)
        {
            return;
        }

        _values[key] = content;
        _all.Add((key, content));
    }

    private static string NormalizeKey(string raw, bool isName)
    {
        if (IsNormalKey(raw, isName))
        {
            return raw;
        }

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
        return IsDcTerms(key, out var prefix) ? string.Concat("dc:", key.AsSpan(prefix)) : key;
    }

    /// <summary>A key already in normal form (most are): <see cref="NormalizeKey"/> would give it back unchanged, so no copy is made.</summary>
    private static bool IsNormalKey(string raw, bool isName)
    {
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c) || (isName && c == '.') || char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return !IsDcTerms(raw, out _);
    }

    /// <summary>A "dcterms:" or "dcterm:" key, read as "dc:"; the prefix's length.</summary>
    private static bool IsDcTerms(string key, out int prefixLength)
    {
        prefixLength = key.StartsWith("dcterms:", StringComparison.Ordinal) ? 8
            : key.StartsWith("dcterm:", StringComparison.Ordinal) ? 7
            : 0;
        return prefixLength > 0;
    }
}
