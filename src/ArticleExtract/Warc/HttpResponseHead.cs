using System.Text;

namespace ArticleExtract.Warc;

/// <summary>
/// The head of the HTTP response in a <c>response</c> record's block: the status line and the
/// header fields up to the blank line, and where the body starts.
/// </summary>
internal sealed class HttpResponseHead
{
    private readonly List<KeyValuePair<string, string>> _headers;

    private HttpResponseHead(int status, List<KeyValuePair<string, string>> headers, int bodyStart)
    {
        Status = status;
        _headers = headers;
        BodyStart = bodyStart;
    }

    public int Status { get; }

    public int BodyStart { get; }

    /// <summary>True when the block starts with an HTTP status line's <c>HTTP/</c>.</summary>
    public static bool LooksLikeResponse(ReadOnlySpan<byte> block) => block.StartsWith("HTTP/"u8);

    /// <summary>The value of the first header named <paramref name="name"/> (ignoring case), or null.</summary>
    public string? Get(string name)
    {
        foreach (var (key, value) in _headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Parses the head; lenient with header lines, strict with the status line and the size.</summary>
    /// <exception cref="WarcFormatException">There is no status line, or the head is longer than allowed.</exception>
    public static HttpResponseHead Parse(ReadOnlySpan<byte> block, int maxLength, string name, long offset)
    {
        var position = 0;
        var statusLine = NextLine(block, ref position);
        if (!TryParseStatus(statusLine, out var status))
        {
            var shown = Encoding.Latin1.GetString(statusLine[..Math.Min(statusLine.Length, 40)]);
            throw new WarcFormatException($"{name} does not hold an HTTP response: its status line is '{shown}'.", offset);
        }

        var headers = new List<KeyValuePair<string, string>>(24);
        while (position < block.Length)
        {
            if (position > maxLength)
            {
                throw new WarcFormatException($"{name} has HTTP headers longer than {maxLength:N0} bytes.", offset);
            }

            var line = NextLine(block, ref position);
            if (line.IsEmpty)
            {
                break;
            }

            var colon = line.IndexOf((byte)':');
            if (colon > 0)
            {
                // Header lines without a colon happen in the wild; they are skipped, not fatal.
                headers.Add(new(Encoding.Latin1.GetString(line[..colon]).Trim(), Encoding.Latin1.GetString(line[(colon + 1)..]).Trim()));
            }
        }

        return new HttpResponseHead(status, headers, position);
    }

    /// <summary><c>HTTP/x.y NNN reason</c>: the three-digit code after the version.</summary>
    private static bool TryParseStatus(ReadOnlySpan<byte> line, out int status)
    {
        status = 0;
        var space = line.IndexOf((byte)' ');
        if (!LooksLikeResponse(line) || space < 0)
        {
            return false;
        }

        var rest = line[(space + 1)..].TrimStart((byte)' ');
        if (rest.Length < 3 || (rest.Length > 3 && rest[3] != ' ') || rest[..3].ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            return false;
        }

        status = ((rest[0] - '0') * 100) + ((rest[1] - '0') * 10) + (rest[2] - '0');
        return true;
    }

    private static ReadOnlySpan<byte> NextLine(ReadOnlySpan<byte> block, ref int position)
    {
        var rest = block[position..];
        var newline = rest.IndexOf((byte)'\n');
        var line = newline < 0 ? rest : rest[..newline];
        position += newline < 0 ? rest.Length : newline + 1;
        return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
    }
}
