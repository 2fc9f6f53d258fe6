using ArticleExtract.Output;
using ArticleExtract.Vocabulary;
using FluentAssertions;
using Xunit;

namespace ArticleExtract.Tests.Output;

/// <summary>
/// The output walks read children by index: AngleSharp finds a sibling by scanning the parent's
/// children, so a walk by siblings is quadratic in a wide element (an article of thousands of
/// paragraphs under one div). Also the vocabulary's one-lookup stopword masks.
/// </summary>
public sealed class WideElementTests
{
    /// <summary>Paragraphs under one element: walked by siblings this takes tens of seconds, by index well under one.</summary>
    private const int WideCount = 100_000;

    [Fact]
    public void Plain_text_of_a_very_wide_element_keeps_every_paragraph()
    {
        var body = HtmlTrees.Parse(string.Concat(Enumerable.Range(0, WideCount).Select(i => $"<p>Paragraph {i}.</p>")));
        var paragraphs = PlainTextWriter.Paragraphs(body);
        paragraphs.Should().HaveCount(WideCount);
        paragraphs[^1].Should().Be($"Paragraph {WideCount - 1}.");
    }

    [Fact]
    public void Text_inside_pre_keeps_its_lines_and_text_after_it_is_collapsed_again()
    {
        var body = HtmlTrees.Parse("<pre><code>a  =  1\n  b = 2</code></pre><p>after   the\n code</p>");
        PlainTextWriter.Paragraphs(body).Should().Equal("a  =  1\n  b = 2", "after the code");
    }

    [Fact]
    public void Stopword_masks_name_exactly_the_languages_whose_list_holds_each_word()
    {
        var vocabulary = BoilerplateVocabulary.Shared;
        vocabulary.StopwordLanguages.Should().Equal(vocabulary.Stopwords.Keys);
        for (var i = 0; i < vocabulary.StopwordLanguages.Length; i++)
        {
            foreach (var word in vocabulary.Stopwords[vocabulary.StopwordLanguages[i]])
            {
                (vocabulary.StopwordLanguageMasks[word] & (1u << i)).Should().NotBe(0u, $"'{word}' is a stopword of {vocabulary.StopwordLanguages[i]}");
            }
        }

        foreach (var (word, mask) in vocabulary.StopwordLanguageMasks)
        {
            for (var i = 0; i < vocabulary.StopwordLanguages.Length; i++)
            {
                vocabulary.Stopwords[vocabulary.StopwordLanguages[i]].Contains(word).Should().Be((mask & (1u << i)) != 0);
            }
        }
    }
}
