using ArticleExtract.Warc;

namespace ArticleExtract.Tests.Warc;

/// <summary>What a whole archive gives: every record read, and every error, in order.</summary>
internal sealed record WarcOutcome(IReadOnlyList<WarcRecord> Records, IReadOnlyList<WarcFormatException> Errors, IReadOnlyList<string> Events)
{
    /// <summary>The records that hold a page, with the page.</summary>
    public IEnumerable<(WarcRecord Record, WarcPage Page)> Pages =>
        Records.Select(r => (Record: r, Page: r.ToHtmlPage())).Where(p => p.Page is not null).Select(p => (p.Record, p.Page!));
}

/// <summary>Reads test archives to the end, the way a caller should: going on after each error.</summary>
internal static class WarcArchive
{
    /// <summary>More calls than any test archive needs: a reader that never ends fails the test instead of hanging it.</summary>
    private const int MaxCalls = 10_000;

    public static string PathOf(string name) => Fixture.PathOf(Path.Combine("warc", name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static WarcOutcome ReadAll(string name, WarcReaderOptions? options = null) => ReadAll(Bytes(name), options);

    public static WarcOutcome ReadAll(byte[] archive, WarcReaderOptions? options = null) => ReadAll(new MemoryStream(archive), options);

    public static WarcOutcome ReadAll(Stream stream, WarcReaderOptions? options = null)
    {
        var records = new List<WarcRecord>();
        var errors = new List<WarcFormatException>();
        var events = new List<string>();
        using var reader = new WarcReader(stream, options);
        for (var call = 0; call < MaxCalls; call++)
        {
            try
            {
                if (reader.Read() is not { } record)
                {
                    return new WarcOutcome(records, errors, events);
                }

                records.Add(record);
                events.Add($"{record.Type} {record.TargetUri}");
            }
            catch (WarcFormatException e)
            {
                errors.Add(e);
                events.Add("error");
            }
        }

        throw new InvalidOperationException($"The reader did not reach the end of the archive in {MaxCalls} calls.");
    }

    /// <summary>The names of the pages in the order they came, taken from their addresses.</summary>
    public static List<string> PageNames(WarcOutcome outcome) =>
        outcome.Pages.Select(p => p.Record.TargetUri!.Split('/')[^1]).ToList();
}
