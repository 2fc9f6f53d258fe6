using System.Text;
using ArticleExtract.Warc;

namespace ArticleExtract.Cli;

/// <summary>
/// <c>articleextract --warc FILE...</c> (or <c>-</c> for standard input): one JSON Lines row per
/// extracted record, in archive order. The archive is read on one thread while the pages are
/// extracted on <c>--parallel</c> workers. A record that fails gives a row with <c>error</c> and
/// the archive goes on; the exit code is 1 only when an archive cannot be read at all.
/// </summary>
internal sealed class WarcRunner
{
    /// <summary>How many records may wait, read or finished, per worker: bounds memory to a few records per core.</summary>
    private const int WindowPerWorker = 4;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private readonly ArticleExtractor _extractor = new(new ExtractionOptions { InputKind = InputKind.Html });
    private readonly int _parallelism;
    private readonly Func<Stream> _standardInput;

    public WarcRunner(int parallelism, Func<Stream>? standardInput = null)
    {
        _parallelism = parallelism;
        _standardInput = standardInput ?? Console.OpenStandardInput;
    }

    /// <summary>Runs the command for <paramref name="options"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(CliOptions options, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin, CancellationToken cancellationToken)
    {
        if (options.Format is not (null or OutputFormat.Jsonl))
        {
            await stderr.WriteLineAsync("articleextract: --warc writes JSON Lines; --format can only be jsonl.");
            return CommandLine.UsageError;
        }

        var runner = new WarcRunner(options.Parallelism, stdin);
        if (options.OutFile is null)
        {
            return await runner.RunAsync(options.Paths, stdout, stderr, cancellationToken);
        }

        StreamWriter writer;
        try
        {
            writer = new StreamWriter(options.OutFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"articleextract: cannot write --out '{options.OutFile}': {e.Message}");
            return CommandLine.UsageError;
        }

        await using (writer)
        {
            return await runner.RunAsync(options.Paths, writer, stderr, cancellationToken);
        }
    }

    /// <summary>Processes every archive in turn; returns 0, or 1 when one of them could not be read at all.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> archives, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var unreadable = 0;
        foreach (var archive in archives)
        {
            unreadable += await RunArchiveAsync(archive, output, progress, cancellationToken) ? 0 : 1;
        }

        return unreadable > 0 ? 1 : 0;
    }

    private async Task<bool> RunArchiveAsync(string path, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = path == "-" ? _standardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await output.WriteLineAsync(WarcRows.Error(new WarcSource(path, 0), e.Message)).ConfigureAwait(false);
            await progress.WriteLineAsync($"articleextract: {path}: {e.Message}").ConfigureAwait(false);
            return false;
        }

        var stats = new WarcProgress(path, progress);
        using var reader = new WarcReader(stream, leaveOpen: path == "-");
        using var workers = new SemaphoreSlim(_parallelism);
        var pending = new Queue<Task<string?>>();
        while (true)
        {
            var next = ReadNext(reader, path, stats);
            if (next.Done)
            {
                break;
            }

            pending.Enqueue(next.Row is { } row ? Task.FromResult<string?>(row) : Extract(next.Record!, path, workers, cancellationToken));
            while (pending.Count > _parallelism * WindowPerWorker || (pending.Count > 0 && pending.Peek().IsCompleted))
            {
                await WriteAsync(await pending.Dequeue().ConfigureAwait(false), output, stats).ConfigureAwait(false);
            }

            await stats.ReportAsync(reader.BytesRead, final: false, ProgressInterval).ConfigureAwait(false);
        }

        while (pending.Count > 0)
        {
            await WriteAsync(await pending.Dequeue().ConfigureAwait(false), output, stats).ConfigureAwait(false);
        }

        await stats.ReportAsync(reader.BytesRead, final: true, ProgressInterval).ConfigureAwait(false);
        return stats.Records > 0 || stats.ReadErrors == 0;
    }

    /// <summary>The next record worth a worker (a response or resource), an error row, or the end.</summary>
    private static (bool Done, WarcRecord? Record, string? Row) ReadNext(WarcReader reader, string path, WarcProgress stats)
    {
        while (true)
        {
            WarcRecord? record;
            try
            {
                record = reader.Read();
            }
            catch (WarcFormatException e)
            {
                stats.ReadErrors++;
                return (false, null, WarcRows.Error(new WarcSource(path, Math.Max(e.Offset, 0)), e.Message));
            }
            catch (IOException e)
            {
                stats.ReadErrors++;
                return (false, null, WarcRows.Error(new WarcSource(path, reader.BytesRead), $"The archive cannot be read further: {e.Message}"));
            }

            if (record is null)
            {
                return (true, null, null);
            }

            stats.Records++;
            if (record.Type is "response" or "resource")
            {
                return (false, record, null);
            }
        }
    }

    private Task<string?> Extract(WarcRecord record, string path, SemaphoreSlim workers, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Extract(record, path, cancellationToken);
        }
        finally
        {
            workers.Release();
        }
    }, cancellationToken);

    /// <summary>The record's row: its article, an error, or null when it holds no HTML page.</summary>
    private string? Extract(WarcRecord record, string path, CancellationToken cancellationToken)
    {
        var source = new WarcSource(path, record.Offset, record.RecordId, record.TargetUri, record.GetHeader("WARC-Date"), Truncated: record.IsTruncated);
        try
        {
            if (record.ToHtmlPage() is not { } page)
            {
                return null;
            }

            source = source with { HttpStatus = page.HttpStatus, Truncated = page.IsTruncated };
            var article = _extractor.Parse(page.Body.ToArray(), page.ContentType, page.Url, cancellationToken);
            return WarcRows.Article(source, article);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var message = e is WarcFormatException or ArticleExtractionException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            return WarcRows.Error(source, message);
        }
    }

    private static async Task WriteAsync(string? row, TextWriter output, WarcProgress stats)
    {
        if (row is null)
        {
            return;
        }

        stats.Rows++;
        await output.WriteLineAsync(row).ConfigureAwait(false);
    }
}
