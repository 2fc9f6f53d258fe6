using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// Stage 4: recognises blocks that are boilerplate whatever their neighbours: vocabulary phrases,
/// labels and placeholders (in many languages), counts ("34 Comments"), teaser links
/// ("Read more: ..."), comment headers ("jane says:"), weather widgets, copyright lines and
/// breadcrumbs. Each gets its <see cref="BoilerplateKind"/>.
/// </summary>
internal static partial class KnownBoilerplate
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

    /// <summary>A temperature has at most this many digits ("-12.5 °C"; a longer number is a count or a year).</summary>
    private const int MaxTemperatureDigits = 4;

    /// <summary>
    /// The separators of a breadcrumb or a separated menu ("Home > World", "About | Contact"). Kept
    /// here, not in boilerplate.txt: the vocabulary loader has no set for characters.
    /// </summary>
    internal const string BreadcrumbSeparatorCharacters = ">›»|/→•·";

    /// <summary>The <see cref="BreadcrumbSeparatorCharacters"/>, to search for.</summary>
    private static readonly System.Buffers.SearchValues<char> BreadcrumbSeparators = System.Buffers.SearchValues.Create(BreadcrumbSeparatorCharacters);

    /// <summary>A placeholder repeated without a space ("spot_imgspot_img") is looked for in keys up to this long.</summary>
    private const int MaxRepeatedPlaceholderLength = 128;

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
            block.Kind = KindOf(block, words.WordsOf(block), BlockFacts.Of(block, starts), RawKey(block, ref rawKey), lookups, starts);
        }

        if (rawKey is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rawKey);
        }

        MarkCitiesBesideTemperatures(blocks);
        AuthorBoxes.Mark(blocks, TextRules.Shared);
        CountedLists.Mark(blocks, TextRules.Shared);
        AnchoredSections.Mark(blocks, TextRules.Shared);
        ConsentDialogs.Mark(blocks, words, TextRules.Shared);
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

    /// <summary>The kind of a block, or null when nothing marks it as boilerplate.</summary>
    private static BoilerplateKind? KindOf(TextBlock block, BlockWords words, BlockFacts facts, ReadOnlySpan<char> key, TextVocabulary vocabulary, KnownEntryStarts starts)
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
            ?? SectionHeadingKind(block, key)
            ?? CountHeadingKind(block, key)
            ?? (IsImageCredit(block, facts, vocabulary, starts) ? BoilerplateKind.ImageCredit : (BoilerplateKind?)null)
            ?? LabelledLineKind(block, facts, vocabulary, starts)
            ?? PromptKind(block, words, vocabulary, starts)
            ?? (IsConsentBanner(block, words) ? BoilerplateKind.CookieNotice : (BoilerplateKind?)null)
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

        if (!starts.TryGetTeaserPhrase(text[..colon], vocabulary, out var kind))
        {
            return null;
        }

        // "Read more: Another headline" links elsewhere; "Read more:" alone may head a list.
        block.IsTeaserLine = !text[(colon + 1)..].IsWhiteSpace();
        return kind;
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
}
