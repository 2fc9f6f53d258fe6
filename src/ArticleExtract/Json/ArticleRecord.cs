namespace ArticleExtract.Json;

/// <summary>
/// The JSON shape of an <see cref="Article"/>, one property per field in the order it is written
/// (the CLI's JSON and JSON Lines records, the WebApi sample, <see cref="Article.ToJson(string?, bool)"/>).
/// Names are camel case; dates are ISO 8601 strings, enums lower-case or PascalCase strings as noted.
/// </summary>
internal sealed class ArticleRecord
{
    /// <summary>The caller's identifier of the page (the CLI: the file name); left out when there is none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Byline { get; set; }

    public string[] Authors { get; set; } = [];

    /// <summary><c>yyyy-MM-ddTHH:mm:ss+hh:mm</c>, with a fraction of a second only when there is one.</summary>
    public string? PublishedTime { get; set; }

    /// <summary>none, year, month, day or time.</summary>
    public string PublishedPrecision { get; set; } = "none";

    public string? ModifiedTime { get; set; }

    public string ModifiedPrecision { get; set; } = "none";

    public string? SiteName { get; set; }

    public string? Publisher { get; set; }

    /// <summary>article, forum, product, collection, listing, documentation or service.</summary>
    public string PageType { get; set; } = "article";

    public double PageTypeConfidence { get; set; }

    public string? Lang { get; set; }

    public string? Excerpt { get; set; }

    public string? LeadImage { get; set; }

    public string? Url { get; set; }

    public string[] Tags { get; set; } = [];

    /// <summary>html or text.</summary>
    public string InputKind { get; set; } = "html";

    public string Text { get; set; } = "";

    public string Html { get; set; } = "";

    public int WordCount { get; set; }

    public BoilerplateRecord[] Boilerplate { get; set; } = [];
}

/// <summary>One removed block: its <see cref="BoilerplateKind"/> by name (PascalCase, as the enum) and its text.</summary>
internal sealed class BoilerplateRecord
{
    public string Kind { get; set; } = nameof(BoilerplateKind.Other);

    public string Text { get; set; } = "";
}
