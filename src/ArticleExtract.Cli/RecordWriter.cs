using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleExtract.Cli;

/// <summary>Writes one page's result as the JSON object of the command-line contract.</summary>
internal static class RecordWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The article as one JSON object: <c>id</c>, metadata, <c>text</c>, <c>html</c>, <c>wordCount</c>, <c>boilerplate</c>.</summary>
    public static string Article(string id, Article article, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("title", article.Title);
            json.WriteString("byline", article.Byline);
            WriteStrings(json, "authors", article.Authors);
            WriteDate(json, "publishedTime", article.Published);
            WriteDate(json, "modifiedTime", article.Modified);
            json.WriteString("siteName", article.SiteName);
            json.WriteString("publisher", article.Publisher);
            json.WriteString("pageType", article.PageType.ToString().ToLowerInvariant());
            json.WriteString("lang", article.Language);
            json.WriteString("excerpt", article.Excerpt);
            json.WriteString("leadImage", article.LeadImage);
            json.WriteString("url", article.CanonicalUrl);
            WriteStrings(json, "tags", article.Tags);
            json.WriteString("inputKind", article.InputKind == InputKind.Text ? "text" : "html");
            json.WriteString("text", article.Text);
            json.WriteString("html", article.Html);
            json.WriteNumber("wordCount", article.WordCount);
            json.WriteStartArray("boilerplate");
            foreach (var block in article.Boilerplate)
            {
                json.WriteStartObject();
                json.WriteString("kind", block.Kind.ToString());
                json.WriteString("text", block.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A failed page: its <c>id</c> and the <c>error</c> message.</summary>
    public static string Error(string id, string message, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("error", message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            json.WriteString(name, date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
