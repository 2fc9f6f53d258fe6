namespace ArticleExtract.Cli;

/// <summary>
/// Tells a binary file (an image, an archive, a program...) from a page, so that the command line
/// reports "a PNG image, not a page" instead of extracting noise from it.
/// </summary>
internal static class BinarySniffer
{
    /// <summary>
    /// How far a NUL byte is looked for: the window of the WHATWG MIME sniffing rules. Pages in
    /// UTF-8 or a legacy charset never hold one; UTF-16 text does, so it is let through when it
    /// starts with its byte order mark.
    /// </summary>
    private const int NulWindow = 1445;

    private static readonly (string Name, short[] Pattern)[] Signatures = ReadSignatures();

    /// <summary>What kind of binary file the bytes are; <c>null</c> when they may be a page.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (name, pattern) in Signatures)
        {
            if (StartsWith(bytes, pattern))
            {
                return name;
            }
        }

        return HasEarlyNul(bytes) ? "binary data (it holds NUL bytes)" : null;
    }

    /// <summary>A NUL byte in the first bytes, in a file that does not start with a UTF-16 byte order mark.</summary>
    private static bool HasEarlyNul(ReadOnlySpan<byte> bytes)
    {
        var isUtf16 = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        return !isUtf16 && bytes[..Math.Min(bytes.Length, NulWindow)].Contains((byte)0);
    }

    private static bool StartsWith(ReadOnlySpan<byte> bytes, short[] pattern)
    {
        if (bytes.Length < pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] >= 0 && bytes[i] != pattern[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads <c>binary-signatures.txt</c>: a name, a tab, the leading bytes in hex (<c>??</c> for any byte).</summary>
    private static (string, short[])[] ReadSignatures()
    {
        using var stream = typeof(BinarySniffer).Assembly.GetManifestResourceStream("ArticleExtract.Cli.binary-signatures.txt")
                           ?? throw new InvalidOperationException("binary-signatures.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var signatures = new List<(string, short[])>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var (name, hex) = (line[..line.IndexOf('\t')], line[(line.IndexOf('\t') + 1)..]);
            var pattern = hex.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(b => b == "??" ? (short)-1 : Convert.ToInt16(b, 16))
                .ToArray();
            signatures.Add((name, pattern));
        }

        return [.. signatures];
    }
}
