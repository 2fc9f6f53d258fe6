using ArticleExtract.Text;
using ArticleExtract.Vocabulary;
using FluentAssertions;
using Xunit;

namespace ArticleExtract.Tests.Text;

public sealed class WordTableTests
{
    /// <summary>The tables the text stages look words up in.</summary>
    private static readonly (string Name, WordTable Table)[] Tables =
    [
        ("stopwords", WordTable.Stopwords(BoilerplateVocabulary.Shared)),
        ("consent words", WordTable.Of(TextRules.Shared.ConsentWords)),
        ("prompt words", WordTable.Of(TextRules.Shared.PromptWords)),
    ];

    [Fact]
    public void The_screened_lookup_agrees_with_the_plain_one_on_every_word_of_the_shared_corpus()
    {
        var pages = new[] { "text-dev", "wcxb-dev", "scrapinghub-dev", "readability", "seed" }
            .Select(Fixture.CorpusFolder)
            .Where(folder => folder is not null)
            .SelectMany(folder => Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal))
            .ToList();
        if (pages.Count == 0)
        {
            return; // No shared corpus beside the repository: the word lists below still check the tables.
        }

        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var found = new int[Tables.Length];
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            var reader = new WordReader(text);
            while (reader.NextHashed(lower, out var length, out var hash))
            {
                var word = lower[..length];
                for (var t = 0; t < Tables.Length; t++)
                {
                    // The word as read, and the word found again where it begins (as the text stages look up a block's words).
                    var value = Tables[t].Table.ValueOf(word, hash);
                    var valueAt = Tables[t].Table.ValueAt(text, reader.WordStart, hash);
                    if (value != Tables[t].Table.ReferenceValueOf(word) || valueAt != value)
                    {
                        (value, valueAt).Should().Be((Tables[t].Table.ReferenceValueOf(word), Tables[t].Table.ReferenceValueOf(word)), $"{Tables[t].Name}: '{word.ToString()}' in {page}");
                    }

                    found[t] += value == 0 ? 0 : 1;
                }
            }
        }

        // Every table found some of its words (a table that never says yes would agree trivially).
        found.Should().OnlyContain(count => count > 0);
    }

    [Fact]
    public void A_set_of_words_gives_each_word_its_own_value_and_others_none()
    {
        var table = WordTable.Of(TextRules.Shared.ConsentWords);
        var values = TextRules.Shared.ConsentWords.Select(word => table.ValueOf(word, PageWords.HashOf(word))).ToList();

        values.Should().OnlyContain(value => value != 0).And.OnlyHaveUniqueItems();
        table.ValueOf("harbour", PageWords.HashOf("harbour")).Should().Be(0);
        table.ValueOf("", PageWords.HashOf("")).Should().Be(0);
    }
}
