using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>Stage 4, part: Picture credits and captions, and gallery counters.</summary>
internal static partial class KnownBoilerplate
{
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
}
