using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace ArticleExtract.Cli;

/// <summary>Runs the <c>articleextract</c> command and turns every outcome into an exit code.</summary>
internal static class CommandLine
{
    /// <summary>Every input was extracted.</summary>
    public const int Success = 0;

    /// <summary>At least one input failed; its record (or standard error) says why, and the others were processed.</summary>
    public const int InputFailed = 1;

    /// <summary>Bad arguments, or <c>--out</c> cannot be written: nothing was processed.</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>
    /// Parses the arguments and runs the command; returns the exit code. Never throws: an
    /// unexpected error is reported on <paramref name="stderr"/> as exit code 1.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go without <c>--out</c> (and help, and the version).</param>
    /// <param name="stderr">Errors and progress.</param>
    /// <param name="stdin">Opens standard input, for the path <c>-</c>; <c>null</c> means there is none.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var command = new CliCommand();
            command.Root.SetAction((result, token) => ExtractAsync(command.OptionsOf(result), stdout, stderr, stdin, token));
            var parse = command.Root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                foreach (var error in parse.Errors)
                {
                    await stderr.WriteLineAsync($"articleextract: {error.Message}");
                }

                await stderr.WriteLineAsync("Try 'articleextract --help' for the options and examples.");
                return UsageError;
            }

            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("articleextract: cancelled.");
            return Cancelled;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"articleextract: unexpected error: {e.GetType().Name}: {e.Message}");
            return InputFailed;
        }
    }

    /// <summary>The extraction mode: every path, in order, to the output in the chosen format.</summary>
    private static async Task<int> ExtractAsync(CliOptions options, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin, CancellationToken cancellationToken)
    {
        if (options.Paths.Count == 0)
        {
            return await Usage(stderr, "no PATH given (a file, a folder, or - for standard input).");
        }

        if (options.Paths.Count(p => p == InputFile.StandardInputPath) > 1)
        {
            return await Usage(stderr, "standard input (-) can be read only once.");
        }

        if (options.Warc)
        {
            return await WarcRunner.RunAsync(options, stdout, stderr, stdin, cancellationToken);
        }

        var (files, emptyFolders) = InputFile.Expand(options.Paths, stdin);
        foreach (var folder in emptyFolders)
        {
            await stderr.WriteLineAsync($"articleextract: {folder}: the folder has no files.");
        }

        var single = options.Paths.Count == 1 && files.Count == 1 && !Directory.Exists(options.Paths[0]);
        var format = options.Format ?? (single ? OutputFormat.Json : OutputFormat.Jsonl);
        var runner = new BatchRunner(options, format);
        var failures = emptyFolders.Count;
        if (options.OutFile is null)
        {
            failures += await runner.RunAsync(files, RecordSink.For(format, single, stdout), stderr, cancellationToken);
            return failures > 0 ? InputFailed : Success;
        }

        StreamWriter writer;
        try
        {
            writer = new StreamWriter(options.OutFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return await Usage(stderr, $"cannot write --out '{options.OutFile}': {e.Message}");
        }

        await using (writer)
        {
            failures += await runner.RunAsync(files, RecordSink.For(format, single, writer), stderr, cancellationToken);
        }

        return failures > 0 ? InputFailed : Success;
    }

    private static async Task<int> Usage(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"articleextract: {message}");
        await stderr.WriteLineAsync("Try 'articleextract --help' for the options and examples.");
        return UsageError;
    }
}
