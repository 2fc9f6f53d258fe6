namespace ArticleExtract;

/// <summary>
/// Thrown when an input cannot be extracted at all, for example when it exceeds a limit set in
/// <see cref="ExtractionOptions"/>; <see cref="Reason"/> says which. Ordinary pages without an
/// article give an empty <see cref="Article"/> instead.
/// </summary>
public sealed class ArticleExtractionException : Exception
{
    /// <summary>Creates the exception with a reason and a message.</summary>
    /// <param name="reason">Why the input could not be extracted.</param>
    /// <param name="message">What went wrong, naming the limit or the cause.</param>
    public ArticleExtractionException(ArticleExtractionReason reason, string message) : base(message) => Reason = reason;

    /// <summary>Creates the exception with a message; its <see cref="Reason"/> is <see cref="ArticleExtractionReason.Other"/>.</summary>
    /// <param name="message">What went wrong, naming the limit or the cause.</param>
    public ArticleExtractionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it; its <see cref="Reason"/> is <see cref="ArticleExtractionReason.Other"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ArticleExtractionException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with a default message.</summary>
    public ArticleExtractionException() : base("The article could not be extracted.") { }

    /// <summary>Why the input could not be extracted.</summary>
    public ArticleExtractionReason Reason { get; }
}
