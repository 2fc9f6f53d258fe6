using System.Collections.Frozen;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Text;

/// <summary>
/// Screens for the detectors of stage 4 (<see cref="KnownBoilerplate"/>) that look a piece of a block
/// up in the vocabulary and want only entries of some kinds ("Photo" as a picture word, "By" as an
/// empty label). The vocabulary's own screen (<see cref="TextVocabulary"/>) knows how any phrase
/// begins, and most first words of a page begin like one; these know how the phrases of those kinds
/// begin, which few pieces do, so that most pieces are passed over without being normalised and
/// hashed. A screen that says no means no entry of those kinds fits; one that says yes sends the
/// piece to the usual lookup. Immutable once built.
/// </summary>
internal sealed class KnownEntryStarts
{
    /// <summary>The screens of the shipped vocabulary, built once (they are immutable).</summary>
    private static readonly KnownEntryStarts SharedStarts = new(BoilerplateVocabulary.Shared);

    private KnownEntryStarts(BoilerplateVocabulary vocabulary)
    {
        ImageCreditPhrases = new KeyStarts(KeysOf(vocabulary.Phrases, kind => kind == BoilerplateKind.ImageCredit));
        PromptPhrases = new KeyStarts(KeysOf(vocabulary.Phrases, KnownBoilerplate.IsPromptKind));
        TeaserPhrases = new KeyStarts(KeysOf(vocabulary.Phrases, KnownBoilerplate.IsTeaserKind));
        FooterPhrases = new KeyStarts(KeysOf(vocabulary.Phrases, kind => kind == BoilerplateKind.Footer));
        EmptyLabels = new KeyStarts(KeysOf(vocabulary.Labels, kind => kind == BoilerplateKind.EmptyLabel));
        MenuEntryFirstWords = FirstWordsOf(KeysOf(vocabulary.Phrases, KnownBoilerplate.IsMenuEntryKind)).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How the picture words and agencies begin ("photo", "getty images").</summary>
    public KeyStarts ImageCreditPhrases { get; }

    /// <summary>How the phrases a prompt sentence may be begin ("subscribe to our newsletter", "leave a comment").</summary>
    public KeyStarts PromptPhrases { get; }

    /// <summary>How the phrases that introduce a teaser link begin ("read more", "sponsored").</summary>
    public KeyStarts TeaserPhrases { get; }

    /// <summary>How the footer phrases begin ("all rights reserved").</summary>
    public KeyStarts FooterPhrases { get; }

    /// <summary>How the labels that stand without a value begin ("by", "tags", "posted on").</summary>
    public KeyStarts EmptyLabels { get; }

    /// <summary>The first words of the phrases that are menu entries ("sign" of "sign in", "home"): a menu line begins with one.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MenuEntryFirstWords { get; }

    /// <summary>The screens for a vocabulary: the shipped one's are built once, any other's on each call.</summary>
    public static KnownEntryStarts For(BoilerplateVocabulary vocabulary) =>
        ReferenceEquals(vocabulary, BoilerplateVocabulary.Shared) ? SharedStarts : new KnownEntryStarts(vocabulary);

    /// <summary>"Photo", "Getty Images": the text is a picture word or an agency of the vocabulary.</summary>
    public bool IsImageCreditPhrase(ReadOnlySpan<char> text, TextVocabulary vocabulary) =>
        MayBeKeyOf(text, ImageCreditPhrases) && vocabulary.TryGetPhrase(text, out var kind) && kind == BoilerplateKind.ImageCredit;

    /// <summary>"Subscribe to our newsletter", "Leave a comment": the text is a phrase a prompt sentence may be (<see cref="KnownBoilerplate.IsPromptKind"/>).</summary>
    public bool TryGetPromptPhrase(ReadOnlySpan<char> text, TextVocabulary vocabulary, out BoilerplateKind kind)
    {
        kind = default;
        return MayBeKeyOf(text, PromptPhrases) && vocabulary.TryGetPhrase(text, out kind) && KnownBoilerplate.IsPromptKind(kind);
    }

    /// <summary>"Read more", "Sponsored": the text is a phrase that introduces a teaser link (<see cref="KnownBoilerplate.IsTeaserKind"/>).</summary>
    public bool TryGetTeaserPhrase(ReadOnlySpan<char> text, TextVocabulary vocabulary, out BoilerplateKind kind)
    {
        kind = default;
        return MayBeKeyOf(text, TeaserPhrases) && vocabulary.TryGetPhrase(text, out kind) && KnownBoilerplate.IsTeaserKind(kind);
    }

    /// <summary>"All rights reserved": the text is a footer phrase.</summary>
    public bool IsFooterPhrase(ReadOnlySpan<char> text, TextVocabulary vocabulary) =>
        MayBeKeyOf(text, FooterPhrases) && vocabulary.TryGetPhrase(text, out var kind) && kind == BoilerplateKind.Footer;

    /// <summary>"By", "Tags", "Posted on": the text is a label that stands without a value.</summary>
    public bool IsEmptyLabel(ReadOnlySpan<char> text, TextVocabulary vocabulary) =>
        MayBeKeyOf(text, EmptyLabels) && vocabulary.TryGetLabel(text, out var kind) && kind == BoilerplateKind.EmptyLabel;

    /// <summary>
    /// The key of <paramref name="text"/> (its normal form, <see cref="BoilerplateVocabulary.WriteKey"/>)
    /// may be one of the keys <paramref name="starts"/> was built from: false only when it begins
    /// otherwise than all of them. An empty key is left to the lookup.
    /// </summary>
    public static bool MayBeKeyOf(ReadOnlySpan<char> text, KeyStarts starts) =>
        !TryGetKeyStart(text, out var first, out var second) || starts.MayBegin(first, second);

    /// <summary>
    /// The first two characters of the key of <paramref name="text"/> without writing it:
    /// the first character that is not trimmed, lower-cased, then the next one (a space for white
    /// space, which collapses to one space inside a key) unless the rest is trimmed, else
    /// <see cref="KeyStarts.NoCharacter"/>. False when the key is empty.
    /// </summary>
    internal static bool TryGetKeyStart(ReadOnlySpan<char> text, out char first, out char second)
    {
        first = second = KeyStarts.NoCharacter;
        var start = FirstKept(text);
        if (start < 0)
        {
            return false;
        }

        first = LowerCase.Of(text[start]);
        var rest = text[(start + 1)..];
        if (FirstKept(rest) >= 0)
        {
            second = char.IsWhiteSpace(rest[0]) ? ' ' : LowerCase.Of(rest[0]);
        }

        return true;
    }

    /// <summary>Where the first character that the key keeps is (-1 when it keeps none).</summary>
    private static int FirstKept(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!BoilerplateVocabulary.IsTrimmable(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> KeysOf(FrozenDictionary<string, BoilerplateKind> entries, Func<BoilerplateKind, bool> ofKind)
    {
        var keys = new List<string>();
        foreach (var (key, kind) in entries)
        {
            if (ofKind(kind))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The words before the first space of the keys (a key has single spaces and none at its ends).</summary>
    private static FrozenSet<string> FirstWordsOf(List<string> keys)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            words.Add(space < 0 ? key : key[..space]);
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
