using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ArticleExtract.Samples.WebApi;
using Microsoft.AspNetCore.Builder;

namespace ArticleExtract.Tests.Samples;

/// <summary>The ASP.NET Core sample, started for real on a free loopback port, answers <c>POST /extract</c>.</summary>
public sealed class WebApiSampleTests
{
    private const string Page =
        "<html><head><meta charset=\"windows-1252\"><title>Sample page</title></head><body><article>" +
        "<p>Caf\u00e9 owners in the old town said the new rules would change how they serve customers on the terrace.</p>" +
        "<p>The council will vote on the proposal next month after a public consultation.</p></article></body></html>";

    [Fact]
    public async Task Post_extract_returns_the_article_as_json()
    {
        await using var app = ExtractApi.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Urls.Single();
        address.Should().StartWith("http://127.0.0.1:");

        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(Page));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/html; charset=windows-1252");
        using var response = await http.PostAsync("/extract?url=https://example.com/news/1", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("title").GetString().Should().Be("Sample page");
        json.GetProperty("text").GetString().Should().Contain("Caf\u00e9 owners").And.Contain("public consultation");
        await app.StopAsync();
    }

    [Fact]
    public async Task A_relative_url_is_a_bad_request()
    {
        await using var app = ExtractApi.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        using var response = await http.PostAsync("/extract?url=not-absolute", new StringContent(Page));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await app.StopAsync();
    }
}
