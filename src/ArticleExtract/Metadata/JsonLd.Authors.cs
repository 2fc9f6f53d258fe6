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
}
