using AngleSharp.Dom;

namespace ArticleExtract.Input;

/// <summary>One page as the caller gave it: a string, bytes with an optional content type, or a parsed document.</summary>
internal readonly struct PageInput
{
    private PageInput(string? text, byte[]? bytes, string? contentType, IDocument? document)
    {
        Text = text;
        Bytes = bytes;
        ContentType = contentType;
        Document = document;
    }

    /// <summary>The input as a string, when the caller gave one.</summary>
    public string? Text { get; }

    /// <summary>The input as bytes, when the caller gave bytes or a stream.</summary>
    public byte[]? Bytes { get; }

    /// <summary>The HTTP content type the caller gave with the bytes.</summary>
    public string? ContentType { get; }

    /// <summary>The caller's document, already parsed by AngleSharp; read, never changed.</summary>
    public IDocument? Document { get; }

    /// <summary>The length in characters or bytes, for the input-size limit (0 for a document: its elements are counted instead).</summary>
    public int Length => Text?.Length ?? Bytes?.Length ?? 0;

    public static PageInput FromString(string text) => new(text, null, null, null);

    public static PageInput FromBytes(byte[] bytes, string? contentType) => new(null, bytes, contentType, null);

    public static PageInput FromDocument(IDocument document) => new(null, null, null, document);
}
