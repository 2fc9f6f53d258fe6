using ArticleExtract.Text;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Tests;

/// <summary>The screens of stage 4 never turn away what the lookups behind them would find.</summary>
public sealed class KnownBoilerplateScreenTests
{
    [Theory]
    [InlineData("Photo")]
    [InlineData("- Advertisement -")]
    [InlineData("  READ   MORE:\t ")]
    [InlineData("(c) 2021 Harbour Times")]
    [InlineData("» Читайте также «")]
    [InlineData("A.")]
    [InlineData("A. Photo")]
    [InlineData("x\t\ty")]
    [InlineData("İstanbul")]
    [InlineData("---")]
    [InlineData("")]
    public void The_key_start_is_the_start_of_the_written_key(string text)
    {
        var key = BoilerplateVocabulary.Normalize(text);

        var found = KnownEntryStarts.TryGetKeyStart(text, out var first, out var second);

        found.Should().Be(key.Length > 0);
        if (found)
        {
            first.Should().Be(key[0]);
            second.Should().Be(key.Length > 1 ? key[1] : KeyStarts.NoCharacter);
        }
    }

    [Fact]
    public void Every_entry_of_a_screened_kind_passes_its_screen()
    {
        var vocabulary = BoilerplateVocabulary.Shared;
        var lookups = TextVocabulary.For(vocabulary);
        var starts = KnownEntryStarts.For(vocabulary);
        foreach (var (phrase, kind) in vocabulary.Phrases)
        {
            starts.IsImageCreditPhrase(phrase, lookups).Should().Be(kind == BoilerplateKind.ImageCredit, phrase);
            starts.IsFooterPhrase(phrase, lookups).Should().Be(kind == BoilerplateKind.Footer, phrase);
            starts.TryGetPromptPhrase(phrase, lookups, out _).Should().Be(KnownBoilerplate.IsPromptKind(kind), phrase);
            starts.TryGetTeaserPhrase(phrase, lookups, out _).Should().Be(KnownBoilerplate.IsTeaserKind(kind), phrase);
            if (KnownBoilerplate.IsMenuEntryKind(kind))
            {
                var space = phrase.IndexOf(' ', StringComparison.Ordinal);
                starts.MenuEntryFirstWords.Contains(space < 0 ? phrase : phrase[..space]).Should().BeTrue(phrase);
            }
        }

        foreach (var (label, kind) in vocabulary.Labels)
        {
            starts.IsEmptyLabel(label, lookups).Should().Be(kind == BoilerplateKind.EmptyLabel, label);
        }
    }
}
