using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleExtract.Cli;

/// <summary>Writes one page's result as the JSON object of the command-line contract.</summary>
internal static class RecordWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The article as the library writes it (<see cref="ArticleExtract.Article.ToJson(string?, bool)"/>), with the file's <c>id</c> first.</summary>
    public static string Article(string id, Article article, bool indented) => article.ToJson(id, indented);

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
}
