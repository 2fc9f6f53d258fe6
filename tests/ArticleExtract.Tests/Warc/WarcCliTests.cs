using System.Text.Json;
using ArticleExtract.Cli;

namespace ArticleExtract.Tests.Warc;

/// <summary><c>articleextract --warc</c>: one row per page in archive order, error rows for damage, exit codes.</summary>
public sealed class WarcCliTests
{
    private static readonly string[] RecordFields = ["id", "warcRecordId", "url", "warcDate", "warcFile", "offset", "httpStatus", "truncated"];

    private static async Task<(int Code, List<JsonElement> Rows, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, Lines(stdout.ToString()), stderr.ToString());
    }

    private static List<JsonElement> Lines(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Each_page_is_one_row_in_archive_order_with_the_record_fields_and_the_usual_ones()
    {
        var path = WarcArchive.PathOf("pages.warc.gz");
        var (code, rows, stderr) = await Run("--warc", path);
        code.Should().Be(0);
        rows.Select(r => r.GetProperty("url").GetString()!.Split('/')[^1])
            .Should().Equal("harbour", "library", "orchard", "bridge", "market", "legacy", "choir", "truncated");
        foreach (var row in rows)
        {
            foreach (var field in RecordFields.Concat(["title", "byline", "publishedTime", "text", "html", "wordCount", "canonicalUrl", "boilerplate"]))
            {
                row.TryGetProperty(field, out _).Should().BeTrue("a row has '{0}'", field);
            }

            row.GetProperty("warcFile").GetString().Should().Be(path);
            row.GetProperty("warcDate").GetString().Should().Be("2024-06-01T12:00:00Z");
            row.GetProperty("warcRecordId").GetString().Should().StartWith("<urn:uuid:");
            row.TryGetProperty("error", out _).Should().BeFalse();
        }

        rows[0].GetProperty("httpStatus").GetInt32().Should().Be(200);
        rows[0].GetProperty("title").GetString().Should().Be("Harbour ferry timetable changes next week");
        rows[6].GetProperty("httpStatus").ValueKind.Should().Be(JsonValueKind.Null, "a resource has no HTTP status");
        rows.Select(r => r.GetProperty("truncated").GetBoolean()).Should().Equal(false, false, false, false, false, false, false, true);
        rows.Select(r => r.GetProperty("offset").GetInt64()).Should().BeInAscendingOrder();
        stderr.Should().Contain("17 records").And.Contain("pages/s").And.Contain("MB/s");
    }

    [Fact]
    public async Task Parallel_extraction_keeps_the_archive_order_and_the_same_rows()
    {
        var path = WarcArchive.PathOf("pages.warc");
        var one = await Run("--warc", path, "--parallel", "1");
        var four = await Run("--warc", path, "--parallel", "4");
        four.Rows.Select(r => r.GetRawText()).Should().Equal(one.Rows.Select(r => r.GetRawText()));
    }

    [Fact]
    public async Task A_damaged_record_gives_an_error_row_and_the_archive_goes_on_with_exit_code_0()
    {
        var path = WarcArchive.PathOf("hostile-corrupt-member.warc.gz");
        var (code, rows, _) = await Run("--warc", path);
        code.Should().Be(0);
        rows.Should().HaveCount(3);
        rows[1].GetProperty("error").GetString().Should().Contain("corrupt");
        rows[1].GetProperty("offset").GetInt64().Should().Be(1007);
        rows[1].GetProperty("warcFile").GetString().Should().Be(path);
        rows[2].GetProperty("title").GetString().Should().Be("Old orchard saved by volunteers");
    }

    [Theory]
    [InlineData("hostile-not-warc.warc")]
    [InlineData("hostile-empty.warc")]
    public async Task An_archive_that_cannot_be_read_at_all_gives_exit_code_1_and_an_error_row(string name)
    {
        var (code, rows, _) = await Run("--warc", WarcArchive.PathOf(name), WarcArchive.PathOf("pages.warc.gz"));
        code.Should().Be(1);
        rows.First().GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        rows.Should().HaveCount(9, "the other archive is still read");
    }

    [Fact]
    public async Task A_missing_archive_gives_exit_code_1()
    {
        var (code, rows, stderr) = await Run("--warc", Path.Combine(Path.GetTempPath(), "no-such-archive.warc.gz"));
        code.Should().Be(1);
        rows.Single().GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        stderr.Should().Contain("no-such-archive");
    }

    [Fact]
    public async Task A_dash_reads_the_archive_from_standard_input()
    {
        var stdout = new StringWriter();
        var runner = new WarcRunner(2, () => new MemoryStream(WarcArchive.Bytes("pages.warc.gz")));
        var code = await runner.RunAsync(["-"], stdout, new StringWriter(), CancellationToken.None);
        code.Should().Be(0);
        var rows = Lines(stdout.ToString());
        rows.Should().HaveCount(8);
        rows.Should().OnlyContain(r => r.GetProperty("warcFile").GetString() == "-");
    }

    [Fact]
    public async Task Other_formats_than_json_lines_are_refused()
    {
        var (code, _, stderr) = await Run("--warc", WarcArchive.PathOf("pages.warc"), "--format", "text");
        code.Should().Be(2);
        stderr.Should().Contain("JSON Lines");
    }
}
