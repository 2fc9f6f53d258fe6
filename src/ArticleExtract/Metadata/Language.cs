using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Text;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Metadata;

/// <summary>
/// The page's language: &lt;html lang&gt;, else the content-language meta, else og:locale or the
/// JSON-LD inLanguage, else the language whose stopwords are densest in the body text: the one
/// stopword detector, which the text pipeline calls as well (<see cref="PageLanguage"/>).
/// </summary>
internal static class Language
{
    /// <summary>The detector reads at most this many words (enough to decide, and keeps it cheap on huge pages).</summary>
    private const int MaxSampleWords = 20_000;

    /// <summary>Of an HTML body, at most this many characters are read (about two thousand words).</summary>
    private const int MaxSampleChars = 24_000;

    /// <summary>The best language's stopwords must be at least this share of the words (below it no list fits).</summary>
    private const double MinStopwordShare = 0.08;

    /// <summary>The declared or detected language code, or null.</summary>
    public static string? Detect(IHtmlDocument document, MetaTags meta, JsonLd? jsonLd)
    {
        return Declared(document.DocumentElement?.GetAttribute("lang"))
            ?? Declared(meta["content-language"])
            ?? Declared(meta["og:locale"]?.Replace('_', '-'))
            ?? Declared(jsonLd?.Language)
            ?? FromStopwords(document.Body is { } body ? SampleText(body) : null);
    }

    /// <summary>
    /// The body's text as TextContent joins it, without scripts and styles, and only as much as
    /// <see cref="FromStopwords"/> reads: an iterative walk over the text nodes that stops at the cap.
    /// </summary>
    private static string SampleText(IElement body)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0 && text.Length < MaxSampleChars)
        {
            // Element first, by its class (cheap); the interface test is left for the other nodes.
            var node = stack.Pop();
            if (node is Element element)
            {
                if (element.LocalName is not ("script" or "style"))
                {
                    var children = ((INode)element).ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        stack.Push(children[i]);
                    }
                }
            }
            else if (node is IText textNode)
            {
                text.Append(textNode.Data);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The language whose stopwords are densest in a text (the HTML body's first words): its words read
    /// as the text stages read them (<see cref="WordReader"/>), then <see cref="FromStopwordMasks"/>.
    /// </summary>
    public static string? FromStopwords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var vocabulary = BoilerplateVocabulary.Shared;
        var stopwords = WordTable.Stopwords(vocabulary);
        var masks = new List<uint>();
        Span<char> lower = stackalloc char[WordReader.MaxWordLength];
        var reader = new WordReader(text);
        while (masks.Count < MaxSampleWords && reader.NextHashed(lower, out var length, out var hash))
        {
            masks.Add(stopwords.ValueOf(lower[..length], hash));
        }

        return FromStopwordMasks(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(masks), vocabulary.StopwordLanguages);
    }

    /// <summary>
    /// The one stopword language detector of both pipelines. Each word's mask has bit <c>i</c> when it
    /// is a stopword of <c>languages[i]</c>; the language of the most stopwords among the first
    /// <see cref="MaxSampleWords"/> words wins (the first in the vocabulary's order on a tie), when
    /// its stopwords are enough of them (<see cref="IsClearEnough"/>); else null (Chinese, Japanese, a
    /// language without a list, too little text).
    /// </summary>
    public static string? FromStopwordMasks(ReadOnlySpan<uint> masks, ImmutableArray<string> languages)
    {
        var sample = masks[..Math.Min(masks.Length, MaxSampleWords)];
        Span<int> counts = stackalloc int[BoilerplateVocabulary.MaxStopwordLanguages];
        counts.Clear();
        foreach (var word in sample)
        {
            for (var mask = word; mask != 0; mask &= mask - 1)
            {
                counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
            }
        }

        string? best = null;
        var bestCount = 0;
        for (var i = 0; i < languages.Length; i++)
        {
            if (counts[i] > bestCount)
            {
                (best, bestCount) = (languages[i], counts[i]);
            }
        }

        return best is not null && IsClearEnough(bestCount, sample.Length) ? best : null;
    }

    /// <summary>The best language's stopwords are enough of the words read to name the language.</summary>
    private static bool IsClearEnough(int stopwords, int words) => stopwords >= words * MinStopwordShare;

    /// <summary>A declared code, trimmed; the first of a comma-separated list.</summary>
    private static string? Declared(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var first = value.Split(',')[0].Trim();
        return first.Length is > 0 and <= 35 ? first : null;
    }
}
