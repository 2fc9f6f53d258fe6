using System.Text.Json;
using ArticleExtract.Json;

namespace ArticleExtract;

public sealed partial class Article
{
    /// <summary>
    /// The article as JSON, in the shape the command-line tool writes: <c>id</c> (when given), <c>title</c>,
    /// <c>byline</c>, <c>authors</c>, <c>publishedTime</c>, <c>publishedPrecision</c>, <c>modifiedTime</c>,
    /// <c>modifiedPrecision</c>, <c>siteName</c>, <c>publisher</c>, <c>pageType</c>, <c>pageTypeConfidence</c>,
    /// <c>lang</c>, <c>excerpt</c>, <c>leadImage</c>, <c>url</c>, <c>tags</c>, <c>inputKind</c>, <c>text</c>,
    /// <c>html</c>, <c>wordCount</c> and <c>boilerplate</c> (a list of <c>{kind, text}</c>). Written by a
    /// source-generated serialiser: safe for trimming and Native AOT.
    /// </summary>
    /// <param name="id">An identifier of the page to write first as <c>id</c> (the CLI writes the file name); <c>null</c> leaves it out.</param>
    /// <param name="indented">Whether to indent the object (two spaces) instead of writing it on one line.</param>
    /// <returns>One JSON object.</returns>
    public string ToJson(string? id = null, bool indented = false) => ArticleJson.Write(this, id, indented);

    /// <summary>Writes the article as one JSON object (see <see cref="ToJson(string?, bool)"/>) to a JSON writer.</summary>
    /// <param name="writer">Where to write; its own options decide the indentation.</param>
    /// <param name="id">An identifier of the page to write first as <c>id</c>; <c>null</c> leaves it out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <c>null</c>.</exception>
    public void WriteJson(Utf8JsonWriter writer, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArticleJson.Write(writer, this, id);
    }

    /// <summary>
    /// Reads an article back from the JSON that <see cref="ToJson(string?, bool)"/> wrote. Every field
    /// round-trips exactly: the metadata, dates with their offsets and precision, <see cref="Text"/>,
    /// <see cref="Html"/>, <see cref="WordCount"/> and <see cref="Boilerplate"/>. <see cref="ToMarkdown"/>
    /// and <see cref="Blocks"/> are written again, on first use, from <see cref="Html"/> (the body's
    /// safe HTML keeps every element they are written from, so they come out as they did). An
    /// <c>id</c> in the JSON is ignored.
    /// </summary>
    /// <param name="json">One JSON object, as written by <see cref="ToJson(string?, bool)"/> or the command-line tool.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <c>null</c>.</exception>
    /// <exception cref="JsonException">The text is not JSON, or a field has a value of the wrong type or an unknown name.</exception>
    public static Article FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ArticleJson.Read(json);
    }
}
