using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleExtract.Cli;

/// <summary>Where a row of <c>--warc</c> output comes from: the archive, the record, and what its HTTP layer said.</summary>
internal sealed record WarcSource(string WarcFile, long Offset, string? RecordId = null, string? Url = null, string? WarcDate = null,
    int? HttpStatus = null, bool Truncated = false);

/// <summary>
/// The JSON Lines rows of <c>--warc</c>: the record's fields (<c>warcRecordId</c>, <c>url</c>,
/// <c>warcDate</c>, <c>warcFile</c>, <c>offset</c>, <c>httpStatus</c>, <c>truncated</c>), then the
/// usual fields of <see cref="RecordWriter"/>, whatever they are, with the page's own canonical
/// URL as <c>canonicalUrl</c> (in a crawl, <c>url</c> is the address the page was fetched from).
/// </summary>
internal static class WarcRows
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An extracted page: the record's fields, then the article's as <see cref="RecordWriter.Article"/> writes them.</summary>
    public static string Article(WarcSource source, Article article)
    {
        using var document = JsonDocument.Parse(RecordWriter.Article(Id(source), article, indented: false));
        return Write(source, json =>
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals("id"))
                {
                    continue;
                }

                json.WritePropertyName(property.NameEquals("url") ? "canonicalUrl" : property.Name);
                property.Value.WriteTo(json);
            }
        });
    }

    /// <summary>A record that failed, or damage found between records: what is known of it, and the <c>error</c>.</summary>
    public static string Error(WarcSource source, string message) => Write(source, json => json.WriteString("error", message));

    private static string Write(WarcSource source, Action<Utf8JsonWriter> rest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteString("id", Id(source));
            json.WriteString("warcRecordId", source.RecordId);
            json.WriteString("url", source.Url);
            json.WriteString("warcDate", source.WarcDate);
            json.WriteString("warcFile", source.WarcFile);
            json.WriteNumber("offset", source.Offset);
            if (source.HttpStatus is { } status)
            {
                json.WriteNumber("httpStatus", status);
            }
            else
            {
                json.WriteNull("httpStatus");
            }

            json.WriteBoolean("truncated", source.Truncated);
            rest(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The row's <c>id</c>: the record's WARC-Record-ID, else the archive and offset.</summary>
    private static string Id(WarcSource source) => source.RecordId ?? $"{source.WarcFile}@{source.Offset}";
}
