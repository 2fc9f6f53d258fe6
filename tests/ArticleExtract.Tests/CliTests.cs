using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ArticleExtract.Cli;

namespace ArticleExtract.Tests;

/// <summary>The command-line contract: inputs, ids, formats, and a failing file inside a batch.</summary>
public sealed class CliTests : IDisposable
{
    private const string Page =
        "<html lang=\"en\"><head><title>Cli page</title></head><body><article><p>This article paragraph is long enough to be taken as the content of the page by the extractor.</p></article></body></html>";

    private readonly string _folder = Directory.CreateTempSubdirectory("articleextract-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteGzip(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    private static List<JsonElement> Lines(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public async Task One_file_prints_one_json_object_with_every_field()
    {
        var path = Write("page.html", Page);
        var (code, stdout, _) = await Run(path);
        code.Should().Be(0);
        var record = JsonDocument.Parse(stdout).RootElement;
        record.GetProperty("id").GetString().Should().Be("page");
        record.GetProperty("title").GetString().Should().Be("Cli page");
        record.GetProperty("lang").GetString().Should().Be("en");
        record.GetProperty("text").GetString().Should().Contain("This article paragraph");
        foreach (var field in new[] { "byline", "authors", "publishedTime", "modifiedTime", "siteName", "excerpt", "leadImage", "url", "tags", "html", "wordCount", "boilerplate" })
        {
            record.TryGetProperty(field, out _).Should().BeTrue("the record has '{0}'", field);
        }
    }

    [Fact]
    public async Task A_folder_gives_json_lines_in_name_order_with_ids_stripped_of_extensions()
    {
        Write("b.htm", Page);
        WriteGzip("a.html.gz", Page);
        Write("c.txt", "A headline\n\nA paragraph of scraped text that is long enough to be an article on its own.");
        Write("d.md", "# A headline\n\nA paragraph of scraped <b>Markdown</b> that is long enough to be an article on its own.");
        var (code, stdout, _) = await Run(_folder);
        code.Should().Be(0);
        var records = Lines(stdout);
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal("a", "b", "c", "d");
        records[0].GetProperty("text").GetString().Should().Contain("This article paragraph");
        records[2].GetProperty("inputKind").GetString().Should().Be("text");
        records[3].GetProperty("inputKind").GetString().Should().Be("text");
    }

    [Fact]
    public async Task A_bad_file_gets_an_error_record_and_the_batch_goes_on()
    {
        var good = Write("good.html", Page);
        var missing = Path.Combine(_folder, "missing.html");
        var alsoGood = Write("other.html", Page);
        var (code, stdout, _) = await Run(good, missing, alsoGood);
        code.Should().Be(1);
        var records = Lines(stdout);
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal("good", "missing", "other");
        records[1].GetProperty("error").GetString().Should().NotBeNullOrWhiteSpace();
        records[2].GetProperty("text").GetString().Should().Contain("This article paragraph");
    }

    [Fact]
    public async Task Out_writes_to_a_file()
    {
        var path = Write("page.html", Page);
        var output = Path.Combine(_folder, "out.jsonl");
        var (code, stdout, _) = await Run(path, "--format", "jsonl", "--out", output);
        code.Should().Be(0);
        stdout.Should().BeEmpty();
        Lines(File.ReadAllText(output)).Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be("page");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("markdown")]
    public async Task Text_formats_print_the_body(string format)
    {
        var path = Write("page.html", Page);
        var (code, stdout, _) = await Run(path, "--format", format);
        code.Should().Be(0);
        stdout.Should().Contain("This article paragraph");
        stdout.Should().NotContain("\"id\"");
    }

    [Fact]
    public async Task Progress_is_reported_for_larger_batches()
    {
        for (var i = 0; i < 8; i++)
        {
            Write($"p{i}.html", Page);
        }

        var (_, _, stderr) = await Run(_folder);
        stderr.Should().Contain("8/8 pages").And.Contain("pages/s");
    }

    [Theory]
    [InlineData("--format", "yaml", "x.html")]
    [InlineData("--bogus", "x.html")]
    [InlineData("--url", "not a url", "x.html")]
    [InlineData("--parallel", "0", "x.html")]
    [InlineData("--parallel", "many", "x.html")]
    [InlineData("x.html", "--format")]
    public async Task Bad_arguments_are_a_usage_error(params string[] args)
    {
        var (code, stdout, stderr) = await Run(args);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("articleextract: ").And.Contain("articleextract --help");
    }

    [Fact]
    public async Task No_path_is_a_usage_error()
    {
        var (code, _, stderr) = await Run();
        code.Should().Be(2);
        stderr.Should().Contain("no PATH");
    }
}
