using ArticleExtract.Html;
using ArticleExtract.Vocabulary;
using CsCheck;

namespace ArticleExtract.Tests.Html;

/// <summary>The screen in front of the newsletter phrase search never turns a prompt away.</summary>
public sealed class NewsletterPromptTests
{
    [Theory]
    [InlineData("Sign up for our newsletter", true)]
    [InlineData("(Subscribe to our newsletter)", true)]
    [InlineData("The council will meet again next week.", false)]
    [InlineData("", false)]
    public void A_block_is_a_prompt_when_it_holds_a_newsletter_phrase_as_whole_words(string text, bool prompt)
    {
        var normalized = BoilerplateVocabulary.Normalize(text);

        PostProcessing.IsNewsletterPrompt(normalized).Should().Be(prompt);
        PostProcessing.IsNewsletterPrompt(normalized).Should().Be(PlainSearch(normalized));
    }

    /// <summary>Pieces of blocks: the vocabulary's newsletter phrases, their parts, words and the characters around words.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (3, Gen.OneOf(PostProcessing.NewsletterPhrases)),
        (2, Gen.OneOf(PostProcessing.NewsletterPhrases).SelectMany(phrase => Gen.Int[0, phrase.Length].Select(cut => phrase[cut..]))),
        (4, Gen.OneOf(" ", "  ", "(", "x", "a", "1", "s", "-", "é", "\u0301", "the council", "\u00A0", ": ", "\u30ED")),
        (1, Gen.String[0, 6]));

    [Fact]
    public void The_screened_search_finds_what_the_plain_search_finds()
    {
        Piece.Array[0, 8].Select(pieces => string.Concat(pieces)).Sample(text =>
        {
            PostProcessing.IsNewsletterPrompt(text).Should().Be(PlainSearch(text), text);
        }, iter: 5000, threads: 1);
    }

    private static bool PlainSearch(string text) =>
        PostProcessing.NewsletterPhrases.Any(phrase => PostProcessing.ContainsWords(text, phrase));
}
