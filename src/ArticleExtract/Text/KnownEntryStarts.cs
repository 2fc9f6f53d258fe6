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
        var menuFirstWords = FirstWordsOf(KeysOf(vocabulary.Phrases, KnownBoilerplate.IsMenuEntryKind));
        MenuEntryFirstWords = menuFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        MenuEntryFirstWordStarts = new KeyStarts(menuFirstWords);
        MenuEntryFirstWordShapes = new KeyShapes(menuFirstWords);
        _entryShapes = new KeyShapes([.. vocabulary.Phrases.Keys, .. vocabulary.Labels.Keys, .. vocabulary.Placeholders.Keys]);
        var leads = LeadsOf(vocabulary);
        _leads = leads.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestLead = TextVocabulary.LongestKey(leads.Keys);
        _leadShapes = new KeyShapes(leads.Keys);

        // An empty key would be found for a piece of nothing but punctuation, whatever its lead.
        _screensLeads = !vocabulary.Labels.ContainsKey(string.Empty) && !vocabulary.Phrases.ContainsKey(string.Empty);
    }

    /// <summary>The kinds of entry each lead (<see cref="LeadOf"/>) of the labels and of the screened phrases begins.</summary>
    private readonly FrozenDictionary<string, LeadKinds>.AlternateLookup<ReadOnlySpan<char>> _leads;

    /// <summary>The shapes of the leads: most leads of a page are none, and are passed over without being hashed.</summary>
    private readonly KeyShapes _leadShapes;

    /// <summary>The longest lead: a longer one leads no entry.</summary>
    private readonly int _longestLead;

    /// <summary>Leads are screened (no entry is the empty key).</summary>
    private readonly bool _screensLeads;

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

    /// <summary>How the first words of the phrases that are menu entries begin.</summary>
    public KeyStarts MenuEntryFirstWordStarts { get; }

    /// <summary>The first and last characters and the lengths of the first words of the phrases that are menu entries.</summary>
    public KeyShapes MenuEntryFirstWordShapes { get; }

    /// <summary>The first and last characters and the lengths of the keys of all phrases, labels and placeholders.</summary>
    private readonly KeyShapes _entryShapes;

    /// <summary>
    /// A key (already normalised) may be a phrase, a label or a placeholder: false when no entry has
    /// its first and last characters and its length (most blocks of a page, whose keys would
    /// otherwise be hashed three times).
    /// </summary>
    public bool MayBeEntry(ReadOnlySpan<char> key) => _entryShapes.MayBe(key);

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
        return MayBeKeyOf(text, PromptPhrases) && (LeadKindsOf(text) & LeadKinds.PromptPhrase) != 0
            && vocabulary.TryGetPhrase(text, out kind) && KnownBoilerplate.IsPromptKind(kind);
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
    /// The kinds of entry a piece of <paramref name="text"/> that begins where it does may be: the
    /// entries whose key leads as the text does. A detector looks up pieces that run from the start
    /// of the text to a character the key trims (a space, a colon, a bar: "Photo:", "Posted by",
    /// "Read more |"): the key of such a piece has the same lead as the text, or is empty.
    /// </summary>
    public LeadKinds LeadKindsOf(ReadOnlySpan<char> text)
    {
        if (!_screensLeads)
        {
            return LeadKinds.All;
        }

        var start = TextVocabulary.FirstKept(text);
        if (start < 0)
        {
            return LeadKinds.None;
        }

        // The lead is the run of kept characters at the start, lower-cased (no lead is longer than the longest).
        var lead = text[start..];
        var length = 0;
        while (length < lead.Length && !BlockFacts.IsTrimmed(lead[length]))
        {
            if (++length > _longestLead)
            {
                return LeadKinds.None;
            }
        }

        // The lead has a character at least: the first one is kept.
        if (!_leadShapes.MayBe(LowerCase.Of(lead[0]), LowerCase.Of(lead[length - 1]), length))
        {
            return LeadKinds.None;
        }

        Span<char> lower = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            lower[i] = LowerCase.Of(lead[i]);
        }

        return _leads.TryGetValue(lower, out var kinds) ? kinds : LeadKinds.None;
    }

    /// <summary>
    /// The key of <paramref name="text"/> (its normal form, <see cref="BoilerplateVocabulary.WriteKey"/>)
    /// may be one of the keys <paramref name="starts"/> was built from: false only when it begins
    /// otherwise than all of them. An empty key is left to the lookup.
    /// </summary>
    public static bool MayBeKeyOf(ReadOnlySpan<char> text, KeyStarts starts) =>
        !TextVocabulary.TryGetKeyStart(text, out var first, out var second) || starts.MayBegin(first, second);

    /// <summary>
    /// The lead of a key: its characters up to the first one that keys trim only at their ends ("by"
    /// of "by:", "read" of "read more", "mis" of "mis à jour"). Lower-casing neither makes nor
    /// unmakes such a character (a test checks), so the lead of a text's key is its own lead lower-cased.
    /// </summary>
    internal static ReadOnlySpan<char> LeadOf(ReadOnlySpan<char> key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (BoilerplateVocabulary.IsTrimmable(key[i]))
            {
                return key[..i];
            }
        }

        return key;
    }

    private static FrozenDictionary<string, LeadKinds> LeadsOf(BoilerplateVocabulary vocabulary)
    {
        var leads = new Dictionary<string, LeadKinds>(StringComparer.Ordinal);
        void Add(string key, LeadKinds kinds)
        {
            var lead = LeadOf(key).ToString();
            leads[lead] = leads.GetValueOrDefault(lead) | kinds;
        }

        foreach (var (label, kind) in vocabulary.Labels)
        {
            Add(label, kind == BoilerplateKind.EmptyLabel ? LeadKinds.Label | LeadKinds.EmptyLabel : LeadKinds.Label);
        }

        foreach (var (phrase, kind) in vocabulary.Phrases)
        {
            var kinds = (kind == BoilerplateKind.ImageCredit ? LeadKinds.ImageCreditPhrase : LeadKinds.None)
                | (KnownBoilerplate.IsTeaserKind(kind) ? LeadKinds.TeaserPhrase : LeadKinds.None)
                | (KnownBoilerplate.IsPromptKind(kind) ? LeadKinds.PromptPhrase : LeadKinds.None);
            if (kinds != LeadKinds.None)
            {
                Add(phrase, kinds);
            }
        }

        return leads.ToFrozenDictionary(StringComparer.Ordinal);
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

/// <summary>The kinds of entry a lead (<see cref="KnownEntryStarts.LeadKindsOf"/>) begins.</summary>
[Flags]
internal enum LeadKinds : byte
{
    None = 0,

    /// <summary>A label of any kind ("Tags", "Share").</summary>
    Label = 1,

    /// <summary>A label that stands without a value ("By", "Posted on").</summary>
    EmptyLabel = 2,

    /// <summary>A picture word or an agency ("Photo", "Getty Images").</summary>
    ImageCreditPhrase = 4,

    /// <summary>A phrase that introduces a teaser link ("Read more").</summary>
    TeaserPhrase = 8,

    /// <summary>A phrase a prompt sentence may be ("Subscribe to our newsletter"); looked for by the lead of each sentence.</summary>
    PromptPhrase = 16,

    /// <summary>Every kind: what is taken when leads are not screened.</summary>
    All = Label | EmptyLabel | ImageCreditPhrase | TeaserPhrase | PromptPhrase,
}

/// <summary>
/// A filter on the first and last characters and the length of the keys of a dictionary (a bit per
/// hash of the three): when it says no, no key has that shape; when it says yes, one may. Immutable once built.
/// </summary>
internal sealed class KeyShapes
{
    /// <summary>The number of bits of the filter (a power of two: 8 KiB, few false yeses for a few thousand keys).</summary>
    private const int Bits = 1 << 16;

    private readonly BitFilter _filter = new(Bits);

    /// <summary>A filter of the shapes of <paramref name="keys"/>.</summary>
    public KeyShapes(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length > 0)
            {
                _filter.Add(BitOf(key[0], key[^1], key.Length));
            }
        }
    }

    /// <summary>Some key may have the shape of <paramref name="key"/> (an empty key is left to the lookup).</summary>
    public bool MayBe(ReadOnlySpan<char> key) => key.IsEmpty || MayBe(key[0], key[^1], key.Length);

    /// <summary>Some key of <paramref name="length"/> (at least one) may begin with <paramref name="first"/> and end with <paramref name="last"/>.</summary>
    public bool MayBe(char first, char last, int length) => _filter.MayContain(BitOf(first, last, length));

    private static uint BitOf(char first, char last, int length) => ((((uint)first * 31) + last) * 31) + (uint)length;
}
