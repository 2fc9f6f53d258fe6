using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 4: recognises blocks that are boilerplate whatever their neighbours: vocabulary phrases,
/// labels and placeholders (in many languages), counts ("34 Comments"), teaser links
/// ("Read more: ..."), comment headers ("jane says:"), weather widgets, copyright lines and
/// breadcrumbs. Each gets its <see cref="BoilerplateKind"/>.
/// </summary>
internal static class KnownBoilerplate
{
    /// <summary>A count or a label line has at most this many words ("Comments (34)", "Share 16").</summary>
    private const int MaxCountLineWords = 5;

    /// <summary>A count line is at most this long (it is copied on the stack).</summary>
    private const int MaxCountLineLength = 128;

    /// <summary>A teaser link under a phrase ("Read more: ...") has at most this many words.</summary>
    private const int MaxTeaserWords = 25;

    /// <summary>A labelled metadata line ("Posted by ... on ...") has at most this many words after the label.</summary>
    private const int MaxLabelValueWords = 14;

    /// <summary>A label without a colon is taken only when at least this share of the rest is capitalised or numeric (a name, a date).</summary>
    private const double MinNameLikeShare = 0.5;

    /// <summary>A credit line ("Jane Roe/Harbour Times/Getty Images") has at most this many words.</summary>
    private const int MaxCreditLineWords = 10;

    /// <summary>What separates the names in a picture credit.</summary>
    private static readonly System.Buffers.SearchValues<char> CreditSeparators = System.Buffers.SearchValues.Create("/,;|:");

    /// <summary>The word between the numbers of a gallery counter ("of", "von", "de", "/") is at most this long.</summary>
    private const int MaxCounterWordLength = 3;

    /// <summary>A prompt ("Stay up to date. Subscribe to our newsletter.") has at most this many words.</summary>
    private const int MaxPromptWords = 20;

    /// <summary>A comment header ("jane doe says", "sam on 3 May 2021 at 9:15 pm said:") has at most this many words.</summary>
    private const int MaxCommentHeaderWords = 14;

    /// <summary>
    /// A caption ("Photo: the old bridge in 1950", "The old bridge in 1950. (AFP)") has at most this many
    /// words; a longer block ending with an agency in brackets is a body paragraph citing its source.
    /// </summary>
    private const int MaxCaptionWords = 40;

    /// <summary>A picture label ("Photo", "File photo") has at most this many words.</summary>
    private const int MaxPictureLabelWords = 2;

    /// <summary>A sentence of a prompt ("Sign up for our weekly newsletter!") has at most this many words.</summary>
    private const int MaxPromptSentenceWords = 12;

    /// <summary>A line made only of menu entries ("Subscribe Sign in", "Login/Register") has at most this many words.</summary>
    private const int MaxMenuRunWords = 6;

    /// <summary>A line made only of menu entries has at least this many of them.</summary>
    private const int MinMenuRunEntries = 2;

    /// <summary>The name or handle before a comment header's verb ("jane_r", "Jane Roe") has at most this many words.</summary>
    private const int MaxCommenterNameWords = 3;

    /// <summary>A copyright line ("© 2021 Harbour Times. All rights reserved.") has at most this many words.</summary>
    private const int MaxCopyrightLineWords = 20;

    /// <summary>A name after a label ("By Jane Roe") has at least this many capitalised words ...</summary>
    private const int MinNameWords = 2;

    /// <summary>... and at most this many.</summary>
    private const int MaxNameWords = 4;

    /// <summary>A year in a copyright line has this many digits.</summary>
    private const int YearDigits = 4;

    /// <summary>
    /// How a copyright line begins, normalised ("Copyright 2021 ...", "(c) 2021 ..."; the
    /// normaliser trims the opening bracket of "(c)"). Kept here, not in boilerplate.txt: the
    /// vocabulary loader has no set for line prefixes, and a @label would be matched as a metadata
    /// label by HTML mode.
    /// </summary>
    private static readonly string[] CopyrightPrefixes = ["copyright ", "c) ", "(c) "];

