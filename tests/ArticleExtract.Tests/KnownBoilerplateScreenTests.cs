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

        var found = TextVocabulary.TryGetKeyStart(text, out var first, out var second);

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

    [Fact]
    public void Lower_casing_neither_makes_nor_unmakes_a_trimmed_character()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (BoilerplateVocabulary.IsTrimmable(c) != BoilerplateVocabulary.IsTrimmable(LowerCase.Of(c)))
            {
                Assert.Fail($"U+{i:X4} and its lower case U+{(int)LowerCase.Of(c):X4} differ in being trimmed");
            }
        }
    }

    [Fact]
    public void Every_label_and_screened_phrase_leads_its_kind_however_it_is_written()
    {
        var vocabulary = BoilerplateVocabulary.Shared;
        var starts = KnownEntryStarts.For(vocabulary);
        foreach (var (label, kind) in vocabulary.Labels)
        {
            var expected = kind == BoilerplateKind.EmptyLabel ? LeadKinds.Label | LeadKinds.EmptyLabel : LeadKinds.Label;
            starts.LeadKindsOf(label).Should().HaveFlag(expected, label);
            starts.LeadKindsOf("- " + label.ToUpperInvariant() + ": Jane Roe").Should().HaveFlag(expected, label);
        }

        foreach (var (phrase, kind) in vocabulary.Phrases)
        {
            if (kind == BoilerplateKind.ImageCredit)
            {
                starts.LeadKindsOf(phrase + " The old bridge").Should().HaveFlag(LeadKinds.ImageCreditPhrase, phrase);
            }

            if (KnownBoilerplate.IsTeaserKind(kind))
            {
                starts.LeadKindsOf(phrase + ": Another headline").Should().HaveFlag(LeadKinds.TeaserPhrase, phrase);
            }

            if (KnownBoilerplate.IsPromptKind(kind))
            {
                starts.LeadKindsOf(phrase.ToUpperInvariant()).Should().HaveFlag(LeadKinds.PromptPhrase, phrase);
            }
        }
    }

    [Theory]
    [InlineData("Business", (int)BlockMarks.None)]
    [InlineData("Sports News", (int)BlockMarks.Space)]
    [InlineData("34 Comments", (int)(BlockMarks.Digit | BlockMarks.Space))]
    [InlineData("Home › World", (int)(BlockMarks.Space | BlockMarks.BreadcrumbSeparator))]
    [InlineData("Jane Roe/AFP", (int)(BlockMarks.Space | BlockMarks.Slash | BlockMarks.BreadcrumbSeparator))]
    [InlineData("© ٢٠٢١", (int)(BlockMarks.CopyrightSign | BlockMarks.Space | BlockMarks.Digit))]
    [InlineData("(AFP)", (int)BlockMarks.ClosingBracket)]
    [InlineData("Tags:", (int)BlockMarks.Colon)]
    internal void The_marks_of_a_short_block_are_those_of_its_characters(string text, int expected)
    {
        var marks = BlockMarks.None;
        foreach (var c in text)
        {
            marks |= BlockFacts.MarksOf(c);
        }

        (marks & BlockMarks.All).Should().Be((BlockMarks)expected);
    }

    [Fact]
    public void Every_entry_passes_the_whole_key_screen_and_every_placeholder_its_start()
    {
        var vocabulary = BoilerplateVocabulary.Shared;
        var starts = KnownEntryStarts.For(vocabulary);
        foreach (var key in vocabulary.Phrases.Keys.Concat(vocabulary.Labels.Keys).Concat(vocabulary.Placeholders.Keys))
        {
            starts.MayBeEntry(key).Should().BeTrue(key);
        }

        foreach (var key in vocabulary.Placeholders.Keys)
        {
            TextVocabulary.For(vocabulary).PlaceholderStarts.MayBegin(key[0], key.Length > 1 ? key[1] : KeyStarts.NoCharacter).Should().BeTrue(key);
        }

        starts.MayBeEntry("a block of body text that no entry of the vocabulary is").Should().BeFalse();
    }

    [Fact]
    public void The_trimmed_mark_is_what_the_vocabulary_trims()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            BlockFacts.IsTrimmed((char)i).Should().Be(BoilerplateVocabulary.IsTrimmable((char)i));
        }
    }
}
