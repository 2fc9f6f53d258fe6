namespace ArticleExtract.Tests;

/// <summary>Access to the test fixtures copied beside the test assembly, and to the shared corpus when present.</summary>
internal static class Fixture
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The shared evaluation corpus (<c>../shared/corpus</c> beside the repository), or <c>null</c> when absent.</summary>
    public static string? CorpusFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
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
