using System.Text.Json;

namespace ArticleExtract.Metadata;

/// <summary>The authors of the JSON-LD article: people by name, organisations apart, references into the graph resolved.</summary>
internal sealed partial class JsonLd
{
    private void ReadAuthors(JsonElement author, List<JsonElement> graph, MetadataVocabulary vocabulary)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.Object:
                AuthorsAreObjects |= ReadAuthorObject(author, graph, vocabulary);
                break;
            case JsonValueKind.String:
                if (Clean(author.GetString()) is { } single)
                {
                    Authors.Add(single);
                }

                break;
            case JsonValueKind.Array:
                var objects = false;
                foreach (var item in author.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        objects |= ReadAuthorObject(item, graph, vocabulary);
                    }
                    else if (item.ValueKind == JsonValueKind.String && Clean(item.GetString()) is { } text)
                    {
                        Authors.Add(text);
                    }
                }

                AuthorsAreObjects = objects;
                break;
        }
    }

    /// <summary>
    /// An author object: a person's name goes to <see cref="Authors"/>, an organisation's to
    /// <see cref="OrganizationAuthors"/>; a bare {"@id"} is looked up in the same graph. True for a person.
    /// </summary>
    private bool ReadAuthorObject(JsonElement author, List<JsonElement> graph, MetadataVocabulary vocabulary)
    {
        if (String(author, "name") is null && String(author, "@id") is { } id)
        {
            foreach (var item in graph)
            {
                if (String(item, "@id") == id && String(item, "name") is not null)
                {
                    author = item;
                    break;
                }
            }
        }

        if (String(author, "name") is not { } name)
        {
            return false;
        }

        if (IsOrganization(author, vocabulary))
        {
            OrganizationAuthors.Add(name);
            return false;
        }

        Authors.Add(name);
        return true;
    }

    private static bool IsOrganization(JsonElement element, MetadataVocabulary vocabulary) =>
        String(element, "@type") is { } type && vocabulary.OrganizationTypes.Contains(type);

    /// <summary>
    /// The people a page object names as its author when the JSON-LD describes no article: a WebPage's
    /// "author" of type Person (a blog platform's page object). Only typed people: a bare string or an
    /// untyped object may be the site or its owner company. Roots, root arrays and @graph items are read;
    /// nested objects (reviews, comments) are not. Empty when none.
    /// </summary>
    public static List<string> PageObjectAuthors(PageScan scan, MetadataVocabulary vocabulary)
    {
        var people = new List<string>();
        foreach (var script in scan.JsonLdDocuments.Scripts)
        {
            if (script.Document is not { } json)
            {
                continue;
            }

            foreach (var item in TopObjects(json.RootElement))
            {
                if (HasType(item, vocabulary.PageObjectTypes) && item.TryGetProperty("author", out var author))
                {
                    AddPeople(author, vocabulary, people);
                }
            }

            if (people.Count > 0)
            {
                return people;
            }
        }

        return people;
    }

    /// <summary>The names of the author value's objects typed as a person (one object or an array of them).</summary>
    private static void AddPeople(JsonElement author, MetadataVocabulary vocabulary, List<string> people)
    {
        foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
        {
            if (HasType(item, vocabulary.PersonTypes) && String(item, "name") is { } name && !people.Contains(name))
            {
                people.Add(name);
            }
        }
    }

    /// <summary>The object's @type (a string or an array of them) names one of the types, its vocabulary's address aside.</summary>
    private static bool HasType(JsonElement element, IReadOnlySet<string> types)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return types.Contains(LocalTypeName(type.GetString()));
        }

        return type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && types.Contains(LocalTypeName(item.GetString())));
    }
}
