using System.Text.Json;

namespace ArticleExtract.Metadata;

/// <summary>
/// The article described by the page's JSON-LD (schema.org): the first object, in a script, an
/// array or an <c>@graph</c>, whose <c>@type</c> is an article type. Broken JSON is skipped.
/// </summary>
internal sealed partial class JsonLd
{
    public string? Name { get; private set; }

    public string? Headline { get; private set; }

    /// <summary>The authors' names, in order.</summary>
    public List<string> Authors { get; } = [];

    /// <summary>True when the author field held objects with names (not bare strings).</summary>
    public bool AuthorsAreObjects { get; private set; }

    public string? Description { get; private set; }

    public string? Publisher { get; private set; }

    public string? DatePublished { get; private set; }

    public string? DateModified { get; private set; }

    /// <summary>The organisations named as the author (a publisher, not a person).</summary>
    public List<string> OrganizationAuthors { get; } = [];

    /// <summary>The dates of the page itself (a WebPage of the same JSON-LD), for an article object that gives none.</summary>
    public string? PageDatePublished { get; private set; }

    /// <summary>The update date of the page itself.</summary>
    public string? PageDateModified { get; private set; }

    public string? Image { get; private set; }

    public string? Url { get; private set; }

    public string? Language { get; private set; }

    public List<string> Keywords { get; } = [];

    /// <summary>The article of the first JSON-LD script that describes one, or null.</summary>
    public static JsonLd? Read(PageScan scan, MetadataVocabulary vocabulary)
    {
        foreach (var script in scan.JsonLdDocuments.Scripts)
        {
            if (script.Document is { } json && FindArticle(json.RootElement, vocabulary, out var graph) is { } article)
            {
                var result = From(article, graph, vocabulary);
                result.ReadPageDates(graph);
                return result;
            }
        }

        return null;
    }

    /// <summary>
    /// The page's dates when its JSON-LD describes no article: those of the first schema.org object (the
    /// root, an element of a root array or of an @graph) that gives a publication date, such as the WebPage
    /// a site's SEO plugin writes. Nested objects (reviews, comments, related items) are not read.
    /// </summary>
    public static (string? Published, string? Modified) PageDates(PageScan scan)
    {
        foreach (var script in scan.JsonLdDocuments.Scripts)
        {
            if (script.Document is not { } json)
            {
                continue;
            }

            foreach (var item in TopObjects(json.RootElement))
            {
                if (String(item, "datePublished") is { } published)
                {
                    return (published, String(item, "dateModified"));
                }
            }
        }

        return (null, null);
    }

    /// <summary>
    /// A JSON-LD document's top objects of schema.org (its own context or the root's): the root, the
    /// elements of a root array, or the root and the items of its @graph. Nested objects are not among them.
    /// </summary>
    internal static IEnumerable<JsonElement> TopObjects(JsonElement root)
    {
        var rootContext = HasSchemaContext(root);
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList()
            : root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array ? [root, .. graph.EnumerateArray()]
            : [root];
        return items.Where(item => rootContext || HasSchemaContext(item));
    }

