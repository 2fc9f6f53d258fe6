using System.Text.Json;
using AngleSharp.Dom;
using ArticleExtract.Metadata;
using ArticleExtract.Text;

namespace ArticleExtract.Html.Candidates;

/// <summary>
/// The article body the publisher states in the page's JSON-LD (<c>articleBody</c>), as a body
/// candidate: its words are an input to the arbiter (how much of them the chosen container holds,
/// and how much of a wider one is theirs), and its text is the body only when the page gives
/// nothing else, since it is not always the text the page shows.
/// </summary>
internal sealed class PublisherBody
{
    /// <summary>A stated body shorter than this is a summary, not the article.</summary>
    private static readonly int MinBodyLength = (int)CandidateVocabulary.Shared.Number("MinPublisherBodyLength");

    private readonly HashSet<string> _words;

    private PublisherBody(string text, HashSet<string> words)
    {
        Text = text;
        _words = words;
    }

    /// <summary>The stated body as the page's JSON-LD gives it.</summary>
    public string Text { get; }

    /// <summary>
    /// The longest <c>articleBody</c> string of the page's JSON-LD (every object of every script
    /// the page scan parsed), when it is long enough; <c>null</c> otherwise.
    /// </summary>
    public static PublisherBody? Of(ParsedJsonLd jsonLd)
    {
        string? longest = null;
        foreach (var script in jsonLd.Scripts)
        {
            if (script.Document is not { } document)
            {
                continue;
            }

            foreach (var item in JsonObjects.Under(document.RootElement))
            {
                if (item.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String
                    && body.GetString() is { } text && text.Length > (longest?.Length ?? 0))
                {
                    longest = text;
                }
            }
        }

        return longest is null || longest.Length < MinBodyLength ? null : new PublisherBody(longest, DistinctWords.Of(longest));
    }

    /// <summary>
    /// How far an element's text and the stated body agree: the share of the stated body's distinct
    /// words the element holds, and the share of the element's distinct words that are the stated body's.
    /// </summary>
    public (double OfStated, double OfElement) Coverage(IElement element)
    {
        var words = DistinctWords.Of(element.TextContent);
        if (words.Count == 0)
        {
            return (0, 0);
        }

        var shared = DistinctWords.Shared(words, _words);
        return ((double)shared / _words.Count, (double)shared / words.Count);
    }

    /// <summary>The stated body as content of the page's document: a paragraph per line, as text (never parsed as markup).</summary>
    public IElement AsContent(IDocument document)
    {
        var content = document.CreateElement("div");
        foreach (var line in Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var paragraph = document.CreateElement("p");
            paragraph.TextContent = line;
            content.AppendChild(paragraph);
        }

        return content;
    }
}
