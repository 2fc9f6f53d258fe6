using System.IO.Compression;
using BenchmarkDotNet.Attributes;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// <see cref="ArticleExtractor.Parse(string, ExtractionOptions?)"/> on a few pages of the dev corpus
/// (<c>../shared/corpus/scrapinghub-dev/html</c>, found by walking up from the working folder).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private const int PageCount = 5;
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = CorpusLocator.Find("scrapinghub-dev/html")
            ?? throw new InvalidOperationException("../shared/corpus/scrapinghub-dev/html was not found above the working folder.");
        _pages = Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Take(PageCount).Select(ReadGzip).ToArray();
    }

    [Benchmark]
    public int Parse()
    {
        var words = 0;
        foreach (var page in _pages)
        {
            words += ArticleExtractor.Parse(page).WordCount;
        }

        return words;
    }

    private static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}

/// <summary>Finds the shared corpus by walking up from the working folder.</summary>
internal static class CorpusLocator
{
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
