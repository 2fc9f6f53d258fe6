namespace ArticleExtract.Input;

/// <summary>The exceptions raised when an input exceeds a limit of <see cref="ExtractionOptions"/>.</summary>
internal static class Limits
{
    public static ArticleExtractionException InputTooLarge(int maxLength) =>
        new(ArticleExtractionReason.InputTooLarge, $"The input exceeds ExtractionOptions.MaxInputLength ({maxLength:N0}).");

    public static ArticleExtractionException TooManyElements(int maxElements) =>
        new(ArticleExtractionReason.TooManyElements, $"The document exceeds ExtractionOptions.MaxElementCount ({maxElements:N0} elements).");
}
