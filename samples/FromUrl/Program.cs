using ArticleExtract;

// Downloads a page with HttpClient and extracts its article. The library itself does no
// network I/O: you fetch, it extracts. The response's Content-Type (with its charset) and the
// final address (after redirects) are passed on, so the encoding and relative links are right.
if (args.Length != 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var url))
{
    Console.Error.WriteLine("usage: dotnet run --project samples/FromUrl -- https://example.com/some/article");
    return 2;
}

using var http = new HttpClient();
http.DefaultRequestHeaders.UserAgent.ParseAdd("ArticleExtract-sample/1.0");
using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
response.EnsureSuccessStatusCode();

var contentType = response.Content.Headers.ContentType?.ToString();
var finalUrl = response.RequestMessage?.RequestUri ?? url;
await using var body = await response.Content.ReadAsStreamAsync();

var extractor = new ArticleExtractor();
var article = await extractor.ParseAsync(body, contentType, finalUrl);

Console.WriteLine(article.Title);
Console.WriteLine(string.Join(", ", article.Authors));
Console.WriteLine(article.Published?.ToString("u"));
Console.WriteLine();
Console.WriteLine(article.Text);
return 0;