    /// <summary>A temperature has at most this many digits ("-12.5 °C"; a longer number is a count or a year).</summary>
    private const int MaxTemperatureDigits = 4;

    /// <summary>
    /// What may follow the number of a temperature ("17.8 C", "64°F", "21°"). Kept here, not in
    /// boilerplate.txt: the vocabulary loader has no set for units.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TemperatureUnits = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "°", "°C", "°F", "° C", "° F", "C", "F", "℃", "℉", "ºC", "ºF", "º");

    /// <summary>
    /// The separators of a breadcrumb or a separated menu ("Home > World", "About | Contact"). Kept
    /// here, not in boilerplate.txt: the vocabulary loader has no set for characters.
    /// </summary>
    internal const string BreadcrumbSeparatorCharacters = ">›»|/→•·";

    /// <summary>The <see cref="BreadcrumbSeparatorCharacters"/>, to search for.</summary>
    private static readonly System.Buffers.SearchValues<char> BreadcrumbSeparators = System.Buffers.SearchValues.Create(BreadcrumbSeparatorCharacters);

    /// <summary>A placeholder repeated without a space ("spot_imgspot_img") is looked for in keys up to this long.</summary>
    private const int MaxRepeatedPlaceholderLength = 128;

    /// <summary>
    /// Words that make a short sentence a newsletter prompt ("Get our free weekly letter in your inbox.").
    /// Kept here, not in boilerplate.txt, because the vocabulary loader has no set for single words
    /// looked for inside a sentence (a whole-block @phrase of these would mean something else).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PromptWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal,
        "newsletter", "newsletters", "subscribe", "unsubscribe", "subscribing", "inbox", "spam",
        "abonnieren", "abonnez", "abonnement", "suscríbete", "suscribirse", "iscriviti", "assine", "inscreva");

    /// <summary>The hashes of the <see cref="PromptWords"/>, to screen a block's words without reading them again.</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<uint> PromptWordHashes = PromptWordHashesOf(PromptWords);

    /// <summary>A city under a temperature has at most this many words.</summary>
    private const int MaxCityWords = 3;

    /// <summary>A breadcrumb or a separated menu has at least this many separators.</summary>
    private const int MinBreadcrumbSeparators = 2;

    /// <summary>A breadcrumb step has at most this many words.</summary>
    private const int MaxBreadcrumbStepWords = 5;

    /// <summary>Labels and phrases are looked for in at most this many leading words.</summary>
    private const int MaxLabelWords = 3;

    /// <summary>What separates the entries of a menu line ("Subscribe Sign in", "Login/Register", "Home | About").</summary>
    private const string MenuWordSeparators = " /|";

    /// <summary>The <see cref="MenuWordSeparators"/>, to test a character against.</summary>
    private static readonly System.Buffers.SearchValues<char> MenuWordSeparatorValues = System.Buffers.SearchValues.Create(MenuWordSeparators);

    /// <summary>The words of a menu line are found on the stack up to this many (a menu line has few).</summary>
    private const int MaxStackMenuWords = 32;

    /// <summary>A menu line's entries are joined on the stack up to this length.</summary>
    private const int MaxStackMenuKey = 256;

    /// <summary>Marks the blocks, whose words stage 2 read; stage 3 (<see cref="BlockFeatures"/>) must have measured them.</summary>
    public static void Mark(IReadOnlyList<TextBlock> blocks, PageWords words, BoilerplateVocabulary vocabulary)
    {
        var lookups = TextVocabulary.For(vocabulary);
        var starts = KnownEntryStarts.For(vocabulary);
        char[]? rawKey = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            block.Kind = KindOf(block, BlockFacts.Of(block, starts), RawKey(block, ref rawKey), lookups, starts, words.HashesOf(i));
        }

        if (rawKey is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rawKey);
        }

        MarkCitiesBesideTemperatures(blocks);
    }

    /// <summary>
    /// The raw line in the vocabulary's normal form: the clean text's key (stage 3) when the line had
    /// no bullet or heading mark to take off, else written into <paramref name="buffer"/> (rented, grown as needed).
    /// </summary>
    private static ReadOnlySpan<char> RawKey(TextBlock block, ref char[]? buffer)
    {
        if (ReferenceEquals(block.Raw, block.Clean))
        {
            return block.Key.Span;
        }

        if (buffer is null || buffer.Length < block.Raw.Length)
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }

            buffer = System.Buffers.ArrayPool<char>.Shared.Rent(block.Raw.Length);
        }

        return buffer.AsSpan(0, TextVocabulary.WriteKey(block.Raw, buffer));
    }

    /// <summary>The kind of a block; <paramref name="wordHashes"/> are the hashes of its words (<see cref="PageWords.HashOf"/>).</summary>
    private static BoilerplateKind? KindOf(TextBlock block, BlockFacts facts, ReadOnlySpan<char> key, TextVocabulary vocabulary, KnownEntryStarts starts, ReadOnlySpan<uint> wordHashes)
    {
        if (key.Length == 0)
        {
            return BoilerplateKind.Other;
        }

        if (starts.MayBeEntry(key)
            && (vocabulary.TryGetPlaceholderByKey(key, out var kind)
                || vocabulary.TryGetPhraseByKey(key, out kind)
                || vocabulary.TryGetLabelByKey(key, out kind)))
        {
            return kind;
        }

        if (MayRepeatPlaceholder(key, vocabulary) && IsRepeatedPlaceholder(key, vocabulary))
        {
            return BoilerplateKind.Placeholder;
        }

        if (facts.MayHave(BlockMarks.Digit) && IsTemperature(block.Clean))
        {
            return BoilerplateKind.Weather;
        }

        if (IsCopyrightLine(block, facts, key, vocabulary, starts))
        {
            return BoilerplateKind.Footer;
        }

        // Each detector first asks the facts whether the block has what it keys on (a digit, a colon ...).
        return CountLineKind(block, facts, vocabulary)
            ?? TeaserKind(block, facts, vocabulary, starts)
            ?? CommentHeaderKind(block, key, vocabulary)
            ?? (IsImageCredit(block, facts, vocabulary, starts) ? BoilerplateKind.ImageCredit : (BoilerplateKind?)null)
            ?? LabelledLineKind(block, facts, vocabulary, starts)
            ?? PromptKind(block, vocabulary, starts, wordHashes)
            ?? MenuRunKind(block, key, vocabulary, starts)
            ?? (facts.MayHave(BlockMarks.Digit) && IsGalleryCounter(block.Clean) ? BoilerplateKind.Navigation : (BoilerplateKind?)null)
            ?? (facts.MayHave(BlockMarks.BreadcrumbSeparator) && IsBreadcrumb(block.Clean) ? BoilerplateKind.Navigation : null);
    }

    /// <summary>"34 Comments", "Comments (34)", "Share 16": a phrase with a count.</summary>
    private static BoilerplateKind? CountLineKind(TextBlock block, BlockFacts facts, TextVocabulary vocabulary)
    {
        var text = block.Clean.AsSpan();
        // Most lines have no digit: they are passed over without copying them.
        if (block.Words > MaxCountLineWords || text.Length > MaxCountLineLength || !facts.MayHave(BlockMarks.Digit))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        var hadDigit = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                hadDigit = true;
                continue;
            }

            buffer[length++] = c is '(' or ')' or '[' or ']' ? ' ' : c;
        }

        if (!hadDigit)
        {
            return null;
        }

        Span<char> key = stackalloc char[length];
        key = key[..TextVocabulary.WriteKey(buffer[..length], key)];
        return key.Length > 0 && (vocabulary.TryGetPhraseByKey(key, out var kind) || vocabulary.TryGetLabelByKey(key, out kind))
            ? kind
            : null;
    }

    /// <summary>"Read more: Another headline", "RELATED: ...": a link to another article under a phrase.</summary>
    private static BoilerplateKind? TeaserKind(TextBlock block, BlockFacts facts, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        if (block.Words > MaxTeaserWords || !facts.MayHave(BlockMarks.Colon | BlockMarks.Bar) || !facts.MayLead(LeadKinds.TeaserPhrase))
        {
            return null;
        }

        var text = block.Clean.AsSpan();
        var colon = text.IndexOfAny(':', '|');
        if (colon <= 0)
        {
            return null;
        }

        return starts.TryGetTeaserPhrase(text[..colon], vocabulary, out var kind) ? kind : null;
    }

    /// <summary>Kinds of phrase that introduce a link to elsewhere ("Read more:", "Sponsored:", "Newsletter:").</summary>
    internal static bool IsTeaserKind(BoilerplateKind kind) =>
        kind is BoilerplateKind.Related or BoilerplateKind.Advertisement or BoilerplateKind.Newsletter;

    /// <summary>Kinds of phrase a short prompt sentence is ("Subscribe to our newsletter.", "We use cookies.", "Leave a comment.").</summary>
    internal static bool IsPromptKind(BoilerplateKind kind) =>
        kind is BoilerplateKind.Newsletter or BoilerplateKind.CookieNotice or BoilerplateKind.Share or BoilerplateKind.Comments;

    /// <summary>
    /// "A ferry leaves the old harbour. (AP Photo/Jane Roe)": a caption that ends with its picture's
    /// credit in brackets (an agency or "Photo ...") is an image caption, not body. A credit with a
    /// label or a photographer ("Image credit: ...", "AP Photo/Jane Roe") marks a caption at any
    /// length; an agency alone ("(AFP)") only a short one, since a body paragraph may end citing its source.
    /// </summary>
    private static bool EndsWithImageCredit(TextBlock block, BlockFacts facts, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        if (!facts.MayHave(BlockMarks.ClosingBracket))
        {
            return false;
        }

        // Only the bracketed part at the end is a credit.
        var text = block.Clean.AsSpan().TrimEnd();
        if (text.IsEmpty || text[^1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(');
        if (open < 0)
        {
            return false;
        }

        var credit = text[(open + 1)..^1];
        return HasCreditPiece(credit, vocabulary, starts) && (block.Words <= MaxCaptionWords || credit.IndexOfAny(CreditSeparators) >= 0);
    }

    /// <summary>A caption with its credit, a credit line, or a caption under a picture word.</summary>
    private static bool IsImageCredit(TextBlock block, BlockFacts facts, TextVocabulary vocabulary, KnownEntryStarts starts) =>
        EndsWithImageCredit(block, facts, vocabulary, starts)
        || (facts.MayHave(BlockMarks.CopyrightSign) && IsCopyrightCredit(block))
        || (facts.MayHave(BlockMarks.Slash | BlockMarks.Bar) && IsCreditLine(block, vocabulary, starts))
        || (facts.MayLead(LeadKinds.ImageCreditPhrase) && IsCaptionUnderPictureWord(block, vocabulary, starts));

    /// <summary>"© Jane Roe", "© Jane Roe The harbour at dawn": a short line that begins with the copyright sign and has no year is a picture credit.</summary>
    private static bool IsCopyrightCredit(TextBlock block) =>
        block.Words <= MaxCaptionWords && block.Clean.StartsWith('©') && !HasYear(block.Clean);

    /// <summary>
    /// "Photo caption The old bridge in 1950", "Image: the harbour at dawn": a short line that is not a
    /// sentence and whose first word names a picture is the picture's caption or credit.
    /// </summary>
    private static bool IsCaptionUnderPictureWord(TextBlock block, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        if (block.Words > MaxCaptionWords || block.EndsLikeSentence)
        {
            return false;
        }

        // The label is the first word or the first two ("Photo", "File photo:").
        var text = block.Clean.AsSpan();
        var end = 0;
        for (var words = 1; words <= MaxPictureLabelWords; words++)
        {
            var next = text[end..].IndexOfAny(' ', ':');
            if (next < 0)
            {
                return false;
            }

            end += next;
            if (starts.IsImageCreditPhrase(text[..end], vocabulary))
            {
                return true;
            }

            end++;
        }

        return false;
    }

    /// <summary>"1 of 6", "3 / 12": the counter of a picture gallery.</summary>
    private static bool IsGalleryCounter(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var firstSpace = text.IndexOf(' ');
        var lastSpace = text.LastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace == firstSpace || lastSpace - firstSpace > MaxCounterWordLength + 1)
        {
            return false;
        }

        return IsNumber(text[..firstSpace]) && IsNumber(text[(lastSpace + 1)..]);
    }

    private static bool IsNumber(ReadOnlySpan<char> text) => !text.IsEmpty && text.IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>"Jane Roe/Harbour Times/Getty Images": a short line of names ending in an agency.</summary>
    private static bool IsCreditLine(TextBlock block, TextVocabulary vocabulary, KnownEntryStarts starts) =>
        block.Words <= MaxCreditLineWords && !block.EndsLikeSentence && block.Clean.AsSpan().IndexOfAny('/', '|') > 0
        && HasCreditPiece(block.Clean, vocabulary, starts);

    /// <summary>One of the pieces between slashes, commas or bars is a picture agency or a credit phrase.</summary>
    private static bool HasCreditPiece(ReadOnlySpan<char> credit, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        while (!credit.IsEmpty)
        {
            var end = credit.IndexOfAny(CreditSeparators);
            var piece = end < 0 ? credit : credit[..end];
            credit = end < 0 ? [] : credit[(end + 1)..];
            if (starts.IsImageCreditPhrase(piece, vocabulary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Stay up to date. Subscribe to our newsletter.", "Get our weekly letter in your inbox": a short
    /// block with a sentence that is a prompt phrase (newsletter, cookies, sharing, comments), or a
    /// short sentence with a newsletter word, is that prompt.
    /// </summary>
    private static BoilerplateKind? PromptKind(TextBlock block, TextVocabulary vocabulary, KnownEntryStarts starts, ReadOnlySpan<uint> wordHashes)
    {
        if (block.Words > MaxPromptWords)
        {
            return null;
        }

        // A sentence can only have a prompt word if the block has one (words never cross a sentence end).
        var text = block.Clean.AsSpan();
        var hasPromptWord = MayHavePromptWord(wordHashes) && HasPromptWord(text);
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

    /// <summary>
    /// One of the block's words has the hash of a prompt word: it may be one (and is looked at closely);
    /// without such a hash it is none (equal words have equal hashes).
    /// </summary>
    private static bool MayHavePromptWord(ReadOnlySpan<uint> wordHashes)
    {
        var filter = PromptWordHashFilter;
        foreach (var hash in wordHashes)
        {
            if (filter.MayContain(PromptFilterBitOf(hash)) && PromptWordHashes.AsSpan().Contains(hash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bits of the prompt words' hashes in <see cref="PromptWordHashFilter"/> (a power of two: few words of a block share a bit with one).</summary>
    private const int PromptFilterBits = 1024;

    /// <summary>A bit per prompt word's hash, read before the hashes themselves are compared (immutable once built).</summary>
    private static readonly BitFilter PromptWordHashFilter = PromptWordHashFilterOf(PromptWordHashes);

    /// <summary>The bit of a word hash in <see cref="PromptWordHashFilter"/>: its high half folded into its low one.</summary>
    private static uint PromptFilterBitOf(uint hash) => hash ^ (hash >> 16);

    private static BitFilter PromptWordHashFilterOf(System.Collections.Immutable.ImmutableArray<uint> hashes)
    {
        var filter = new BitFilter(PromptFilterBits);
        foreach (var hash in hashes)
        {
            filter.Add(PromptFilterBitOf(hash));
        }

        return filter;
    }

    /// <summary>The text has a word of newsletter prompts ("newsletter", "subscribe").</summary>
    private static bool HasPromptWord(ReadOnlySpan<char> text)
    {
        var lookup = PromptWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(text);
        while (reader.Next(lower, out var length))
        {
            if (lookup.Contains(lower[..length]))
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

        var lookup = PromptWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(sentence);
        while (reader.Next(lower, out var length))
        {
            if (lookup.Contains(lower[..length]))
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

    private static System.Collections.Immutable.ImmutableArray<uint> PromptWordHashesOf(IEnumerable<string> words)
    {
        var hashes = System.Collections.Immutable.ImmutableArray.CreateBuilder<uint>();
        foreach (var word in words)
        {
            hashes.Add(PageWords.HashOf(word));
        }

        return hashes.ToImmutable();
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

    private static bool IsRepetitionOf(ReadOnlySpan<char> text, int unit)
    {
        for (var i = unit; i < text.Length; i += unit)
        {
            if (!text.Slice(i, unit).SequenceEqual(text[..unit]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "jane_r says:", "Jane Roe on 3 May 2021 said:", "max schreibt:": the header of a comment: a
    /// handle or a name, perhaps a date or a time, then a verb of saying and a colon. "A spokesman for
    /// the company said:" is article text: its subject is not a name.
    /// </summary>
    private static BoilerplateKind? CommentHeaderKind(TextBlock block, ReadOnlySpan<char> key, TextVocabulary vocabulary)
    {
        // The colon tells "jane says:" from a heading such as "He said, she said".
        if (block.Words > MaxCommentHeaderWords || !block.Clean.EndsWith(':'))
        {
            return null;
        }

        var lastSpace = key.LastIndexOf(' ');
        if (lastSpace < 0)
        {
            return null;
        }

        var lastWord = key[(lastSpace + 1)..];
        if (!vocabulary.TryGetLabelByKey(lastWord, out var kind) || kind != BoilerplateKind.Comments
            || !IsCommenterThenDate(key[..lastSpace], vocabulary))
        {
            return null;
        }

        block.IsCommentHeader = true;
        return kind;
    }

    /// <summary>
    /// "jane_r", "Jane Roe on 3 May 2021 at 9:15 pm": one to three words that are not stopwords (a
    /// handle or a name), then nothing or a part with a digit in it (a date, a time).
    /// </summary>
    private static bool IsCommenterThenDate(ReadOnlySpan<char> subject, TextVocabulary vocabulary)
    {
        var nameWords = 0;
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(subject);
        var consumed = 0;
        while (reader.Next(lower, out var length))
        {
            var word = lower[..length];
            if (IsStopword(word, vocabulary) || char.IsDigit(word[0]))
            {
                break;
            }

            nameWords++;
            consumed = reader.Position;
        }

        var rest = subject[consumed..];
        return nameWords is > 0 and <= MaxCommenterNameWords && (rest.IsWhiteSpace() || rest.IndexOfAnyInRange('0', '9') >= 0);
    }

    /// <summary>A stopword of any language of the vocabulary.</summary>
    private static bool IsStopword(ReadOnlySpan<char> lowerWord, TextVocabulary vocabulary) => vocabulary.IsStopwordOfAnyLanguage(lowerWord);

    /// <summary>
    /// "Tags: politics, europe", "Posted by Jane Roe on 3 March", "Photo: AFP": a label with a short
    /// value is metadata, not body. Without a colon the value must be a name or a date ("By Jane Roe",
    /// "Updated 3 March 2021"), so that a title-case heading ("From Paris With Love") is not taken.
    /// </summary>
    private static BoilerplateKind? LabelledLineKind(TextBlock block, BlockFacts facts, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        var text = block.Clean.AsSpan();
        var colon = facts.MayHave(BlockMarks.Colon) && facts.MayLead(LeadKinds.Label) ? text.IndexOf(':') : -1;
        if (colon > 0)
        {
            var value = text[(colon + 1)..];
            if (vocabulary.TryGetLabel(text[..colon], out var kind) && Output.TextNormalizer.CountWords(value) <= MaxLabelValueWords)
            {
                return kind == BoilerplateKind.EmptyLabel ? LabelledValueKind(TextVocabulary.Key(text[..colon]), value, vocabulary, starts) : kind;
            }
        }

        if (block.EndsLikeSentence || block.Words > MaxLabelValueWords || !facts.MayLead(LeadKinds.EmptyLabel))
        {
            return null;
        }

        // Try the first one, two, three words as a label.
        var end = 0;
        for (var words = 1; words <= MaxLabelWords; words++)
        {
            var next = text[end..].IndexOf(' ');
            if (next < 0)
            {
                return null;
            }

            end += next;
            if (starts.IsEmptyLabel(text[..end], vocabulary)
                && (IsNameValue(text[end..], vocabulary) || IsDateValue(text[end..])))
            {
                return LabelledValueKind(TextVocabulary.Key(text[..end]), text[end..], vocabulary, starts);
            }

            end++;
        }

        return null;
    }

    /// <summary>
    /// What a labelled line is: a byline or dateline under an author or date label ("By", "Posted",
    /// "Updated"), a credit under a picture label or naming an agency ("Photo: AFP"), else other
    /// metadata ("Tags: ...").
    /// </summary>
    private static BoilerplateKind LabelledValueKind(string label, ReadOnlySpan<char> value, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        if (IsAuthorOrDateLabel(label))
        {
            return BoilerplateKind.Byline;
        }

        return IsPictureLabel(label, vocabulary) || HasCreditPiece(value, vocabulary, starts) ? BoilerplateKind.ImageCredit : BoilerplateKind.Other;
    }

    /// <summary>"by", "posted by", "author", "published", "updated on": a label of the metadata vocabulary for bylines and dates.</summary>
    private static bool IsAuthorOrDateLabel(string label)
    {
        var metadata = Metadata.MetadataVocabulary.Shared;
        return metadata.BylinePrefixes.Contains(label) || metadata.PublishedLabels.Contains(label) || metadata.ModifiedLabels.Contains(label)
            || IsAuthorPrefixed(label, metadata);
    }

    /// <summary>"posted by", "written by": a label that ends with a byline prefix.</summary>
    private static bool IsAuthorPrefixed(string label, Metadata.MetadataVocabulary metadata)
    {
        var lastSpace = label.LastIndexOf(' ');
        return lastSpace > 0 && metadata.BylinePrefixes.Contains(label[(lastSpace + 1)..]);
    }

    /// <summary>"photo", "image credit": a label that is a picture word of the vocabulary.</summary>
    private static bool IsPictureLabel(string label, TextVocabulary vocabulary) =>
        vocabulary.TryGetPhraseByKey(label, out var kind) && kind == BoilerplateKind.ImageCredit;

    /// <summary>
    /// "Jane Roe", "Jane Roe on 3 March 2021", "AFP": two to four capitalised words that are not
    /// stopwords (or one word in capitals, an agency), then nothing or a part with a digit (a date).
    /// </summary>
    private static bool IsNameValue(ReadOnlySpan<char> value, TextVocabulary vocabulary)
    {
        value = value.Trim();
        var words = 0;
        var allCaps = true;
        var consumed = 0;
        while (consumed < value.Length)
        {
            var rest = value[consumed..].TrimStart();
            var start = value.Length - rest.Length;
            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            if (word.IsEmpty || !char.IsUpper(word[0]) || IsStopwordIgnoringCase(word, vocabulary))
            {
                break;
            }

            allCaps &= word.IndexOfAnyInRange('a', 'z') < 0;
            words++;
            consumed = start + word.Length;
        }

        var tail = value[consumed..];
        var nameSized = words is >= MinNameWords and <= MaxNameWords || (words == 1 && allCaps);
        return nameSized && (tail.IsWhiteSpace() || tail.IndexOfAnyInRange('0', '9') >= 0 || StartsWithSeparator(tail));
    }

    /// <summary>"| Harbour Times", ", Harbour Times": what follows a name is its affiliation.</summary>
    private static bool StartsWithSeparator(ReadOnlySpan<char> tail)
    {
        tail = tail.TrimStart();
        return !tail.IsEmpty && (CreditSeparators.Contains(tail[0]) || tail[0] is '-' or '–' or '—');
    }

    private static bool IsStopwordIgnoringCase(ReadOnlySpan<char> word, TextVocabulary vocabulary)
    {
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(word);
        return reader.Next(lower, out var length) && IsStopword(lower[..length], vocabulary);
    }

    /// <summary>"3 March 2021", "20.03.2023 10:15": a value that begins with a number.</summary>
    private static bool IsDateValue(ReadOnlySpan<char> value)
    {
        value = value.TrimStart();
        return !value.IsEmpty && char.IsDigit(value[0]);
    }

    /// <summary>"17.8 C", "64°F", "-3 °C", "21°": a temperature standing alone (a weather widget).</summary>
    internal static bool IsTemperature(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '-' or '+' or '−')
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && (char.IsDigit(text[i]) || (digits > 0 && text[i] is '.' or ',')))
        {
            digits += char.IsDigit(text[i]) ? 1 : 0;
            i++;
        }

        if (digits == 0 || digits > MaxTemperatureDigits)
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var rest = text[i..].Trim();
        return TemperatureUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest);
    }

    /// <summary>"New York" under "17.8 C": a short capitalised place name beside a temperature.</summary>
    private static void MarkCitiesBesideTemperatures(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BoilerplateKind.Weather || !IsTemperature(blocks[i].Clean))
            {
                continue;
            }

            foreach (var j in (ReadOnlySpan<int>)[i - 1, i + 1])
            {
                if (j >= 0 && j < blocks.Count && blocks[j].Kind is null && IsPlaceName(blocks[j]))
                {
                    blocks[j].Kind = BoilerplateKind.Weather;
                }
            }
        }
    }

    private static bool IsPlaceName(TextBlock block) =>
        block.Words is > 0 and <= MaxCityWords && !block.EndsLikeSentence && block.CapitalizedShare >= MinNameLikeShare
        && block.Clean.AsSpan().IndexOfAnyInRange('0', '9') < 0;

    /// <summary>"© 2021 Harbour Times", "Copyright 2023 ...", "All rights reserved.".</summary>
    private static bool IsCopyrightLine(TextBlock block, BlockFacts facts, ReadOnlySpan<char> key, TextVocabulary vocabulary, KnownEntryStarts starts) =>
        block.Words <= MaxCopyrightLineWords
        && HasCopyrightMark(block.Clean, facts, key)
        && (HasYear(block.Clean) || HasFooterSentence(block.Clean, vocabulary, starts));

    /// <summary>"©" anywhere, or the line begins with "Copyright" or "(c)".</summary>
    private static bool HasCopyrightMark(ReadOnlySpan<char> text, BlockFacts facts, ReadOnlySpan<char> key)
    {
        if (facts.MayHave(BlockMarks.CopyrightSign) && text.IndexOf('©') >= 0)
        {
            return true;
        }

        foreach (var prefix in CopyrightPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run of exactly four digits: a year.</summary>
    private static bool HasYear(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
                continue;
            }

            if (run == YearDigits)
            {
                return true;
            }

            run = 0;
        }

        return false;
    }

    /// <summary>A sentence of the line is a footer phrase ("All rights reserved.", "Tous droits réservés.").</summary>
    private static bool HasFooterSentence(ReadOnlySpan<char> text, TextVocabulary vocabulary, KnownEntryStarts starts)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('.', '!', '|');
            var sentence = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (starts.IsFooterPhrase(sentence, vocabulary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Home > World > Asia", "About | Contact | Privacy": short steps between spaced separators.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> text)
    {
        // A sentence mark anywhere is prose (the walk below stops at the first one; most long
        // blocks have one early), and without a separator character there is no step (most lines).
        if (text.IndexOfAny('.', '!', '?') >= 0 || text.IndexOfAny(BreadcrumbSeparators) < 0)
        {
            return false;
        }

        var separators = 0;
        var wordsInStep = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsBreadcrumbSeparator(c) && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                separators++;
                wordsInStep = 0;
                inWord = false;
                continue;
            }

            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++wordsInStep > MaxBreadcrumbStepWords)
            {
                return false;
            }

            inWord = letter;
        }

        return separators >= MinBreadcrumbSeparators;
    }

    private static bool IsBreadcrumbSeparator(char c) => BreadcrumbSeparators.Contains(c);
}
