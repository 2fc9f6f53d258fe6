using System.Diagnostics;
using AngleSharp.Html.Parser;
using ArticleExtract.Output;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// Whether the output walks stay linear in a wide element: times them on one div holding
/// N, 2N and 4N paragraphs (a linear walk doubles, a quadratic one quadruples).
/// Run: <c>dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- wide</c>.
/// </summary>
internal static class WideProbe
{
    public static void Run()
    {
        foreach (var count in new[] { 5_000, 10_000, 20_000, 40_000 })
        {
            var html = "<div>" + string.Concat(Enumerable.Range(0, count).Select(i => $"<p>Paragraph <em>{i}</em>.</p>")) + "</div>";
            var body = new HtmlParser().ParseDocument(html).Body!;
            var clock = Stopwatch.StartNew();
            PlainTextWriter.Paragraphs(body);
            var plain = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var tree = BodyTreeBuilder.Build(body, null);
            var build = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            SafeHtmlWriter.Write(tree);
            MarkdownWriter.Write(tree);
            BlockWriter.Write(tree);
            var writers = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{count,6} paragraphs: plain text {plain,8:F1} ms, body tree {build,8:F1} ms, writers {writers,8:F1} ms");
        }
    }
}
