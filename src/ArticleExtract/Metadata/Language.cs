using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Vocabulary;

namespace ArticleExtract.Metadata;

/// <summary>
/// The page's language: &lt;html lang&gt;, else the content-language meta, else og:locale or the
/// JSON-LD inLanguage, else the language whose stopwords are densest in the body text.
/// </summary>
internal static class Language
{
    /// <summary>How many words of the body are looked at for stopwords.</summary>
    private const int SampleWords = 2000;

    /// <summary>Characters of text read per sampled word (words, spaces and punctuation, generously).</summary>
    private const int CharsPerWord = 12;

    /// <summary>Fewer stopword hits than this: too little text to tell the language.</summary>
    private const int MinStopwordHits = 10;

    /// <summary>The best language must have this share of all words as stopwords.</summary>
    private const double MinStopwordShare = 0.15;

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
        const int MaxSampleChars = SampleWords * CharsPerWord;
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

    /// <summary>The language whose stopwords are densest in the text, when clear enough.</summary>
    public static string? FromStopwords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var vocabulary = BoilerplateVocabulary.Shared;
        var languages = vocabulary.StopwordLanguages;
        Span<int> hits = stackalloc int[languages.Length];
        var words = CountStopwords(text.AsSpan(0, Math.Min(text.Length, SampleWords * CharsPerWord)), vocabulary, hits);

        // The first language of the most hits, in the vocabulary's order.
        string? best = null;
        var bestHits = 0;
        for (var i = 0; i < languages.Length; i++)
        {
            if (hits[i] > bestHits)
            {
                (best, bestHits) = (languages[i], hits[i]);
            }
        }

        return bestHits >= MinStopwordHits && bestHits >= words * MinStopwordShare ? best : null;
    }

    /// <summary>Words longer than this are lower-cased in a heap buffer rather than on the stack.</summary>
    private const int StackWordLength = 64;

    /// <summary>
    /// Counts, per language, the stopwords among the first <see cref="SampleWords"/> words of the
    /// text (words as <see cref="Dates.Words"/> cuts them: letters and apostrophes, lower-cased);
    /// one lookup per word finds all its languages. Returns how many words were read.
    /// </summary>
    private static int CountStopwords(ReadOnlySpan<char> text, BoilerplateVocabulary vocabulary, Span<int> hits)
    {
        var lookup = vocabulary.StopwordLanguageMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stackBuffer = stackalloc char[StackWordLength];
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length && words < SampleWords; i++)
        {
            var isWord = i < text.Length && Dates.IsWordChar(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                var word = text[start..i];
                var lower = word.Length <= StackWordLength ? stackBuffer[..word.Length] : new char[word.Length];
                word.ToLowerInvariant(lower);
                if (lookup.TryGetValue(lower, out var mask))
                {
                    for (var language = 0; language < hits.Length; language++)
                    {
                        hits[language] += (int)((mask >> language) & 1);
                    }
                }

                words++;
                start = -1;
            }
        }

        return words;
    }

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
