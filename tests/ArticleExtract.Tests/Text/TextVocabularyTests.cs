using ArticleExtract.Text;
using CsCheck;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Tests.Text;

/// <summary>The text stages' fast forms of the vocabulary give the same answers as the vocabulary itself.</summary>
public sealed class TextVocabularyTests
{
    [Fact]
    public void The_lower_case_table_is_char_ToLowerInvariant_for_every_code_unit()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (LowerCase.Of(c) != char.ToLowerInvariant(c))
            {
                Assert.Fail($"U+{i:X4}: table {(int)LowerCase.Of(c):X4}, runtime {(int)char.ToLowerInvariant(c):X4}");
            }
        }
    }

    [Fact]
    public void WhiteSpace_Is_is_char_IsWhiteSpace_for_every_code_unit()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (WhiteSpace.Is(c) != char.IsWhiteSpace(c))
            {
                Assert.Fail($"U+{i:X4}: ranges {WhiteSpace.Is(c)}, runtime {char.IsWhiteSpace(c)}");
            }
        }
    }

    [Fact]
    public void The_word_character_table_is_char_IsLetterOrDigit_and_ToLowerInvariant_for_every_code_unit()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (LowerCase.IsLetterOrDigit(c) != char.IsLetterOrDigit(c))
            {
                Assert.Fail($"U+{i:X4}: table {LowerCase.IsLetterOrDigit(c)}, runtime {char.IsLetterOrDigit(c)}");
            }

            var expected = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : LowerCase.NotAWordCharacter;
            if (LowerCase.WordCharacterOf(c) != expected)
            {
                Assert.Fail($"U+{i:X4}: word character {(int)LowerCase.WordCharacterOf(c):X4}, expected {(int)expected:X4}");
            }
        }
    }

    [Theory]
    [InlineData("- Advertisement -")]
    [InlineData("  READ   MORE:\t ")]
    [InlineData("(c) 2021 Harbour Times")]
    [InlineData("» Читайте также «")]
    [InlineData("…ΣΧΟΛΙΑ…")]
    [InlineData("İstanbul • K\u00A0Ö\u2003Y")]
    [InlineData("[embedded content]")]
    [InlineData("---")]
    [InlineData("")]
    [InlineData("\uD801\uDC00 Deseret")]
    public void A_key_is_what_the_vocabulary_normalises_to(string text)
    {
        var buffer = new char[text.Length];

        new string(buffer, 0, TextVocabulary.WriteKey(text, buffer)).Should().Be(BoilerplateVocabulary.Normalize(text));
        TextVocabulary.Key(text).Should().Be(BoilerplateVocabulary.Normalize(text));
    }

    [Fact]
    public void A_key_longer_than_its_buffer_is_not_written()
    {
        var buffer = new char[5];

        TextVocabulary.WriteKey("Read   more", buffer).Should().Be(-1);
        TextVocabulary.WriteKey("- Read  me -", buffer).Should().Be(-1);
        TextVocabulary.WriteKey("- Rea   d -", buffer).Should().Be(5);
        new string(buffer).Should().Be("rea d");
    }

    /// <summary>Pieces of text for random keys: long ASCII runs (the vector path), whitespace of every kind, non-ASCII letters and marks.</summary>
    private static readonly Gen<string> KeyPiece = Gen.OneOf(
        Gen.Const("The Harbour Council voted on Tuesday "), Gen.Const("READ MORE ABOUT THE NEW BRIDGE"), Gen.Const(" "),
        Gen.Const("  "), Gen.Const("\t"), Gen.Const("\r\n"), Gen.Const("\u00A0"), Gen.Const("\u2003"), Gen.Const("’"),
        Gen.Const("ÜBER"), Gen.Const("Читайте"), Gen.Const("İ"), Gen.Const("- "), Gen.Const(" »"), Gen.Const("abcdefghijklmnopqrstuvwxyz0123456789"),
        Gen.Const("\u007F"), Gen.Const("\u0080"), Gen.String[0, 20]);

    [Fact]
    public void Random_texts_get_the_key_of_a_plain_character_by_character_reading()
    {
        Gen.Select(KeyPiece.Array[0, 12], Gen.Int[0, 120], (pieces, room) => (Text: string.Concat(pieces), Room: room)).Sample(sample =>
        {
            var expected = ReferenceKey(sample.Text);
            var buffer = new char[sample.Text.Length];
            new string(buffer, 0, TextVocabulary.WriteKey(sample.Text, buffer)).Should().Be(expected, sample.Text);

            // A destination too short for the key gets nothing (-1); one long enough gets the key.
            var small = new char[Math.Min(sample.Room, sample.Text.Length)];
            var written = TextVocabulary.WriteKey(sample.Text, small);
            if (expected.Length > small.Length)
            {
                written.Should().Be(-1, sample.Text);
            }
            else
            {
                new string(small, 0, written).Should().Be(expected, sample.Text);
            }
        }, iter: 2000, threads: 1);
    }

    /// <summary>The normal form read the plain way: trimmed, whitespace runs as one space, lowered by the runtime.</summary>
    private static string ReferenceKey(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && BoilerplateVocabulary.IsTrimmable(text[start]))
        {
            start++;
        }

        while (end > start && BoilerplateVocabulary.IsTrimmable(text[end - 1]))
        {
            end--;
        }

        var key = new System.Text.StringBuilder();
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length == 0 || key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString();
    }

    [Fact]
    public void Every_character_is_trimmed_and_lowered_as_the_vocabulary_does()
    {
        // Each character alone, and between two letters: the trimming and the lowering of each code unit.
        for (var i = 0; i <= char.MaxValue; i++)
        {
            foreach (var text in (string[])[((char)i).ToString(), "A" + (char)i + "B"])
            {
                if (TextVocabulary.Key(text) != BoilerplateVocabulary.Normalize(text) || TextVocabulary.Key(text) != ReferenceKey(text))
                {
                    Assert.Fail($"U+{i:X4}: key differs from the vocabulary's normal form");
                }
            }
        }
    }

    [Fact]
    public void Lookups_by_span_find_the_vocabulary_entries()
    {
        var vocabulary = BoilerplateVocabulary.Shared;
        var lookups = new TextVocabulary(vocabulary);

        lookups.TryGetPhrase("  Related ARTICLES: ", out var related).Should().BeTrue();
        related.Should().Be(vocabulary.Phrases[BoilerplateVocabulary.Normalize("Related articles")]);
        lookups.TryGetLabel("Tags", out var tags).Should().BeTrue();
        tags.Should().Be(BoilerplateKind.EmptyLabel);
        lookups.TryGetPhrase("The council voted on Tuesday", out _).Should().BeFalse();
        lookups.TryGetPhrase("Related" + new string(' ', 400) + "articles", out var spaced).Should().BeTrue();
        spaced.Should().Be(related);
        lookups.TryGetPhrase("Related articles " + new string('x', 400), out _).Should().BeFalse();
        lookups.IsStopwordOfAnyLanguage("the").Should().BeTrue();
        lookups.IsStopwordOfAnyLanguage("und").Should().BeTrue();
        lookups.IsStopwordOfAnyLanguage("harbour").Should().BeFalse();
    }

    [Fact]
    public void The_key_start_filter_lets_every_entry_through_however_it_is_written()
    {
        // The filter on the first two characters of a key must never hide an entry: each entry upper-cased,
        // with trimmed punctuation around it and its spaces doubled or turned into tabs, is still found.
        var vocabulary = BoilerplateVocabulary.Shared;
        var lookups = TextVocabulary.For(vocabulary);
        foreach (var (dictionary, byText, byKey) in (IEnumerable<(IReadOnlyDictionary<string, BoilerplateKind>, TryGetText?, TryGetText)>)[
            (vocabulary.Phrases, lookups.TryGetPhrase, lookups.TryGetPhraseByKey),
            (vocabulary.Labels, lookups.TryGetLabel, lookups.TryGetLabelByKey),
            (vocabulary.Placeholders, null, lookups.TryGetPlaceholderByKey)])
        {
            foreach (var (key, kind) in dictionary)
            {
                byKey(key, out var found).Should().BeTrue(key);
                found.Should().Be(kind);
                if (byText is null || key != BoilerplateVocabulary.Normalize(key))
                {
                    continue;
                }

                foreach (var text in (string[])[key.ToUpperInvariant(), "- " + key + " -", "» " + key.Replace(" ", "  \t") + ":", key + " ..."])
                {
                    if (BoilerplateVocabulary.Normalize(text) == key)
                    {
                        byText(text, out found).Should().BeTrue(text);
                        found.Should().Be(kind);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("a -")]
    [InlineData("x")]
    [InlineData("- x -")]
    [InlineData("a\tb")]
    [InlineData("A-B")]
    [InlineData("   ")]
    [InlineData("Related articles")]
    [InlineData("Tags")]
    [InlineData("The council voted")]
    public void A_text_is_found_exactly_when_its_key_is_an_entry(string text)
    {
        var vocabulary = BoilerplateVocabulary.Shared;
        var lookups = TextVocabulary.For(vocabulary);
        var key = BoilerplateVocabulary.Normalize(text);

        lookups.TryGetPhrase(text, out _).Should().Be(vocabulary.Phrases.ContainsKey(key));
        lookups.TryGetLabel(text, out _).Should().Be(vocabulary.Labels.ContainsKey(key));
        lookups.TryGetPhraseByKey(key, out _).Should().Be(vocabulary.Phrases.ContainsKey(key));
        lookups.TryGetPlaceholderByKey(key, out _).Should().Be(vocabulary.Placeholders.ContainsKey(key));
    }

    [Theory]
    [InlineData("The Harbour's 3 new cranes, l'homme — ΣΧΟΛΙΑ, İstanbul!")]
    [InlineData("  ")]
    [InlineData("a")]
    [InlineData("x-\u4E2D\u6587 \uD801\uDC00 é\u0301")]
    public void The_hashing_word_reader_reads_the_same_words_and_hashes_them(string text)
    {
        var plain = new WordReader(text);
        var hashing = new WordReader(text);
        Span<char> expected = stackalloc char[WordReader.MaxWordLength];
        Span<char> actual = stackalloc char[WordReader.MaxWordLength];
        var longWord = new string('w', WordReader.MaxWordLength + 5);
        while (plain.Next(expected, out var length))
        {
            hashing.NextHashed(actual, out var hashedLength, out var hash).Should().BeTrue();
            hashedLength.Should().Be(length);
            actual[..length].ToString().Should().Be(expected[..length].ToString());
            hash.Should().Be(PageWords.HashOf(expected[..length]));
            hashing.WordStart.Should().Be(plain.WordStart);
        }

        hashing.NextHashed(actual, out _, out _).Should().BeFalse();
        var truncated = new WordReader(longWord);
        truncated.NextHashed(actual, out var truncatedLength, out var truncatedHash).Should().BeTrue();
        truncatedHash.Should().Be(PageWords.HashOf(actual[..truncatedLength]));
        truncatedLength.Should().Be(WordReader.MaxWordLength);
    }

    private delegate bool TryGetText(ReadOnlySpan<char> text, out BoilerplateKind kind);

    [Fact]
    public void The_stopword_table_gives_each_word_its_languages()
    {
        var vocabulary = BoilerplateVocabulary.Shared;
        var table = WordTable.Stopwords(vocabulary);

        foreach (var (word, mask) in vocabulary.StopwordLanguageMasks)
        {
            table.ValueOf(word, PageWords.HashOf(word)).Should().Be(mask, word);
        }

        foreach (var word in (string[])["harbour", "bridge", "theq", "", "x"])
        {
            table.ValueOf(word, PageWords.HashOf(word)).Should().Be(vocabulary.StopwordLanguageMasks.GetValueOrDefault(word), word);
        }
    }
}
