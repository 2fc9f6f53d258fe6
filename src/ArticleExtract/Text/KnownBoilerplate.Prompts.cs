using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>Stage 4, part: Prompts (newsletter, cookies, sharing) and lines of menu entries.</summary>
internal static partial class KnownBoilerplate
{
    /// <summary>
    /// "Stay up to date. Subscribe to our newsletter.", "Get our weekly letter in your inbox": a short
    /// block with a sentence that is a prompt phrase (newsletter, cookies, sharing, comments), or a
    /// short sentence with a newsletter word, is that prompt.
    /// </summary>
    private static BoilerplateKind? PromptKind(TextBlock block, BlockWords words, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        if (block.Words > MaxPromptWords)
        {
            return null;
        }

        // A sentence can only have a prompt word if the block has one (words never cross a sentence end).
        var text = block.Clean.AsSpan();
        var hasPromptWord = HasPromptWord(words);
        if (block.SentenceEnds == 0 && !hasPromptWord)
        {
            return null;
        }

        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('.', '!', '?');
            var sentence = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (block.SentenceEnds > 0 && starts.TryGetPromptPhrase(sentence, vocabulary, out var kind))
            {
                return kind;
            }

            if (hasPromptWord && IsNewsletterSentence(sentence))
            {
                return BoilerplateKind.Newsletter;
            }
        }

