namespace ArticleExtract.Warc;

/// <summary>
/// Thrown by <see cref="WarcReader.Read"/> for a record that cannot be read (a malformed header,
/// a wrong length, a corrupt gzip member), and by <see cref="WarcRecord.ToHtmlPage"/> for a
/// malformed HTTP response. The reader stays usable: its next <see cref="WarcReader.Read"/>
/// resumes at the next record it can find.
/// </summary>
public sealed class WarcFormatException : Exception
{
    /// <summary>Creates the exception with a message and the archive offset it concerns.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="offset">The byte offset in the archive of the record or gzip member concerned.</param>
    public WarcFormatException(string message, long offset) : base(message) => Offset = offset;

    /// <summary>Creates the exception with a message, the offset, and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="offset">The byte offset in the archive of the record or gzip member concerned.</param>
    /// <param name="innerException">The cause.</param>
    public WarcFormatException(string message, long offset, Exception innerException) : base(message, innerException) => Offset = offset;

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public WarcFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WarcFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with a default message.</summary>
    public WarcFormatException() : base("The WARC record cannot be read.") { }

    /// <summary>
    /// The byte offset in the archive of the record or gzip member concerned (for a gzip archive,
    /// of its gzip member), or -1 when it is not known.
    /// </summary>
    public long Offset { get; } = -1;
}
