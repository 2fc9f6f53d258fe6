using System.IO.Compression;

namespace ArticleExtract.Cli;

/// <summary>One input file of the command line: its id, and how to read it.</summary>
internal sealed record InputFile(string Path)
{
    /// <summary>The file name without <c>.gz</c>, then without <c>.html</c>, <c>.htm</c> or <c>.txt</c>.</summary>
    public string Id
    {
        get
        {
            var name = System.IO.Path.GetFileName(Path);
            name = StripSuffix(name, ".gz");
            foreach (var extension in (string[])[".html", ".htm", ".txt"])
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return name[..^extension.Length];
                }
            }

            return name;
        }
    }

    /// <summary>True for scraped text (<c>.txt</c>, before any <c>.gz</c>).</summary>
    public bool IsText => StripSuffix(System.IO.Path.GetFileName(Path), ".gz").EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's bytes, gunzipped when it ends in <c>.gz</c>.</summary>
    public byte[] ReadBytes()
    {
        if (!Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(Path);
        }

        using var file = File.OpenRead(Path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Expands the command line's paths: files as given, folders as their files sorted by name.</summary>
    public static List<InputFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var names = Directory.GetFiles(path);
                Array.Sort(names, StringComparer.Ordinal);
                files.AddRange(names.Select(n => new InputFile(n)));
            }
            else
            {
                files.Add(new InputFile(path));
            }
        }

        return files;
    }

    private static string StripSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? name[..^suffix.Length] : name;
}
