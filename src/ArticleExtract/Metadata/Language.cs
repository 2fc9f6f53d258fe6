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
            var node = stack.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
            }
            else if (node is IElement element && element.LocalName is not ("script" or "style"))
            {
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
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

        var words = Dates.Words(text.AsSpan(0, Math.Min(text.Length, SampleWords * CharsPerWord)));
        if (words.Count > SampleWords)
        {
            words.RemoveRange(SampleWords, words.Count - SampleWords);
        }

        string? best = null;
        var bestHits = 0;
        foreach (var (language, stopwords) in BoilerplateVocabulary.Shared.Stopwords)
        {
            var hits = 0;
            foreach (var word in words)
            {
                hits += stopwords.Contains(word) ? 1 : 0;
            }

            if (hits > bestHits)
            {
                (best, bestHits) = (language, hits);
            }
        }

        return bestHits >= MinStopwordHits && bestHits >= words.Count * MinStopwordShare ? best : null;
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
