using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace ArticleExtract.Cli;

/// <summary>
/// The <c>articleextract</c> command: its arguments and options (System.CommandLine), its help with
/// examples, and the action that runs the extraction.
/// </summary>
/// <remarks>
/// Another mode is one more option: add it in <see cref="CliCommand()"/> with <c>Root.Options.Add</c>,
/// and test it in the root command's action (<c>CommandLine.RunAsync</c>) before the paths are looked at.
/// </remarks>
internal sealed class CliCommand
{
    /// <summary>The examples at the end of <c>--help</c>.</summary>
    public const string Examples =
        """
        Examples:
          articleextract page.html                      one page, as an indented JSON object
          articleextract pages/ --out pages.jsonl       every file of a folder, one JSON object a line
          articleextract a.html b.html.gz --format json two pages, as one JSON array
          articleextract notes.txt --format markdown    scraped text (.txt), its body as Markdown
          curl -s https://example.com/a | articleextract - --url https://example.com/a --format text
          articleextract --warc crawl.warc.gz --out pages.jsonl   every HTML page of a web archive
          aws s3 cp s3://bucket/crawl.warc.gz - | articleextract --warc - > pages.jsonl

        Exit codes: 0 every input done, 1 some input failed (its record holds the error),
        2 bad arguments or an unwritable --out. With --warc: 1 only when an archive cannot be read
        at all (a damaged record gives a row with "error" and the archive goes on).
        """;

    private static readonly string[] FormatNames = ["json", "jsonl", "text", "markdown", "html"];

    public CliCommand()
    {
        Paths.Arity = ArgumentArity.ZeroOrMore;
        Paths.Validators.Add(result =>
        {
            // System.CommandLine takes an unknown option for an argument; "./-name" reaches a file named so.
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}'.");
                }
            }
        });
        Format.AcceptOnlyFromAmong(FormatNames);
        Out.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { Length: 0 })
            {
                result.AddError("--out takes a file name.");
            }
        });
        Url.CustomParser = ParseUrl;
        Parallel.Validators.Add(result =>
        {
            // A value that is not a number already has System.CommandLine's error.
            if (result.Tokens is [{ Value: var text }] && int.TryParse(text, out var count) && count < 1)
            {
                result.AddError("--parallel takes a positive number.");
            }
        });

        Root = new RootCommand("Extracts the article (title, byline, dates, body as text, HTML or Markdown) from HTML pages or scraped text.")
        {
            Paths, Format, Out, Url, Parallel, Warc,
        };
        foreach (var option in Root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new HelpWithExamples(help);
            }
        }
    }

    /// <summary>The root command; <c>--help</c> and <c>--version</c> are System.CommandLine's.</summary>
    public RootCommand Root { get; }

    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "A file, a folder (every file in it, sorted by name), or - for standard input. " +
                      ".gz files are gunzipped; .txt files are scraped text and .md files scraped Markdown; anything else is HTML, its encoding sniffed.",
    };

    public Option<string?> Format { get; } = new("--format", "-f")
    {
        Description = "json (the default for one file; an array for several), jsonl (the default for several: one object a line), text, markdown or html (the body only).",
        HelpName = "json|jsonl|text|markdown|html",
    };

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "Write to FILE instead of standard output.",
        HelpName = "FILE",
    };

    public Option<Uri?> Url { get; } = new("--url")
    {
        Description = "The page's address, for resolving relative links and images.",
        HelpName = "URL",
    };

    public Option<int?> Parallel { get; } = new("--parallel")
    {
        Description = "How many pages are processed at once (default: the processor count). Output stays in input order.",
        HelpName = "N",
    };

    public Option<bool> Warc { get; } = new("--warc")
    {
        Description = "The PATHs are WARC archives (- for standard input): one JSON Lines row per HTML page, in archive order, " +
                      "with warcRecordId, url, warcDate, warcFile, offset, httpStatus and truncated beside the usual fields.",
    };

    /// <summary>The options of an extraction run, read from a successful parse.</summary>
    public CliOptions OptionsOf(ParseResult result) => new(
        result.GetValue(Paths) ?? [],
        result.GetValue(Format) is { } name ? Enum.Parse<OutputFormat>(name, ignoreCase: true) : null,
        result.GetValue(Out),
        result.GetValue(Url),
        result.GetValue(Parallel) ?? Environment.ProcessorCount,
        result.GetValue(Warc));

    private static Uri? ParseUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "file")
        {
            return url;
        }

        result.AddError($"--url takes an absolute URL, not '{text}'.");
        return null;
    }

    /// <summary>System.CommandLine's help, then the examples.</summary>
    private sealed class HelpWithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(Examples);
            return 0;
        }
    }
}
