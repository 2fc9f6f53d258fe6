using ArticleExtract.Samples.WebApi;

// dotnet run --project samples/WebApi
// curl -s --data-binary @page.html -H 'Content-Type: text/html' 'http://127.0.0.1:5080/extract?url=https://example.com/a'
await ExtractApi.Build(args).RunAsync();
