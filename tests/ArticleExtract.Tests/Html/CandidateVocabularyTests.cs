using ArticleExtract.Html.Candidates;

namespace ArticleExtract.Tests.Html;

/// <summary>The data file of the body candidates: its sets, its numbers and its errors.</summary>
public sealed class CandidateVocabularyTests
{
    [Theory]
    [InlineData("S:0", true)]
    [InlineData("S:12", true)]
    [InlineData("S:", false)]
    [InlineData("S:menu", false)]
    [InlineData("s:1", false)]
    [InlineData(null, false)]
    public void A_streamed_segment_id_is_its_prefix_and_a_number(string? id, bool expected) =>
        CandidateVocabulary.Shared.IsSegmentId(id).Should().Be(expected);

    [Theory]
    [InlineData("S:0", "B:0")]
    [InlineData("S:12", "B:12")]
    [InlineData("S:menu", null)]
    [InlineData("panel", null)]
    public void A_segment_goes_by_its_number_to_the_placeholder_of_the_same_number(string id, string? expected) =>
        CandidateVocabulary.Shared.PlaceholderIdOf(id).Should().Be(expected);

    [Fact]
    public void Every_number_the_arbiter_reads_is_in_the_shipped_file()
    {
        foreach (var name in new[] { "MinProseLength", "MaxProseLinkDensity", "NonProseCost", "MinProseGrowth", "MaxWideLinkDensity", "MinLinkedListDensity", "MaxShareToWiden" })
        {
            CandidateVocabulary.Shared.Number(name).Should().BePositive(name);
        }
    }

    [Fact]
    public void A_number_named_twice_or_an_unknown_set_is_a_format_error()
    {
        var twice = () => CandidateVocabulary.Parse("@number arbiter\nA 1\nA 2\n");
        var unknown = () => CandidateVocabulary.Parse("@colour arbiter\nred\n");
        var malformed = () => CandidateVocabulary.Parse("@number arbiter\nA one\n");

        twice.Should().Throw<FormatException>();
        unknown.Should().Throw<FormatException>();
        malformed.Should().Throw<FormatException>();
    }

    [Fact]
    public void An_unknown_number_is_a_clear_error() =>
        FluentActions.Invoking(() => CandidateVocabulary.Shared.Number("NoSuchThreshold")).Should().Throw<KeyNotFoundException>();
}
