namespace ArticleExtract.Cli;

/// <summary>The output formats of the command line.</summary>
internal enum OutputFormat
{
    Json,
    Jsonl,
    Text,
    Markdown,
    Html,
}

/// <summary>The command line, parsed by <see cref="CliCommand"/>.</summary>
/// <param name="Paths">Files, folders, or <c>-</c> for standard input, in the order given.</param>
/// <param name="Format">The output format; <c>null</c> picks json for one file, jsonl otherwise.</param>
/// <param name="OutFile">Where to write; <c>null</c> for standard output.</param>
/// <param name="BaseUrl">The pages' address, for resolving relative links.</param>
/// <param name="Parallelism">How many pages are processed at once.</param>
/// <param name="Warc">The paths are WARC archives (<c>--warc</c>), read by <see cref="WarcRunner"/>.</param>
internal sealed record CliOptions(IReadOnlyList<string> Paths, OutputFormat? Format, string? OutFile, Uri? BaseUrl, int Parallelism, bool Warc = false);
