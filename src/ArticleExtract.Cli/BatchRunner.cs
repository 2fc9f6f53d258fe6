using System.Diagnostics;

namespace ArticleExtract.Cli;

/// <summary>
/// Runs the extractor over the input files on several cores and writes the results in input
/// order. One bad file never stops the batch: its record carries the error and the rest go on.
/// </summary>
internal sealed class BatchRunner
{
    /// <summary>Batches larger than this report progress on standard error.</summary>
    private const int ProgressThreshold = 5;

    /// <summary>How many results may wait, finished, for an earlier page, per worker.</summary>
    private const int WindowPerWorker = 4;

    private readonly ArticleExtractor _textExtractor;
    private readonly ArticleExtractor _htmlExtractor;
    private readonly CliOptions _options;
    private readonly OutputFormat _format;

    public BatchRunner(CliOptions options, OutputFormat format)
    {
        _options = options;
        _format = format;
        _htmlExtractor = new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Html });
        _textExtractor = new ArticleExtractor(new ExtractionOptions { InputKind = InputKind.Text });
    }

    /// <summary>Processes every file; returns how many failed.</summary>
    public async Task<int> RunAsync(IReadOnlyList<InputFile> files, RecordSink output, TextWriter progress, CancellationToken cancellationToken)
    {
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        using var workers = new SemaphoreSlim(_options.Parallelism);
        var pending = new Queue<Task<Result>>();
        var next = 0;
        var written = 0;
        var reportProgress = files.Count > ProgressThreshold;
        while (next < files.Count || pending.Count > 0)
        {
            while (next < files.Count && pending.Count < _options.Parallelism * WindowPerWorker)
            {
                var file = files[next++];
                pending.Enqueue(Task.Run(async () =>
                {
                    await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        return Process(file, cancellationToken);
                    }
                    finally
                    {
                        workers.Release();
                    }
                }, cancellationToken));
            }

            var result = await pending.Dequeue().ConfigureAwait(false);
            failures += result.Failed ? 1 : 0;
            if (result.Output is not null)
            {
                await output.WriteAsync(result.Output).ConfigureAwait(false);
            }

            if (result.Failed)
            {
                await progress.WriteLineAsync($"articleextract: {result.Id}: {result.Error}").ConfigureAwait(false);
            }

            written++;
            if (reportProgress && (clock.Elapsed - lastReport > TimeSpan.FromSeconds(1) || written == files.Count))
            {
                lastReport = clock.Elapsed;
                var rate = written / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                await progress.WriteLineAsync($"articleextract: {written}/{files.Count} pages, {failures} failed, {rate:F1} pages/s").ConfigureAwait(false);
            }
        }

        await output.CompleteAsync().ConfigureAwait(false);
        return failures;
    }

    private Result Process(InputFile file, CancellationToken cancellationToken)
    {
        var id = file.Id;
        try
        {
            var bytes = file.ReadBytes();
            var article = file.IsText
                ? _textExtractor.Parse(bytes, contentType: null, _options.BaseUrl, cancellationToken)
                : _htmlExtractor.Parse(bytes, contentType: null, _options.BaseUrl, cancellationToken);
            return new Result(id, Format(id, article), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var message = e is IOException or UnauthorizedAccessException or InvalidDataException or ArticleExtractionException
                ? e.Message
                : $"{e.GetType().Name}: {e.Message}";
            var record = RecordSink.IsJson(_format)
                ? RecordWriter.Error(id, message, _format == OutputFormat.Json)
                : null;
            return new Result(id, record, message);
        }
    }

    private string Format(string id, Article article) => _format switch
    {
        OutputFormat.Json => RecordWriter.Article(id, article, indented: true),
        OutputFormat.Jsonl => RecordWriter.Article(id, article, indented: false),
        OutputFormat.Text => article.Text + "\n",
        OutputFormat.Markdown => article.ToMarkdown(),
        _ => article.Html,
    };

    private sealed record Result(string Id, string? Output, string? Error)
    {
        public bool Failed => Error is not null;
    }
}
