using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>An abbreviation ending a name keeps its period; a sentence's period is dropped (issue 21).</summary>
public sealed class NameAbbreviationTests
{
    [Theory]
    [InlineData("By Northwind Gardens Inc.", "Northwind Gardens Inc.")]
    [InlineData("By Samuel Ortega Jr.", "Samuel Ortega Jr.")]
    [InlineData("By Samuel Ortega.", "Samuel Ortega")]
    public void A_name_abbreviation_keeps_its_period(string byline, string name)
    {
        Authors.Parse(byline, MetadataVocabulary.Shared).Should().Equal(name);
    }
}
