namespace ArticleExtract.Input;

/// <summary>One page as the caller gave it: a string, or bytes with an optional content type.</summary>
internal readonly struct PageInput
{
    private PageInput(string? text, byte[]? bytes, string? contentType)
    {
        Text = text;
        Bytes = bytes;
        ContentType = contentType;
    }

    /// <summary>The input as a string, when the caller gave one.</summary>
    public string? Text { get; }

    /// <summary>The input as bytes, when the caller gave bytes or a stream.</summary>
    public byte[]? Bytes { get; }

    /// <summary>The HTTP content type the caller gave with the bytes.</summary>
    public string? ContentType { get; }

    /// <summary>The length in characters or bytes, for the input-size limit.</summary>
    public int Length => Text?.Length ?? Bytes!.Length;

    public static PageInput FromString(string text) => new(text, null, null);

    public static PageInput FromBytes(byte[] bytes, string? contentType) => new(null, bytes, contentType);
}
