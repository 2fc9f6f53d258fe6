using ArticleExtract.Text;

namespace ArticleExtract.Tests.Text;

/// <summary>The thresholds of the text body choice are data (textrules.txt), each named once and none missing.</summary>
public sealed class TextRulesTests
{
    private static string ShippedRules()
    {
        using var stream = typeof(TextRules).Assembly.GetManifestResourceStream("ArticleExtract.Text.textrules.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_shipped_file_gives_every_threshold_its_value()
    {
        var rules = TextRules.Parse(ShippedRules());

        rules.MinArticleProse.Should().Be(400);
        rules.MinArticleShare.Should().Be(0.5);
        rules.MinPostActionRows.Should().Be(3);
        rules.MaxMenuLineStopwords.Should().Be(0.15);
        rules.GoodLengthOffset.Should().Be(60);
        rules.CommentsDiscount.Should().Be(0.25);
        rules.MaxListItems.Should().Be(100);
        TextRules.Shared.MinMenuRun.Should().Be(rules.MinMenuRun);
    }

    [Fact]
    public void A_missing_threshold_is_named_in_the_error()
    {
        var source = ShippedRules().Replace("MinMenuRun 5", string.Empty, StringComparison.Ordinal);

        var parse = () => TextRules.Parse(source);

        parse.Should().Throw<KeyNotFoundException>().WithMessage("*MinMenuRun*");
    }

    [Theory]
    [InlineData("MinMenuRun 6")]
    [InlineData("MinMenuRun many")]
    public void A_threshold_given_twice_or_not_as_a_number_is_refused(string line)
    {
        var source = ShippedRules() + "\n@number extra\n" + line + "\n";

        var parse = () => TextRules.Parse(source);

        parse.Should().Throw<FormatException>().WithMessage("*MinMenuRun*");
    }
}
