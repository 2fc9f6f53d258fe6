using ArticleExtract;

namespace ArticleExtract.Samples.WebApi;

/// <summary>
/// A minimal API with one endpoint, <c>POST /extract</c>: the request body is a page (HTML or
/// scraped text, any encoding given by its Content-Type), the optional <c>?url=</c> its address;
/// the answer is the article as JSON, in the shape of <see cref="Article.ToJson(string?, bool)"/>. Bound to the loopback interface unless told otherwise.
/// </summary>
public static class ExtractApi
{
    /// <summary>The address used when none is given with <c>--urls</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The largest page accepted, in bytes.</summary>
    public const int MaxPageBytes = 10_000_000;

    /// <summary>Builds the application; <c>--urls</c> in <paramref name="args"/> overrides the address.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // One extractor for the whole application: it is immutable and thread-safe.
        builder.Services.AddSingleton(new ArticleExtractor(new ExtractionOptions { MaxInputLength = MaxPageBytes }));
        var app = builder.Build();

        app.MapPost("/extract", async (HttpRequest request, ArticleExtractor extractor, string? url, CancellationToken cancellationToken) =>
        {
            Uri? baseUrl = null;
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out baseUrl))
            {
                return Results.BadRequest(new { error = "url must be an absolute URL" });
            }

            try
            {
                var article = await extractor.ParseAsync(request.Body, request.ContentType, baseUrl, cancellationToken);

                // The library's own JSON shape (the CLI writes the same), from its source-generated serialiser.
                return Results.Text(article.ToJson(), "application/json; charset=utf-8");
            }
            catch (ArticleExtractionException e)
            {
                var status = e.Reason == ArticleExtractionReason.InputTooLarge
                    ? StatusCodes.Status413PayloadTooLarge
                    : StatusCodes.Status422UnprocessableEntity;
                return Results.Problem(e.Message, statusCode: status);
            }
        });

        return app;
    }
}
