namespace ArticleExtract.Cli;

/// <summary>
/// Where the results go, one per input in input order, framed for the format: JSON Lines and the
/// body formats one after another, <c>--format json</c> over several inputs as one JSON array.
/// </summary>
internal sealed class RecordSink
{
    private readonly TextWriter _writer;
    private readonly bool _array;
    private int _count;

    private RecordSink(TextWriter writer, bool array)
    {
        _writer = writer;
        _array = array;
    }

    /// <summary>The sink of a run: an array for <c>--format json</c> unless the input is one file.</summary>
    public static RecordSink For(OutputFormat format, bool singleInput, TextWriter writer) =>
        new(writer, format == OutputFormat.Json && !singleInput);

    /// <summary>Whether records are JSON (an object, an error object) rather than a body.</summary>
    public static bool IsJson(OutputFormat format) => format is OutputFormat.Json or OutputFormat.Jsonl;

    /// <summary>Writes one result.</summary>
    public async Task WriteAsync(string record)
    {
        if (_array)
        {
            await _writer.WriteAsync(_count == 0 ? "[\n" : ",\n").ConfigureAwait(false);
            await _writer.WriteAsync(record).ConfigureAwait(false);
        }
        else
        {
            await _writer.WriteLineAsync(record).ConfigureAwait(false);
        }

        _count++;
    }

    /// <summary>Closes the array, if there is one (an empty run gives <c>[]</c>).</summary>
    public async Task CompleteAsync()
    {
        if (_array)
        {
            await _writer.WriteLineAsync(_count == 0 ? "[]" : "\n]").ConfigureAwait(false);
        }

        await _writer.FlushAsync().ConfigureAwait(false);
    }
}
