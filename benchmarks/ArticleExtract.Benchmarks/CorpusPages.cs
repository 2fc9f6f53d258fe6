using System.IO.Compression;

namespace ArticleExtract.Benchmarks;

/// <summary>Pages of the shared dev corpus, found by walking up from the working folder.</summary>
internal static class CorpusPages
{
    /// <summary>Every n-th page of the corpus is taken, so the sample spans it.</summary>
    private const int Stride = 12;

    public static string Folder(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"shared/corpus/{relative} was not found above {Directory.GetCurrentDirectory()}.");
    }

    /// <summary>The sampled HTML pages and the same pages as scraped text, in the same order.</summary>
    public static (string[] Html, string[] Text) Load()
    {
        var htmlFolder = Folder("scrapinghub-dev/html");
        var textFolder = Folder("text-dev");
        var names = Directory.GetFiles(htmlFolder, "*.html.gz").Order(StringComparer.Ordinal).Where((_, i) => i % Stride == 0).ToArray();
        var html = names.Select(ReadGzip).ToArray();
        var text = names.Select(n => File.ReadAllText(Path.Combine(textFolder, Path.GetFileName(n).Replace(".html.gz", ".txt", StringComparison.Ordinal)))).ToArray();
        return (html, text);
    }

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
