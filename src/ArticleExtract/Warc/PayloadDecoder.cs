using System.Globalization;
using System.IO.Compression;

namespace ArticleExtract.Warc;

/// <summary>
/// Undoes the encodings of an HTTP payload as the crawler stored it: chunked transfer encoding,
/// then the content encodings (<c>gzip</c>, <c>deflate</c>, <c>br</c>) in reverse order. The
/// decoded size is capped, so a small compressed payload cannot expand without bound. A payload
/// cut short (a truncated record) keeps what could be decoded and says so.
/// </summary>
internal static class PayloadDecoder
{
    /// <summary>
    /// The body without its chunk framing, or null when it does not start like a chunked body
    /// (some crawlers store the body de-chunked but keep the header): then it is used as it is.
    /// </summary>
    public static byte[]? Dechunk(ReadOnlySpan<byte> body, out bool incomplete)
    {
        incomplete = false;
        using var output = new MemoryStream(body.Length);
        var position = 0;
        var first = true;
        while (true)
        {
            var newline = body[position..].IndexOf((byte)'\n');
            if (newline < 0 || !TryParseChunkSize(body.Slice(position, newline), out var size))
            {
                if (first)
                {
                    return null;
                }

                incomplete = true;
                return output.ToArray();
            }

            first = false;
            position += newline + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            var available = Math.Min(size, body.Length - position);
            output.Write(body.Slice(position, (int)available));
            if (available < size)
            {
                incomplete = true;
                return output.ToArray();
            }

            position += (int)size;
            position += body[position..].StartsWith("\r\n"u8) ? 2 : body[position..].StartsWith("\n"u8) ? 1 : 0;
        }
    }

    /// <summary>Undoes the content encodings listed in <paramref name="encodings"/> (as in the header, applied first to last).</summary>
    /// <exception cref="WarcFormatException">An encoding is unknown, the payload is not what it says, or it expands beyond the limit.</exception>
    public static byte[] Decode(byte[] body, string encodings, bool truncated, Limit limit, out bool incomplete)
    {
        incomplete = false;
        var names = encodings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = names.Length - 1; i >= 0; i--)
        {
            var encoding = names[i].ToLowerInvariant();
            if (encoding is "identity" or "none")
            {
                continue;
            }

            var input = new MemoryStream(body);
            Stream decoder = encoding switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => IsZlib(body) ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => throw new WarcFormatException($"{limit.Name} has a Content-Encoding '{encoding}' that cannot be decoded.", limit.Offset),
            };
            body = Inflate(decoder, encoding, truncated, limit, ref incomplete);
        }

        return body;
    }

    /// <summary><c>deflate</c> is zlib-wrapped by the standard, raw deflate by some servers: both are accepted.</summary>
    private static bool IsZlib(byte[] body) => body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;

    private static byte[] Inflate(Stream decoder, string encoding, bool truncated, Limit limit, ref bool incomplete)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[64 * 1024];
            try
            {
                int read;
                while ((read = decoder.Read(buffer)) > 0)
                {
                    if (output.Length + read > limit.MaxLength)
                    {
                        throw new WarcFormatException($"{limit.Name} has a {encoding} payload that expands to more than {limit.MaxLength:N0} bytes.", limit.Offset);
                    }

                    output.Write(buffer, 0, read);
                }
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException && !truncated)
            {
                throw new WarcFormatException($"{limit.Name} has a payload that is not valid {encoding}: {e.Message}", limit.Offset, e);
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
            {
                // The record is cut short: keep what came out of it.
                incomplete = true;
            }

            return output.ToArray();
        }
    }

    /// <summary>What names the record in errors, and the most a payload may expand to.</summary>
    public readonly record struct Limit(string Name, long Offset, int MaxLength);

    /// <summary>A chunk-size line: hexadecimal digits, then optional <c>;</c> extensions.</summary>
    private static bool TryParseChunkSize(ReadOnlySpan<byte> line, out long size)
    {
        var semicolon = line.IndexOf((byte)';');
        var digits = (semicolon < 0 ? line : line[..semicolon]).Trim(" \t\r"u8);
        size = 0;
        return digits.Length is > 0 and <= 15
            && long.TryParse(System.Text.Encoding.ASCII.GetString(digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out size);
    }
}