        return null;
    }

    /// <summary>The text has a word of newsletter prompts ("newsletter", "subscribe").</summary>
    private static bool HasPromptWord(BlockWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words.ValueIn(PromptWordTable, i) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short sentence with a word of newsletter prompts ("Sign up for our e-mail newsletters").</summary>
    private static bool IsNewsletterSentence(ReadOnlySpan<char> sentence)
    {
        if (Output.TextNormalizer.CountWords(sentence) > MaxPromptSentenceWords)
        {
            return false;
        }

        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(sentence);
        while (reader.NextHashed(lower, out var length, out var hash))
        {
            if (PromptWordTable.ValueOf(lower[..length], hash) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Subscribe Sign in", "Login/Register", "Home | About": a short line made only of menu entries of
    /// the vocabulary (each one to three words), side by side; it takes the first entry's kind.
    /// </summary>
    private static BoilerplateKind? MenuRunKind(TextBlock block, ReadOnlySpan<char> key, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        if (block.Words > MaxMenuRunWords || block.EndsLikeSentence)
        {
            return null;
        }

        if (!MayBeginWithMenuEntry(key, starts))
        {
            return null;
        }

        // Each entry is at least one word: fewer words than entries cannot be a menu line ("Home").
        var count = CountMenuWords(key);
        if (count < MinMenuRunEntries)
        {
            return null;
        }

        Span<Range> words = count <= MaxStackMenuWords ? stackalloc Range[count] : new Range[count];
        FindMenuWords(key, words);
        Span<char> entry = key.Length <= MaxStackMenuKey ? stackalloc char[key.Length] : new char[key.Length];
        BoilerplateKind? first = null;
        var entries = 0;
        for (var i = 0; i < words.Length;)
        {
            var matched = 0;
            for (var take = Math.Min(MaxLabelWords, words.Length - i); take > 0 && matched == 0; take--)
            {
                if (vocabulary.TryGetPhraseByKey(JoinWords(key, words.Slice(i, take), entry), out var kind) && IsMenuEntryKind(kind))
                {
                    first ??= kind;
                    matched = take;
                }
            }

            if (matched == 0)
            {
                return null;
            }

            entries++;
            i += matched;
        }

        return entries >= MinMenuRunEntries ? first : null;
    }

    /// <summary>
    /// The first entry of a menu line begins with its first word: when no menu entry of the
    /// vocabulary begins with that word, the line is no menu line (most lines; this saves splitting
    /// them into words and looking up their runs).
    /// </summary>
    private static bool MayBeginWithMenuEntry(ReadOnlySpan<char> key, KnownEntryStarts starts)
    {
        // A key begins with its first word unless with a slash (spaces and bars are trimmed).
        var start = key.IsEmpty || IsMenuWordSeparator(key[0]) ? key.IndexOfAnyExcept(MenuWordSeparators) : 0;
        if (start < 0)
        {
            return false;
        }

        var word = key[start..];
        if (!starts.MenuEntryFirstWordStarts.MayBegin(word[0], word.Length > 1 && !IsMenuWordSeparator(word[1]) ? word[1] : KeyStarts.NoCharacter))
        {
            return false;
        }

        var end = word.IndexOfAny(MenuWordSeparatorValues);
        word = end < 0 ? word : word[..end];
        return starts.MenuEntryFirstWordShapes.MayBe(word) && starts.MenuEntryFirstWords.Contains(word);
    }

    private static bool IsMenuWordSeparator(char c) => MenuWordSeparatorValues.Contains(c);

    /// <summary>The number of words of a key between spaces, slashes and bars.</summary>
    private static int CountMenuWords(ReadOnlySpan<char> key)
    {
        var count = 0;
        foreach (var word in key.SplitAny(MenuWordSeparators))
        {
            count += key[word].IsEmpty ? 0 : 1;
        }

        return count;
    }

    /// <summary>Where the words of a key between spaces, slashes and bars are (<paramref name="words"/> holds <see cref="CountMenuWords"/> of them).</summary>
    private static void FindMenuWords(ReadOnlySpan<char> key, Span<Range> words)
    {
        var count = 0;
        foreach (var word in key.SplitAny(MenuWordSeparators))
        {
            if (!key[word].IsEmpty)
            {
                words[count++] = word;
            }
        }
    }

    /// <summary>The words joined by single spaces, written into <paramref name="buffer"/> (as long as the key at least).</summary>
    private static ReadOnlySpan<char> JoinWords(ReadOnlySpan<char> key, ReadOnlySpan<Range> words, Span<char> buffer)
    {
        var length = 0;
        foreach (var word in words)
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            key[word].CopyTo(buffer[length..]);
            length += key[word].Length;
        }

        return buffer[..length];
    }

    /// <summary>Kinds whose phrases are menu entries or buttons ("Sign in", "Share", "Home").</summary>
    internal static bool IsMenuEntryKind(BoilerplateKind kind) =>
        kind is BoilerplateKind.Navigation or BoilerplateKind.Newsletter or BoilerplateKind.Share or BoilerplateKind.Comments;

    /// <summary>
    /// The repeated unit begins the key: when no placeholder begins with its first character, or
    /// its first two, the key is no repetition of one (most keys).
    /// </summary>
    private static bool MayRepeatPlaceholder(ReadOnlySpan<char> key, TextVocabulary vocabulary) =>
        key.Length >= 2 && (vocabulary.PlaceholderStarts.MayBegin(key[0], key[1]) || vocabulary.PlaceholderStarts.MayBegin(key[0], KeyStarts.NoCharacter));

    /// <summary>"spot_imgspot_img": a placeholder of the vocabulary repeated without a space.</summary>
    private static bool IsRepeatedPlaceholder(ReadOnlySpan<char> key, TextVocabulary vocabulary)
    {
        if (key.Length > MaxRepeatedPlaceholderLength || key.Contains(' '))
        {
            return false;
        }

        for (var unit = 1; unit <= key.Length / 2; unit++)
        {
            if (key.Length % unit == 0 && IsRepetitionOf(key, unit) && vocabulary.TryGetPlaceholderByKey(key[..unit], out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The consent words (<see cref="TextRules.ConsentWords"/>), to look words up by the hash read with them.</summary>
    private static readonly WordTable ConsentWordTable = WordTable.Of(TextRules.Shared.ConsentWords);

    /// <summary>The prompt words (<see cref="TextRules.PromptWords"/>), to look words up by the hash read with them.</summary>
    private static readonly WordTable PromptWordTable = WordTable.Of(TextRules.Shared.PromptWords);

    /// <summary>A consent banner has at most this many words (a paragraph).</summary>
    private const int MaxConsentBannerWords = 80;

    /// <summary>A consent banner has at least this many different consent words.</summary>
    private const int MinConsentWords = 3;

    /// <summary>Whether a block has a word of consent banners ("cookies", "partners"): a line of a consent dialog (<see cref="ConsentDialogs"/>).</summary>
    internal static bool HasConsentWord(BlockWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words.ValueIn(ConsentWordTable, i) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "We and our 977 partners store and access personal data, like browsing data or unique
    /// identifiers ...": a paragraph with several different words of consent banners.
    /// </summary>
    private static bool IsConsentBanner(TextBlock block, BlockWords words) =>
        block.Words <= MaxConsentBannerWords && block.Words >= MinConsentWords && HasSeveralConsentWords(words);

    /// <summary>
    /// Whether a block has several different words of consent banners, whatever its length: a
    /// longer banner opens a consent dialog when the settings follow it (<see cref="ConsentDialogs"/>).
    /// </summary>
    internal static bool HasSeveralConsentWords(BlockWords words)
    {
        // The consent words found so far, by their numbers in the table; enough different ones end the search.
        Span<uint> found = stackalloc uint[MinConsentWords];
        var different = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words.ValueIn(ConsentWordTable, i);
            if (word != 0 && !found[..different].Contains(word))
            {
                found[different++] = word;
                if (different == MinConsentWords)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
