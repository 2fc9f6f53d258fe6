namespace ArticleExtract;

/// <summary>Why an <see cref="ArticleExtractionException"/> was thrown.</summary>
/// <remarks>
/// Cancellation is not a reason: a cancelled call throws <see cref="OperationCanceledException"/>,
/// as every cancellable .NET API does. Undecodable bytes are not one either: invalid sequences
/// become U+FFFD and an unknown charset falls back to detection, so a page never fails for its encoding.
/// </remarks>
public enum ArticleExtractionReason
{
    /// <summary>Another cause, given by the message (and the inner exception, when there is one).</summary>
    Other = 0,

    /// <summary>The input is longer than <see cref="ExtractionOptions.MaxInputLength"/> (characters or bytes).</summary>
    InputTooLarge = 1,

    /// <summary>The document has more elements than <see cref="ExtractionOptions.MaxElementCount"/>.</summary>
    TooManyElements = 2,
}
