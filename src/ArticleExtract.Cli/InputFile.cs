using System.IO.Compression;

namespace ArticleExtract.Cli;

/// <summary>One input of the command line (a file, or standard input): its id, and how to read it.</summary>
internal sealed class InputFile
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInputPath = "-";

    private readonly Func<Stream>? _open;

    private InputFile(string path, Func<Stream>? open)
    {
        Path = path;
        _open = open;
    }

    /// <summary>The path as given or found in a folder; <c>-</c> for standard input.</summary>
    public string Path { get; }

    /// <summary>The file name without <c>.gz</c>, then without <c>.html</c>, <c>.htm</c>, <c>.txt</c> or <c>.md</c>; <c>stdin</c> for standard input.</summary>
    public string Id
    {
        get
        {
            if (Path == StandardInputPath)
            {
                return "stdin";
            }

            var name = StripSuffix(System.IO.Path.GetFileName(Path), ".gz");
            foreach (var extension in (string[])[".html", ".htm", ".txt", ".md", ".markdown"])
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return name[..^extension.Length];
                }
            }

            return name;
        }
    }

    /// <summary>True for scraped text (<c>.txt</c>, or Markdown: <c>.md</c>, <c>.markdown</c>; before any <c>.gz</c>).</summary>
    public bool IsText => StripSuffix(System.IO.Path.GetFileName(Path), ".gz") is var name
        && (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));

    private bool IsGzip => Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The input's bytes, gunzipped when it ends in <c>.gz</c>. Throws <see cref="InvalidDataException"/>
    /// with a clear message for a <c>.gz</c> that is not gzip data and for a binary file.
    /// </summary>
    public byte[] ReadBytes()
    {
        var bytes = _open is not null ? ReadAll(_open()) : IsGzip ? Gunzip() : File.ReadAllBytes(Path);
        if (BinarySniffer.Describe(bytes) is { } kind)
        {
            throw new InvalidDataException($"{kind}, not a page.");
        }

        return bytes;
    }

    /// <summary>
    /// Expands the command line's paths: files as given (a missing one fails when read, with the
    /// others still processed), folders as their files sorted by name, <c>-</c> as standard input.
    /// </summary>
    /// <returns>The inputs, and the folders that held no file.</returns>
    public static (List<InputFile> Files, List<string> EmptyFolders) Expand(IEnumerable<string> paths, Func<Stream>? stdin)
    {
        var files = new List<InputFile>();
        var empty = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInputPath)
            {
                files.Add(new InputFile(path, stdin ?? (() => Stream.Null)));
            }
            else if (Directory.Exists(path))
            {
                var names = Directory.GetFiles(path);
                Array.Sort(names, StringComparer.Ordinal);
                files.AddRange(names.Select(n => new InputFile(n, null)));
                if (names.Length == 0)
                {
                    empty.Add(path);
                }
            }
            else
            {
                files.Add(new InputFile(path, null));
            }
        }

        return (files, empty);
    }

    private byte[] Gunzip()
    {
        using var file = File.OpenRead(Path);
        try
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            return ReadAll(gzip, dispose: false);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"not gzip data, though the name ends in .gz ({e.Message})", e);
        }
    }

    private static byte[] ReadAll(Stream stream, bool dispose = true)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        finally
        {
            if (dispose)
            {
                stream.Dispose();
            }
        }
    }

    private static string StripSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? name[..^suffix.Length] : name;
}
