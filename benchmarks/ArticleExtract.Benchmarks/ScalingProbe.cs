using System.Diagnostics;
using System.Text;
using ArticleExtract.Input;

namespace ArticleExtract.Benchmarks;

/// <summary>
/// The timing checks that were once tests: each input is run at a small size and at 8x that size,
/// and the time must grow well below quadratically (linear is 8x, quadratic 64x; the bound, 32x, is
/// half-way on a log scale). Wall-clock checks live here, not in <c>dotnet test</c>, so that a
/// loaded machine cannot fail the test suite.
/// Run: <c>dotnet run -c Release --project benchmarks/ArticleExtract.Benchmarks -- scaling</c>; exits 1 on a failure.
/// </summary>
internal static class ScalingProbe
{
    /// <summary>Linear is 8x; quadratic is 64x.</summary>
    private const double MaxTimeRatioFor8xInput = 32;

    private static readonly ArticleExtractor Text = new(new ExtractionOptions { InputKind = InputKind.Text });

    public static int Run()
    {
        var failed = 0;
        // The parse (nesting guard + tree builder); the small input is large enough (0.1-0.3 MB) that fixed costs do not dominate.
        foreach (var (unit, small) in new[]
        {
            ("<div>", 40_000), ("<b><i><a href='#'>x ", 6_000), ("<p><b id={0}>x ", 3_000), ("<ul><li>x ", 10_000),
            ("<p>Plain paragraph text with <a href='/a'>a link</a> and <b>bold</b> words.</p>\n", 2_000),
        })
        {
            failed += Check($"parse {unit.Trim()}", n => Repeat(unit, n), small, html => DocumentLoader.ParseHtml(PageInput.FromString(html), int.MaxValue, CancellationToken.None));
        }

        // Whole extractions of hostile shapes: nested, sibling and misnested elements.
        foreach (var (unit, small) in new[] { ("<div>w{0} ", 25_000), ("<ul><li>", 25_000), ("<b><i><a href='#'>x{0} ", 5_000), ("<p>x{0}</p>", 25_000) })
        {
            failed += Check($"extract {unit.Trim()}", n => Repeat(unit, n), small, html => ArticleExtractor.Default.Parse(html));
        }

        // Text mode: a menu of many short lines, and very many paragraphs.
        failed += Check("text menu lines", n => string.Join("\n", Enumerable.Range(0, n).Select(i => "Section " + i)) + "\n\n" + Paragraphs(20), 12_500, text => Text.Parse(text));
        failed += Check("text paragraphs", Paragraphs, 1_000, text => Text.Parse(text));
        Console.WriteLine(failed == 0 ? "scaling: every check grows linearly" : $"scaling: {failed} check(s) FAILED");
        return failed == 0 ? 0 : 1;
    }

    private static int Check(string name, Func<int, string> input, int small, Action<string> run)
    {
        var smallInput = input(small);
        var largeInput = input(small * 8);
        Best(run, smallInput); // warm up
        var ratio = Best(run, largeInput).TotalMilliseconds / Math.Max(Best(run, smallInput).TotalMilliseconds, 1);
        var ok = ratio < MaxTimeRatioFor8xInput;
        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name,-40} 8x input: {ratio,6:F1}x time (bound {MaxTimeRatioFor8xInput}x)");
        return ok ? 0 : 1;
    }

    /// <summary>The best of three runs, to smooth a loaded machine.</summary>
    private static TimeSpan Best(Action<string> run, string input)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            run(input);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return best;
    }

    private static string Paragraphs(int count) => string.Join("\n\n", Enumerable.Range(0, count).Select(i =>
        $"Paragraph {i} of the story tells what happened on the day, with enough words to read as prose for the reader."));

    private static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder("<html><body>");
        var numbered = unit.Contains("{0}", StringComparison.Ordinal);
        for (var i = 0; i < count; i++)
        {
            builder.Append(numbered ? unit.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) : unit);
        }

        return builder.Append("end</body></html>").ToString();
    }
}
