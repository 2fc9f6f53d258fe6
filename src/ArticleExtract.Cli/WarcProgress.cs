using System.Diagnostics;

namespace ArticleExtract.Cli;

/// <summary>The counts of one archive's run, and the progress lines they make on standard error.</summary>
internal sealed class WarcProgress(string path, TextWriter progress)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport;

    /// <summary>Records read (every type).</summary>
    public long Records { get; set; }

    /// <summary>Rows written (pages and errors).</summary>
    public long Rows { get; set; }

    /// <summary>Damage found while reading: malformed records, corrupt members, an empty or foreign file.</summary>
    public long ReadErrors { get; set; }

    /// <summary>Writes a line at most once per <paramref name="interval"/>, and always the final one.</summary>
    public async Task ReportAsync(long bytesRead, bool final, TimeSpan interval)
    {
        var elapsed = _clock.Elapsed;
        if (!final && elapsed - _lastReport < interval)
        {
            return;
        }

        _lastReport = elapsed;
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var line = $"articleextract: {path}: {Records:N0} records, {Rows:N0} rows ({ReadErrors:N0} unreadable), " +
            $"{Rows / seconds:F1} pages/s, {bytesRead / 1e6 / seconds:F1} MB/s{(final ? $", {elapsed.TotalSeconds:F1} s" : "")}";
        await progress.WriteLineAsync(line).ConfigureAwait(false);
    }
}
