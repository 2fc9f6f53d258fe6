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

    /// <summary>A credit line ("Sanjeev Verma/Hindustan Times/Getty Images") has at most this many words.</summary>
    private const int MaxCreditLineWords = 10;

    /// <summary>What separates the names in a picture credit.</summary>
    private static readonly System.Buffers.SearchValues<char> CreditSeparators = System.Buffers.SearchValues.Create("/,;|:");

    /// <summary>The word between the numbers of a gallery counter ("of", "von", "de", "/") is at most this long.</summary>
    private const int MaxCounterWordLength = 3;

    /// <summary>A prompt ("Stay up to date. Subscribe to our newsletter.") has at most this many words.</summary>
    private const int MaxPromptWords = 20;

    /// <summary>A comment header ("jane doe says", "Alex on September 17, 2018 at 6:34 am said:") has at most this many words.</summary>
    private const int MaxCommentHeaderWords = 14;



    /// <summary>A city under a temperature has at most this many words.</summary>
    private const int MaxCityWords = 3;

    /// <summary>A breadcrumb or a separated menu has at least this many separators.</summary>
    private const int MinBreadcrumbSeparators = 2;

    /// <summary>A breadcrumb step has at most this many words.</summary>
    private const int MaxBreadcrumbStepWords = 5;

    /// <summary>Labels and phrases are looked for in at most this many leading words.</summary>
    private const int MaxLabelWords = 3;

    public static void Mark(IReadOnlyList<TextBlock> blocks, BoilerplateVocabulary vocabulary)
    {
        foreach (var block in blocks)
        {
            block.Kind = KindOf(block, vocabulary);
        }

        MarkCitiesBesideTemperatures(blocks);
    }

    private static BoilerplateKind? KindOf(TextBlock block, BoilerplateVocabulary vocabulary)
    {
        var key = BoilerplateVocabulary.Normalize(block.Raw);
        if (key.Length == 0)
        {
            return BoilerplateKind.Other;
        }

        if (vocabulary.Placeholders.TryGetValue(key, out var kind)
            || vocabulary.Phrases.TryGetValue(key, out kind)
            || vocabulary.Labels.TryGetValue(key, out kind))
        {
            return kind;
        }

        if (IsTemperature(block.Clean))
        {
            return BoilerplateKind.Weather;
        }

        if (IsCopyrightLine(block.Clean, key))
        {
            return BoilerplateKind.Footer;
        }

        return CountLineKind(block, vocabulary)
            ?? TeaserKind(block, vocabulary)
            ?? CommentHeaderKind(block, key, vocabulary)
            ?? (IsImageCredit(block, vocabulary) ? BoilerplateKind.ImageCredit : (BoilerplateKind?)null)
            ?? LabelledLineKind(block, vocabulary)
            ?? PromptKind(block, vocabulary)
            ?? (IsGalleryCounter(block.Clean) ? BoilerplateKind.Navigation : (BoilerplateKind?)null)
            ?? (IsBreadcrumb(block.Clean) ? BoilerplateKind.Navigation : null);
    }

    /// <summary>"34 Comments", "Comments (34)", "Share 16": a phrase with a count.</summary>
    private static BoilerplateKind? CountLineKind(TextBlock block, BoilerplateVocabulary vocabulary)
    {
        var text = block.Clean.AsSpan();
        if (block.Words > MaxCountLineWords || text.Length > MaxCountLineLength)
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

        var key = BoilerplateVocabulary.Normalize(buffer[..length]);
        return key.Length > 0 && (vocabulary.Phrases.TryGetValue(key, out var kind) || vocabulary.Labels.TryGetValue(key, out kind))
            ? kind
            : null;
    }

    /// <summary>"Read more: Another headline", "RELATED: ...": a link to another article under a phrase.</summary>
    private static BoilerplateKind? TeaserKind(TextBlock block, BoilerplateVocabulary vocabulary)
    {
        if (block.Words > MaxTeaserWords)
        {
            return null;
        }

        var text = block.Clean.AsSpan();
        var colon = text.IndexOfAny(':', '|');
        if (colon <= 0)
        {
            return null;
        }

        var key = BoilerplateVocabulary.Normalize(text[..colon]);
        return vocabulary.Phrases.TryGetValue(key, out var kind) && kind is BoilerplateKind.Related or BoilerplateKind.Advertisement or BoilerplateKind.Newsletter
            ? kind
            : null;
    }

    /// <summary>
    /// "Vicente Aguiar loads trims into his truck. (AP Photo/Alan Diaz, File)": a caption that ends with
    /// its picture's credit in brackets (an agency or "Photo ...") is an image caption, not body.
    /// </summary>
    private static bool EndsWithImageCredit(ReadOnlySpan<char> text, BoilerplateVocabulary vocabulary)
    {
        // Only the bracketed part at the end is a credit.
        text = text.TrimEnd();
        if (text.IsEmpty || text[^1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(');
        if (open < 0)
        {
            return false;
        }

        return HasCreditPiece(text[(open + 1)..^1], vocabulary);
    }

    /// <summary>A caption with its credit, a credit line, or a line under a caption label.</summary>
    private static bool IsImageCredit(TextBlock block, BoilerplateVocabulary vocabulary) =>
        EndsWithImageCredit(block.Clean, vocabulary) || IsCreditLine(block, vocabulary) || StartsWithCaptionLabel(block.Clean, vocabulary);

    /// <summary>"Image caption Scooter Braun has managed ...": a line that begins with a two-word caption label.</summary>
    private static bool StartsWithCaptionLabel(ReadOnlySpan<char> text, BoilerplateVocabulary vocabulary)
    {
        var first = text.IndexOf(' ');
        if (first < 0)
        {
            return false;
        }

        var second = text[(first + 1)..].IndexOf(' ');
        if (second < 0)
        {
            return false;
        }

        var label = BoilerplateVocabulary.Normalize(text[..(first + 1 + second)]);
        return label.Contains(' ') && vocabulary.Phrases.TryGetValue(label, out var kind) && kind == BoilerplateKind.ImageCredit;
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

    /// <summary>"Sanjeev Verma/Hindustan Times/Getty Images": a short line of names ending in an agency.</summary>
    private static bool IsCreditLine(TextBlock block, BoilerplateVocabulary vocabulary) =>
        block.Words <= MaxCreditLineWords && !block.EndsLikeSentence && block.Clean.AsSpan().IndexOfAny('/', '|') > 0
        && HasCreditPiece(block.Clean, vocabulary);

    /// <summary>One of the pieces between slashes, commas or bars is a picture agency or a credit phrase.</summary>
    private static bool HasCreditPiece(ReadOnlySpan<char> credit, BoilerplateVocabulary vocabulary)
    {
        while (!credit.IsEmpty)
        {
            var end = credit.IndexOfAny(CreditSeparators);
            var piece = end < 0 ? credit : credit[..end];
            credit = end < 0 ? [] : credit[(end + 1)..];
            if (vocabulary.Phrases.TryGetValue(BoilerplateVocabulary.Normalize(piece), out var kind) && kind == BoilerplateKind.ImageCredit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Stay up to date with us. Subscribe to our newsletter.": a short block with a sentence that is a
    /// prompt phrase (newsletter, cookies, sharing, comments) is that prompt.
    /// </summary>
    private static BoilerplateKind? PromptKind(TextBlock block, BoilerplateVocabulary vocabulary)
    {
        if (block.Words > MaxPromptWords || block.SentenceEnds == 0)
        {
            return null;
        }

        var text = block.Clean.AsSpan();
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('.', '!', '?');
            var sentence = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (vocabulary.Phrases.TryGetValue(BoilerplateVocabulary.Normalize(sentence), out var kind)
                && kind is BoilerplateKind.Newsletter or BoilerplateKind.CookieNotice or BoilerplateKind.Share or BoilerplateKind.Comments)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>"jane doe says:", "Alex on 17 September 2018 said:", "max schreibt:": the header of a comment.</summary>
    private static BoilerplateKind? CommentHeaderKind(TextBlock block, string key, BoilerplateVocabulary vocabulary)
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
        return vocabulary.Labels.TryGetValue(lastWord, out var kind) && kind == BoilerplateKind.Comments ? kind : null;
    }

    /// <summary>
    /// "Tags: politics, europe", "Posted by Jane Doe on 19 November", "Photo: AFP": a label with a short
    /// value is metadata, not body. Without a colon the value must look like a name or a date.
    /// </summary>
    private static BoilerplateKind? LabelledLineKind(TextBlock block, BoilerplateVocabulary vocabulary)
    {
        var text = block.Clean.AsSpan();
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            var label = BoilerplateVocabulary.Normalize(text[..colon]);
            if (vocabulary.Labels.TryGetValue(label, out var kind) && CountWords(text[(colon + 1)..]) <= MaxLabelValueWords)
            {
                return kind == BoilerplateKind.EmptyLabel ? BoilerplateKind.Byline : kind;
            }
        }

        if (block.EndsLikeSentence || block.Words > MaxLabelValueWords)
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
            var label = BoilerplateVocabulary.Normalize(text[..end]);
            if (vocabulary.Labels.TryGetValue(label, out var kind) && kind == BoilerplateKind.EmptyLabel && LooksLikeNameOrDate(text[end..]))
            {
                return BoilerplateKind.Byline;
            }

            end++;
        }

        return null;
    }

    /// <summary>Most words begin with a capital or a digit: a name, a date, an agency.</summary>
    private static bool LooksLikeNameOrDate(ReadOnlySpan<char> value)
    {
        int words = 0, nameLike = 0;
        var atWordStart = true;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLetterOrDigit(c))
            {
                words++;
                if (char.IsUpper(c) || char.IsDigit(c))
                {
                    nameLike++;
                }

                atWordStart = false;
            }
        }

        return words > 0 && nameLike >= words * MinNameLikeShare;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
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

        if (digits == 0 || digits > 4)
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var rest = text[i..].Trim();
        return rest is "°" or "°C" or "°F" or "° C" or "° F" or "C" or "F" or "℃" or "℉" or "ºC" or "ºF" or "º";
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

    /// <summary>"© 2019 NBC Universal", "Copyright 2023 ...", "All rights reserved.".</summary>
    private static bool IsCopyrightLine(ReadOnlySpan<char> text, string key) =>
        text.IndexOf('©') >= 0
        || key.StartsWith("copyright", StringComparison.Ordinal)
        || key.StartsWith("(c) ", StringComparison.Ordinal);

    /// <summary>"Home > World > Asia", "About | Contact | Privacy": short steps between spaced separators.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> text)
    {
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

            if (c is '.' or '!' or '?')
            {
                return false;
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

    private static bool IsBreadcrumbSeparator(char c) => c is '>' or '›' or '»' or '|' or '/' or '→' or '•' or '·';
}
