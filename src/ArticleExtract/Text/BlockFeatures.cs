namespace ArticleExtract.Text;

/// <summary>
/// Stage 3: measures each block with shallow text features (after boilerpipe and jusText):
/// length, words, stopword density, sentence ends, link-likeness, capitalisation, repetition.
/// </summary>
internal static class BlockFeatures
{
    /// <summary>A Chinese or Japanese character carries about as much as this many Latin characters.</summary>
    internal const int IdeographWeight = 3;

    /// <summary>A Hangul syllable carries about as much as this many Latin characters.</summary>
    internal const int HangulWeight = 2;

    /// <summary>Stopword density given to a sentence-like block when the page's language has no stopword list.</summary>
    private const double ProseDensityWithoutList = 0.4;

    /// <summary>Stopword density given to any other block when the page's language has no stopword list.</summary>
    private const double ListDensityWithoutList = 0.1;

    /// <summary>Cancellation is checked once every this many blocks (a power of two minus one, used as a mask).</summary>
    private const int CancellationCheckMask = 1023;

    /// <summary>Measures the blocks, whose words stage 2 read; <paramref name="language"/> is the page's (null when no stopword list fits it).</summary>
    public static void Measure(IReadOnlyList<TextBlock> blocks, PageWords words, string? language, CancellationToken cancellationToken)
    {
        var rules = TextRules.Shared;
        var stopwordBit = language is null ? 0 : words.BitOf(language);
        var keys = KeyBuffer(blocks);
        var keyEnd = 0;
        var keyStarts = new int[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            MeasureWords(block, words, i, stopwordBit);
            MeasureCharacters(block);
            block.LinkLike = IsLinkLike(block.Clean, rules);
            block.WordsBesideAddresses = block.LinkLike ? WordsBesideAddresses(block.Clean, rules) : 0;
            block.StopwordDensity = language is null
                ? (block.SentenceEnds > 0 ? ProseDensityWithoutList : ListDensityWithoutList)
                : block.Words == 0 ? 0 : (double)block.Stopwords / block.Words;
            var keyLength = TextVocabulary.WriteKey(block.Clean, keys.AsSpan(keyEnd));
            block.Key = keys.AsMemory(keyEnd, keyLength);
            keyStarts[i] = keyEnd;
            keyEnd += keyLength;
            if ((i & CancellationCheckMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        keyStarts[blocks.Count] = keyEnd;
        var repeats = KeyGroups.Sizes(keys, keyStarts);
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].Repeats = repeats[i];
        }
    }

    /// <summary>One buffer for the keys of all the blocks (a key is never longer than its text).</summary>
    private static char[] KeyBuffer(IReadOnlyList<TextBlock> blocks)
    {
        var length = 0;
        foreach (var block in blocks)
        {
            length += block.Clean.Length;
        }

        return new char[length];
    }

    private static void MeasureWords(TextBlock block, PageWords words, int index, uint stopwordBit)
    {
        var masks = words.MasksOf(index);
        var stopwords = 0;
        foreach (var mask in masks)
        {
            stopwords += (mask & stopwordBit) != 0 ? 1 : 0;
        }

        var alphabetic = words.AlphabeticOf(index);
        block.Words = masks.Length;
        block.Stopwords = stopwords;
        block.CapitalizedShare = alphabetic == 0 ? 0 : (double)words.CapitalizedOf(index) / alphabetic;
    }

    private static void MeasureCharacters(TextBlock block)
    {
        var text = block.Clean.AsSpan();
        var ascii = System.Text.Ascii.IsValid(text);
        block.Length = ascii ? text.Length : WeightedLength(text);

        // Only the sentence-end marks need a closer look: jump from one to the next (in text without
        // the marks beyond ASCII, ASCII text among it, looking for the ASCII marks alone, which is faster).
        var marks = ascii || !text.ContainsAny(NonAsciiSentenceEndMarks) ? AsciiSentenceEndMarks : SentenceEndMarks;
        var sentenceEnds = 0;
        for (var i = text.IndexOfAny(marks); i >= 0; i = NextSentenceEndMark(text, i, marks))
        {
            if (IsSentenceEndAt(text, i))
            {
                sentenceEnds++;
            }
        }

        block.SentenceEnds = sentenceEnds;
        var end = text.Length - 1;
        while (end >= 0 && (IsClosing(text[end]) || char.IsWhiteSpace(text[end])))
        {
            end--;
        }

        block.EndsLikeSentence = end > 0 && IsSentenceEnd(text[end]) && !(text[end] == '.' && end > 1 && text[end - 1] == '.' && text[end - 2] == '.');
    }

    /// <summary>The length with CJK characters weighted (of a text not in ASCII: ASCII text has none, its length is its weighted length).</summary>
    internal static int WeightedLength(ReadOnlySpan<char> text)
    {
        // Most text beyond ASCII (accented Latin, Cyrillic, Greek, typographic punctuation) has no CJK character at all.
        if (text.IndexOfAnyInRange(FirstKana, LastCjk) < 0 && text.IndexOfAnyInRange(FirstJamo, LastJamo) < 0)
        {
            return text.Length;
        }

        var length = 0;
        foreach (var c in text)
        {
            length += IsIdeograph(c) ? IdeographWeight : IsHangul(c) ? HangulWeight : 1;
        }

        return length;
    }

    /// <summary>The next sentence-end mark after the one at <paramref name="i"/>, or -1.</summary>
    private static int NextSentenceEndMark(ReadOnlySpan<char> text, int i, System.Buffers.SearchValues<char> marks)
    {
        var next = text[(i + 1)..].IndexOfAny(marks);
        return next < 0 ? -1 : i + 1 + next;
    }

    /// <summary>
    /// A sentence ends at <paramref name="i"/>: terminal punctuation after a letter or digit, followed by
    /// a space, a closing quote or bracket, or the end (a full-width mark needs nothing after it).
    /// </summary>
    private static bool IsSentenceEndAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        return IsSentenceEnd(c) && i > 0 && char.IsLetterOrDigit(text[i - 1])
            && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsClosing(text[i + 1]) || IsFullWidthEnd(c));
    }

    /// <summary>
    /// The block is a URL, an e-mail address or a social handle rather than prose: it begins with a
    /// host prefix ("www."), holds a scheme mark ("://"), or is one word with a mail mark ("@").
    /// </summary>
    /// <param name="text">The block's clean text.</param>
    /// <param name="rules">The address marks (textrules.txt).</param>
    internal static bool IsLinkLike(string text, TextRules rules)
    {
        var span = text.AsSpan();
        if (StartsWithHostPrefix(span, rules))
        {
            return true;
        }

        // Prose has no mark: one scan for all of them settles most blocks.
        if (span.IndexOfAny(rules.AddressMarkValues) < 0)
        {
            return false;
        }

        if (ContainsAny(span, rules.AddressSchemeMarks))
        {
            return true;
        }

        // A single word with a mail mark in it: an e-mail address or a handle.
        return span.IndexOf(' ') < 0 && ContainsAny(span, rules.AddressMailMarks);
    }

    /// <summary>"https://example.com/a", "jane@example.com", "www.example.com": a word that is an address.</summary>
    internal static bool IsAddressWord(ReadOnlySpan<char> word, TextRules rules) =>
        ContainsAny(word, rules.AddressSchemeMarks) || ContainsAny(word, rules.AddressMailMarks) || StartsWithHostPrefix(word, rules);

    /// <summary>The space-separated words of <paramref name="text"/> that are no address.</summary>
    internal static int WordsBesideAddresses(string text, TextRules rules)
    {
        var span = text.AsSpan();
        var words = 0;
        foreach (var range in span.Split(' '))
        {
            var word = span[range];
            words += word.Length > 0 && !IsAddressWord(word, rules) ? 1 : 0;
        }

        return words;
    }

    private static bool StartsWithHostPrefix(ReadOnlySpan<char> text, TextRules rules)
    {
        foreach (var prefix in rules.AddressHostPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> marks)
    {
        foreach (var mark in marks)
        {
            if (text.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceEnd(char c) => SentenceEndMarks.Contains(c);

    /// <summary>Marks that end a sentence, in Latin, CJK, Arabic and Devanagari script.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceEndMarks = System.Buffers.SearchValues.Create(AsciiSentenceEnds + "。！？؟।"); // the marks of NonAsciiSentenceEndMarks too

    /// <summary>The sentence-end marks in ASCII.</summary>
    private const string AsciiSentenceEnds = ".!?";

    /// <summary>The sentence-end marks that can occur in ASCII text.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiSentenceEndMarks = System.Buffers.SearchValues.Create(AsciiSentenceEnds);

    /// <summary>The sentence-end marks beyond ASCII (few enough for a vectorised search, unlike the whole set).</summary>
    private static readonly System.Buffers.SearchValues<char> NonAsciiSentenceEndMarks = System.Buffers.SearchValues.Create("。！？؟।");

    /// <summary>The CJK characters <see cref="IsIdeograph"/> and <see cref="IsHangul"/> weigh lie from kana to the compatibility ideographs, or among the Hangul jamo.</summary>
    private const char FirstKana = '\u3040', LastCjk = '\uFAFF', FirstJamo = '\u1100', LastJamo = '\u11FF';

    private static bool IsFullWidthEnd(char c) => c is '。' or '！' or '？';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』' or '）';

    internal static bool IsIdeograph(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    internal static bool IsHangul(char c) => c is (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F');
}
