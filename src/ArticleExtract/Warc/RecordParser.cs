using System.Text;

namespace ArticleExtract.Warc;

/// <summary>
/// Reads one record from a segment: the <c>WARC/1.x</c> line, the named fields up to the blank
/// line, the block of <c>Content-Length</c> bytes, and the CRLF CRLF that ends it. Each damage is
/// a <see cref="WarcFormatException"/> that names the record; a block whose declared length turns
/// out wrong is put back, so the scan for the next record starts right after the bad header.
/// </summary>
internal static class RecordParser
{
    /// <summary>The first allocation for a block; it grows as bytes really arrive, never on the declared length alone.</summary>
    private const int FirstBlockAllocation = 256 * 1024;

    private static ReadOnlySpan<byte> VersionPrefix => "WARC/"u8;

    public static WarcRecord Read(SegmentWindow window, long offset, WarcReaderOptions options)
    {
        var version = ReadVersion(window, offset, options);
        var headers = ReadHeaders(window, offset, options);
        var name = Describe(offset, headers);
        var length = ParseLength(headers, name, offset);
        if (length > options.MaxBlockLength)
        {
            var skipped = window.Skip(length);
            if (skipped < length)
            {
                throw new WarcFormatException($"{name} declares a block of {length:N0} bytes, but the data ends after {skipped:N0}.", offset);
            }

            ExpectEnd(window, name, offset, ReadOnlySpan<byte>.Empty);
            return new WarcRecord(version, headers, length, offset, ReadOnlyMemory<byte>.Empty, blockOmitted: true, options);
        }

        var block = ReadBlock(window, (int)length, out var read);
        if (read < length)
        {
            window.Unread(block.AsSpan(0, read));
            throw new WarcFormatException($"{name} declares a block of {length:N0} bytes, but the data ends after {read:N0}.", offset);
        }

        ExpectEnd(window, name, offset, block);
        return new WarcRecord(version, headers, length, offset, block, blockOmitted: false, options);
    }

    private static string ReadVersion(SegmentWindow window, long offset, WarcReaderOptions options)
    {
        var end = window.ReadLine(Math.Min(64, options.MaxHeaderLength), out var line);
        if (end == LineEnd.TooLong || !line.StartsWith(VersionPrefix) || line.Length > 16 || !IsVersionNumber(line[VersionPrefix.Length..]))
        {
            throw new WarcFormatException($"No WARC record starts at offset {offset}: a record begins with a line such as WARC/1.1.", offset);
        }

        return Encoding.ASCII.GetString(line);
    }

    /// <summary>Digits, a dot, digits: 1.0, 1.1, and the 0.17/0.18 drafts that some old archives used.</summary>
    private static bool IsVersionNumber(ReadOnlySpan<byte> number)
    {
        var dot = number.IndexOf((byte)'.');
        return dot > 0 && dot < number.Length - 1 && !number.ContainsAnyExcept("0123456789."u8) && number[(dot + 1)..].IndexOf((byte)'.') < 0;
    }

    private static List<KeyValuePair<string, string>> ReadHeaders(SegmentWindow window, long offset, WarcReaderOptions options)
    {
        var headers = new List<KeyValuePair<string, string>>(16);
        var budget = options.MaxHeaderLength;
        while (true)
        {
            var end = window.ReadLine(budget, out var line);
            if (end == LineEnd.TooLong)
            {
                throw new WarcFormatException($"The record at offset {offset} has a header block longer than {options.MaxHeaderLength:N0} bytes.", offset);
            }

            if (end == LineEnd.SegmentEnd)
            {
                throw new WarcFormatException($"The record at offset {offset} has a header block that does not end: the data ends before its blank line.", offset);
            }

            budget -= line.Length + 2;
            if (line.IsEmpty)
            {
                return headers;
            }

            if (line[0] is (byte)' ' or (byte)'\t' && headers.Count > 0)
            {
                // A folded line (WARC 1.0): it continues the previous field's value.
                var (key, value) = headers[^1];
                headers[^1] = new(key, value + " " + Encoding.UTF8.GetString(line).Trim());
                continue;
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || line[..colon].ContainsAny(" \t"u8))
            {
                var shown = Encoding.UTF8.GetString(line[..Math.Min(line.Length, 40)]);
                throw new WarcFormatException($"The record at offset {offset} has a malformed header line '{shown}' (is the blank line after its headers missing?).", offset);
            }

            headers.Add(new(Encoding.ASCII.GetString(line[..colon]), Encoding.UTF8.GetString(line[(colon + 1)..]).Trim()));
        }
    }

    private static long ParseLength(List<KeyValuePair<string, string>> headers, string name, long offset)
    {
        string? text = null;
        foreach (var (key, value) in headers)
        {
            if (key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                text = value;
                break;
            }
        }

        if (text is null)
        {
            throw new WarcFormatException($"{name} has no Content-Length.", offset);
        }

        // Digits only: no sign, no blanks, at most 18 so the value fits a long.
        if (text.Length is 0 or > 18 || text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new WarcFormatException($"{name} has a Content-Length '{Shorten(text)}' that is not a length.", offset);
        }

        return long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the block into an array grown as the bytes arrive, so a declared length alone allocates little.</summary>
    private static byte[] ReadBlock(SegmentWindow window, int length, out int read)
    {
        var block = new byte[Math.Min(length, FirstBlockAllocation)];
        read = 0;
        while (true)
        {
            var got = window.Read(block.AsSpan(read));
            read += got;
            if (read < block.Length || block.Length == length)
            {
                return block;
            }

            Array.Resize(ref block, (int)Math.Min(length, block.Length * 2L));
        }
    }

    /// <summary>
    /// The block is followed by CRLF CRLF (any short run of line ends is taken), then the end of
    /// the segment or the next record. When it is not, the declared length was wrong: the block
    /// goes back and the error names the record.
    /// </summary>
    private static void ExpectEnd(SegmentWindow window, string name, long offset, ReadOnlySpan<byte> block)
    {
        Span<byte> separator = stackalloc byte[16];
        var count = 0;
        while (count < separator.Length && window.Peek() is '\r' or '\n')
        {
            window.Read(separator.Slice(count++, 1));
        }

        if (window.Peek() < 0 || window.StartsWith(VersionPrefix))
        {
            return;
        }

        var back = new byte[block.Length + count];
        block.CopyTo(back);
        separator[..count].CopyTo(back.AsSpan(block.Length));
        window.Unread(back);
        throw new WarcFormatException($"{name} is not followed by the next record where its Content-Length says it ends.", offset);
    }

    private static string Describe(long offset, List<KeyValuePair<string, string>> headers)
    {
        foreach (var (key, value) in headers)
        {
            if (key.Equals("WARC-Record-ID", StringComparison.OrdinalIgnoreCase))
            {
                return $"The record {Shorten(value)} at offset {offset}";
            }
        }

        return $"The record at offset {offset}";
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
