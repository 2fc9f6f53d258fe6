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

/// <summary>The parsed command line.</summary>
internal sealed record CliOptions(IReadOnlyList<string> Paths, OutputFormat? Format, string? OutFile, Uri? BaseUrl, int Parallelism, bool Warc = false)
{
    public const string Usage =
        "usage: articleextract PATH... [--format json|jsonl|text|markdown|html] [--out FILE] [--url URL] [--parallel N]\n" +
        "  PATH      a file or a folder (every file in it, sorted by name); .gz files are gunzipped,\n" +
        "            .txt files are scraped text, anything else is HTML (encoding sniffed)\n" +
        "  --format  json (default for one file), jsonl (default for several), text, markdown, html\n" +
        "  --out     write to FILE instead of standard output\n" +
        "  --url     the page's address, for resolving relative links\n" +
        "  --parallel  pages processed at once (default: the processor count)\n" +
        "  --warc    the PATHs are WARC archives (- for standard input): one JSON Lines row per page";

    /// <summary>Parses the arguments; returns an error message instead when they are wrong.</summary>
    public static (CliOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        OutputFormat? format = null;
        string? outFile = null;
        Uri? baseUrl = null;
        var parallelism = Environment.ProcessorCount;
        var warc = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--format" or "-f":
                    var name = Value();
                    if (name is null || !Enum.TryParse<OutputFormat>(name, ignoreCase: true, out var parsed) || int.TryParse(name, out _))
                    {
                        return (null, $"--format takes json, jsonl, text, markdown or html, not '{name}'.");
                    }

                    format = parsed;
                    break;
                case "--out" or "-o":
                    outFile = Value() ?? "";
                    if (outFile.Length == 0)
                    {
                        return (null, "--out takes a file name.");
                    }

                    break;
                case "--url":
                    var url = Value();
                    if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out baseUrl))
                    {
                        return (null, $"--url takes an absolute URL, not '{url}'.");
                    }

                    break;
                case "--parallel":
                    var count = Value();
                    if (!int.TryParse(count, out parallelism) || parallelism < 1)
                    {
                        return (null, $"--parallel takes a positive number, not '{count}'.");
                    }

                    break;
                case "--warc":
                    warc = true;
                    break;
                case "--help" or "-h":
                    return (null, "");
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        return (null, $"unknown option '{arg}'.");
                    }

                    paths.Add(arg);
                    break;
            }
        }

        return paths.Count == 0
            ? (null, "no PATH given.")
            : (new CliOptions(paths, format, outFile, baseUrl, parallelism, warc), null);
    }
}
