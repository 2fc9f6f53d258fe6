using System.Text.Json;
using ArticleExtract.Cli;

namespace ArticleExtract.Tests.Cli;

/// <summary>The command line's own options: --help with examples, --version, and --format json over several inputs.</summary>
public sealed class CliCommandTests : IDisposable
{
    private const string Page =
        "<html lang=\"en\"><head><title>Array page</title></head><body><article><p>This article paragraph is long enough to be taken as the content of the page by the extractor.</p></article></body></html>";

    private readonly string _folder = Directory.CreateTempSubdirectory("articleextract-cmd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, Page);
        return path;
    }

    [Fact]
    public async Task Help_lists_every_option_and_ends_with_examples()
    {
        var (code, stdout, stderr) = await Run("--help");
        code.Should().Be(0);
        stderr.Should().BeEmpty();
        foreach (var option in new[] { "--format", "--out", "--url", "--parallel", "--version", "PATH" })
        {
            stdout.Should().Contain(option);
        }

        stdout.Should().Contain("Examples:").And.Contain("Exit codes:");
    }

    [Fact]
    public async Task Version_prints_the_version_of_the_tool()
    {
        var (code, stdout, _) = await Run("--version");
        code.Should().Be(0);
        stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task Json_over_several_inputs_is_one_array_in_input_order()
    {
        var (code, stdout, _) = await Run(Write("b.html"), Write("a.html"), Path.Combine(_folder, "missing.html"), "--format", "json");
        code.Should().Be(1);
        var array = JsonDocument.Parse(stdout).RootElement;
        array.ValueKind.Should().Be(JsonValueKind.Array);
        array.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("b", "a", "missing");
        array[0].GetProperty("title").GetString().Should().Be("Array page");
        array[2].GetProperty("error").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Json_over_a_folder_is_an_array_even_of_one_page()
    {
        Write("only.html");
        var (code, stdout, _) = await Run(_folder, "--format", "json");
        code.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Json_over_an_empty_folder_is_an_empty_array()
    {
        var (code, stdout, _) = await Run(_folder, "--format", "json");
        code.Should().Be(1);
        JsonDocument.Parse(stdout).RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task The_record_is_the_library_json_with_the_id_first()
    {
        var path = Write("page.html");
        var (_, stdout, _) = await Run(path);
        var expected = ArticleExtractor.Default.Parse(File.ReadAllBytes(path), contentType: null).ToJson("page", indented: true);
        stdout.TrimEnd().Should().Be(expected);
        stdout.Should().StartWith("{\n  \"id\": \"page\",");
    }
}
