using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ArticleExtract.Cli;

namespace ArticleExtract.Tests.Cli;

/// <summary>
/// The command line's bad-input table: every case gets a clear message and the right exit code
/// (2 for bad arguments or an unwritable --out, before anything is read; 1 for an input that
/// failed, with the other inputs still processed), never an unhandled exception.
/// </summary>
public sealed class CliBadInputTests : IDisposable
{
    private const string Page =
        "<html lang=\"en\"><head><title>Good page</title></head><body><article><p>This article paragraph is long enough to be taken as the content of the page by the extractor.</p></article></body></html>";

    private readonly string _folder = Directory.CreateTempSubdirectory("articleextract-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Code, string Stdout, string Stderr)> Run(string[] args, byte[]? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Func<Stream>? open = stdin is null ? null : () => new MemoryStream(stdin);
        var code = await CommandLine.RunAsync(args, stdout, stderr, open);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string WritePage(string name) => Write(name, Encoding.UTF8.GetBytes(Page));

    private static List<JsonElement> Lines(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    /// <summary>Runs a bad input between two good pages: exit 1, an error record for it, both good pages extracted.</summary>
    private async Task<string> ErrorBetweenGoodPages(string bad)
    {
        var (code, stdout, stderr) = await Run([WritePage("first.html"), bad, WritePage("last.html"), "--format", "jsonl"]);
        code.Should().Be(1);
        var records = Lines(stdout);
        records.Should().HaveCount(3);
        records[0].GetProperty("title").GetString().Should().Be("Good page");
        records[2].GetProperty("title").GetString().Should().Be("Good page");
        records[1].TryGetProperty("text", out _).Should().BeFalse();
        var error = records[1].GetProperty("error").GetString()!;
        stderr.Should().Contain(error, "the error is also said on standard error");
        return error;
    }

    [Fact]
    public async Task A_missing_file_is_an_error_record()
    {
        var error = await ErrorBetweenGoodPages(Path.Combine(_folder, "missing.html"));
        error.Should().Contain("missing.html");
    }

    [Theory]
    [InlineData("image.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG image")]
    [InlineData("doc.html", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF document")]
    [InlineData("archive.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "ZIP archive")]
    [InlineData("data.html", new byte[] { 0x3C, 0x70, 0x3E, 0x00, 0x01, 0x02, 0x3C, 0x2F, 0x70, 0x3E }, "NUL bytes")]
    public async Task A_binary_file_is_an_error_record(string name, byte[] content, string kind)
    {
        var error = await ErrorBetweenGoodPages(Write(name, content));
        error.Should().Contain(kind).And.Contain("not a page");
    }

    [Fact]
    public async Task A_gz_file_that_is_not_gzip_is_an_error_record()
    {
        var error = await ErrorBetweenGoodPages(Write("page.html.gz", Encoding.UTF8.GetBytes(Page)));
        error.Should().Contain("not gzip data");
    }

    [Fact]
    public async Task A_gzip_file_of_a_binary_file_is_refused_too()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        }

        var error = await ErrorBetweenGoodPages(Write("photo.html.gz", buffer.ToArray()));
        error.Should().Contain("JPEG image");
    }

    [Fact]
    public async Task An_empty_folder_is_reported_and_the_other_inputs_still_processed()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        var page = WritePage("page.html");
        var (code, stdout, stderr) = await Run([empty, page]);
        code.Should().Be(1);
        stderr.Should().Contain("empty").And.Contain("the folder has no files");
        Lines(stdout).Should().ContainSingle().Which.GetProperty("title").GetString().Should().Be("Good page");
    }

    [Theory]
    [InlineData("missing-folder")]
    [InlineData("")]
    public async Task An_unwritable_out_is_a_usage_error_before_any_input_is_read(string folder)
    {
        var page = WritePage("page.html");
        var target = folder.Length == 0 ? _folder : Path.Combine(_folder, folder, "out.jsonl");
        var (code, stdout, stderr) = await Run([page, "--out", target]);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("cannot write --out").And.Contain("articleextract --help");
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("-z")]
    public async Task An_unknown_option_is_a_usage_error(string option)
    {
        var (code, stdout, stderr) = await Run([WritePage("page.html"), option]);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain($"unknown option '{option}'");
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash()
    {
        var (code, stdout, _) = await Run(["-", "--format", "text"], Encoding.UTF8.GetBytes(Page));
        code.Should().Be(0);
        stdout.Should().Contain("This article paragraph is long enough");
    }

    [Fact]
    public async Task Standard_input_has_the_id_stdin_among_other_inputs()
    {
        var (code, stdout, _) = await Run([WritePage("page.html"), "-"], Encoding.UTF8.GetBytes(Page));
        code.Should().Be(0);
        Lines(stdout).Select(r => r.GetProperty("id").GetString()).Should().Equal("page", "stdin");
    }

    [Fact]
    public async Task Standard_input_that_is_binary_is_an_error()
    {
        var (code, stdout, stderr) = await Run(["-"], [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0]);
        code.Should().Be(1);
        JsonDocument.Parse(stdout).RootElement.GetProperty("error").GetString().Should().Contain("gzip data");
        stderr.Should().Contain("stdin");
    }

    [Fact]
    public async Task Standard_input_twice_is_a_usage_error()
    {
        var (code, _, stderr) = await Run(["-", "-"], Encoding.UTF8.GetBytes(Page));
        code.Should().Be(2);
        stderr.Should().Contain("only once");
    }

    [Fact]
    public async Task Errors_in_a_body_format_go_to_standard_error_only()
    {
        var missing = Path.Combine(_folder, "missing.html");
        var (code, stdout, stderr) = await Run([WritePage("page.html"), missing, "--format", "text"]);
        code.Should().Be(1);
        stdout.Should().Contain("This article paragraph").And.NotContain("missing");
        stderr.Should().Contain("missing");
    }
}