    /// <summary>A script whose type says it holds JSON-LD.</summary>
    internal static bool IsJsonLdScript(string? type) =>
        type is not null && type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first article object: the root, an element of a root array, or of an @graph.</summary>
    private static JsonElement? FindArticle(JsonElement root, MetadataVocabulary vocabulary, out List<JsonElement> graph)
    {
        var candidates = new List<(JsonElement Element, bool ContextOk)>();
        graph = [];
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                candidates.Add((item, HasSchemaContext(item)));
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            var rootContext = HasSchemaContext(root);
            candidates.Add((root, rootContext));
            if (root.TryGetProperty("@graph", out var graphArray) && graphArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in graphArray.EnumerateArray())
                {
                    candidates.Add((item, rootContext || HasSchemaContext(item)));
                }
            }
        }

        // The article a page object holds as its main entity ({"@type": "WebPage", "mainEntity": {"@type": "Article"}}).
        for (var i = 0; i < candidates.Count; i++)
        {
            var (element, contextOk) = candidates[i];
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("mainEntity", out var entity) && entity.ValueKind == JsonValueKind.Object)
            {
                candidates.Add((entity, contextOk || HasSchemaContext(entity)));
            }
        }

        foreach (var (element, _) in candidates)
        {
            graph.Add(element);
        }

        foreach (var (element, contextOk) in candidates)
        {
            if (contextOk && element.ValueKind == JsonValueKind.Object && IsArticleType(element, vocabulary))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>The object declares the schema.org vocabulary (as a string, or an object's @vocab).</summary>
    private static bool HasSchemaContext(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("@context", out var context))
        {
            return false;
        }

        return context.ValueKind switch
        {
            JsonValueKind.String => IsSchemaOrg(context.GetString()),
            JsonValueKind.Object => context.TryGetProperty("@vocab", out var vocab) && vocab.ValueKind == JsonValueKind.String && IsSchemaOrg(vocab.GetString()),
            JsonValueKind.Array => ArrayHasSchemaOrg(context),
            _ => false,
        };
    }

    private static bool ArrayHasSchemaOrg(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && IsSchemaOrg(item.GetString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSchemaOrg(string? url)
    {
        if (url is null)
        {
            return false;
        }

        var span = url.AsSpan().Trim().TrimEnd('/');
        return span.Equals("http://schema.org", StringComparison.OrdinalIgnoreCase)
            || span.Equals("https://schema.org", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsArticleType(JsonElement element, MetadataVocabulary vocabulary)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleTypeName(type.GetString(), vocabulary);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && IsArticleTypeName(item.GetString(), vocabulary))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsArticleTypeName(string? name, MetadataVocabulary vocabulary)
    {
        if (name is null)
        {
            return false;
        }

        return vocabulary.ArticleTypes.Contains(LocalTypeName(name));
    }

    /// <summary>A type's name without its vocabulary's address ("https://schema.org/WebPage" → "WebPage").</summary>
    private static string LocalTypeName(string? name)
    {
        var local = (name ?? "").AsSpan().Trim();
        var slash = local.LastIndexOfAny('/', ':');
        return (slash >= 0 ? local[(slash + 1)..] : local).ToString();
    }

    /// <summary>The dates of another object of the same JSON-LD (the WebPage), when the article gives none.</summary>
    private void ReadPageDates(List<JsonElement> graph)
    {
        foreach (var item in graph)
        {
            PageDatePublished ??= String(item, "datePublished");
            PageDateModified ??= String(item, "dateModified");
        }
    }

    private static JsonLd From(JsonElement article, List<JsonElement> graph, MetadataVocabulary vocabulary)
    {
        var result = new JsonLd
        {
            Name = String(article, "name"),
            Headline = String(article, "headline"),
            Description = String(article, "description"),
            DatePublished = String(article, "datePublished") ?? String(article, "dateCreated") ?? String(article, "uploadDate"),
            DateModified = String(article, "dateModified"),
            Url = String(article, "url"),
            Language = String(article, "inLanguage"),
        };
        if (article.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object)
        {
            result.Publisher = String(publisher, "name");
        }

        if (article.TryGetProperty("author", out var author))
        {
            result.ReadAuthors(author, graph, vocabulary);
        }

        if (article.TryGetProperty("image", out var image))
        {
            result.Image = ImageUrl(image);
        }

        result.ReadKeywords(article, "keywords");
        result.ReadKeywords(article, "articleSection");
        return result;
    }

    private void ReadKeywords(JsonElement article, string property)
    {
        if (!article.TryGetProperty(property, out var value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            foreach (var part in (value.GetString() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Keywords.Add(part);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && Clean(item.GetString()) is { } keyword)
                {
                    Keywords.Add(keyword);
                }
            }
        }
    }

    private static string? ImageUrl(JsonElement image)
    {
        switch (image.ValueKind)
        {
            case JsonValueKind.String:
                return Clean(image.GetString());
            case JsonValueKind.Object:
                if (image.TryGetProperty("@list", out var list))
                {
                    return ImageUrl(list);
                }

                return String(image, "url") ?? String(image, "contentUrl");
            case JsonValueKind.Array:
                foreach (var item in image.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        return Clean(item.GetString());
                    }

                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        return String(item, "url") ?? String(item, "contentUrl");
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? Clean(value.GetString())
            : null;

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
