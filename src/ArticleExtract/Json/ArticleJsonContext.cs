using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleExtract.Json;

/// <summary>
/// The one JSON serialiser of articles, generated at compile time (no reflection: safe for
/// trimming and Native AOT). Non-ASCII text is written as it is, not as <c>\uXXXX</c> escapes.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ArticleRecord))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext
{
    /// <summary>One object on one line (JSON Lines).</summary>
    public static ArticleJsonContext Compact { get; } = new(SerializerOptions(indented: false));

    /// <summary>One object, indented by two spaces.</summary>
    public static ArticleJsonContext Indented { get; } = new(SerializerOptions(indented: true));

    private static JsonSerializerOptions SerializerOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}
