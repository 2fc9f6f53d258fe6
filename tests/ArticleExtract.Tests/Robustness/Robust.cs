using ArticleExtract.Output;

namespace ArticleExtract.Tests.Robustness;

/// <summary>Shared checks of the robustness tests: an article is well formed, and a call ends in time.</summary>
internal static class Robust
{
    /// <summary>Asserts what every article must satisfy, whatever the input.</summary>
    public static void ShouldBeWellFormed(this Article article)
    {
        article.Should().NotBeNull();
        article.Text.Should().NotBeNull();
        article.Html.Should().NotBeNull();
        article.Text.Should().NotContain("\n\n\n");
        article.Text.Should().NotContain("\0");
        article.Html.Should().NotContain("\0");
        article.WordCount.Should().Be(TextNormalizer.CountWords(article.Text));
        HasLoneSurrogate(article.Text).Should().BeFalse("the text must be valid UTF-16");
        article.Boilerplate.Should().NotContainNulls();
    }

    /// <summary>
    /// Runs an extraction and asserts it returns a well-formed article. No wall-clock bound: the
    /// time it takes is measured by the benchmarks project (<c>-- scaling</c>), where a loaded
    /// machine cannot fail a test.
    /// </summary>
    public static Article Extract(Func<Article> extract)
    {
        var article = extract();
        article.ShouldBeWellFormed();
        return article;
    }

    public static bool HasLoneSurrogate(string text) => ArticleExtract.Input.InputText.HasLoneSurrogate(text);

    /// <summary>Repeats a unit, with "{0}" replaced by the repetition's number when present.</summary>
    public static string Repeat(string unit, int count, string prefix = "<html><body>", string suffix = "end</body></html>")
    {
        var builder = new System.Text.StringBuilder(prefix.Length + (unit.Length + 4) * count + suffix.Length);
        builder.Append(prefix);
        var numbered = unit.Contains("{0}", StringComparison.Ordinal);
        for (var i = 0; i < count; i++)
        {
            builder.Append(numbered ? unit.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) : unit);
        }

        return builder.Append(suffix).ToString();
    }
}

/// <summary>A fact that runs only where the shared evaluation corpus is present (it is not part of a fresh clone).</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    private readonly string _folder;

    public CorpusFactAttribute(string folder) => _folder = folder;

    /// <inheritdoc/>
    public override string? Skip
    {
        get => base.Skip ?? (Fixture.CorpusFolder(_folder) is null ? $"The shared corpus folder '{_folder}' is absent (../shared/corpus beside the repository)." : null);
        set => base.Skip = value;
    }
}

/// <summary>
/// Tests that measure time run alone, after the others: xunit runs test classes in parallel, and
/// a ratio of two timings taken while another test loads the cores means nothing.
/// </summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection
{
}
