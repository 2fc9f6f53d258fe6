using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>Stage 4, part: Comment headers and labelled metadata lines ("By Jane Roe", "Tags: ...").</summary>
internal static partial class KnownBoilerplate
{
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
}
