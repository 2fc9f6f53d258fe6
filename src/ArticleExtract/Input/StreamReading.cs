namespace ArticleExtract.Input;

/// <summary>Reads a caller's stream into memory, bounded by the input-size limit.</summary>
internal static class StreamReading
{
    private const int ChunkSize = 81_920;

    public static async Task<byte[]> ReadAllAsync(Stream stream, int maxLength, CancellationToken cancellationToken)
    {
        EnsureReadable(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, maxLength);
        }

        return buffer.ToArray();
    }

    public static byte[] ReadAll(Stream stream, int maxLength, CancellationToken cancellationToken)
    {
        EnsureReadable(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Append(buffer, chunk, read, maxLength);
        }

        return buffer.ToArray();
    }

    private static void EnsureReadable(Stream stream)
    {
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int read, int maxLength)
    {
        if (buffer.Length + read > maxLength)
        {
            throw Limits.InputTooLarge(maxLength);
        }

        buffer.Write(chunk, 0, read);
    }
}
