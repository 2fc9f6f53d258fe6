using System.Text.Json;
using AngleSharp.Dom;
using ArticleExtract.Metadata;

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
    /// The longest <c>articleBody</c> string of the page's JSON-LD scripts, when it is long enough;
    /// <c>null</c> otherwise. Only scripts that mention the property are parsed.
    /// </summary>
    public static PublisherBody? Of(IReadOnlyList<IElement> scripts)
    {
        string? longest = null;
        foreach (var script in scripts)
        {
            var source = script.TextContent;
            if (!source.Contains("articleBody", StringComparison.Ordinal))
            {
                continue;
            }

            if (LongestBodyIn(source) is { } body && body.Length > (longest?.Length ?? 0))
            {
                longest = body;
            }
        }

        return longest is null || longest.Length < MinBodyLength ? null : new PublisherBody(longest, WordsOf(longest));
    }

    /// <summary>
    /// How far an element's text and the stated body agree: the share of the stated body's distinct
    /// words the element holds, and the share of the element's distinct words that are the stated body's.
    /// </summary>
    public (double OfStated, double OfElement) Coverage(IElement element)
    {
        var words = WordsOf(element.TextContent);
        if (words.Count == 0)
        {
            return (0, 0);
        }

        var shared = 0;
        foreach (var word in words)
        {
            if (_words.Contains(word))
            {
                shared++;
            }
        }

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

    /// <summary>The longest articleBody string of one script (walked with a stack, not recursion); <c>null</c> when it does not parse.</summary>
    private static string? LongestBodyIn(string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source.Trim(), ParsedJsonLd.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            string? longest = null;
            var stack = new Stack<JsonElement>();
            stack.Push(document.RootElement);
            while (stack.Count > 0)
            {
                var value = stack.Pop();
                if (value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in value.EnumerateArray())
                    {
                        stack.Push(item);
                    }
                }
                else if (value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in value.EnumerateObject())
                    {
                        if (property.NameEquals("articleBody") && property.Value.ValueKind == JsonValueKind.String)
                        {
                            var body = property.Value.GetString();
                            if (body is not null && body.Length > (longest?.Length ?? 0))
                            {
                                longest = body;
                            }
                        }
                        else
                        {
                            stack.Push(property.Value);
                        }
                    }
                }
            }

            return longest;
        }
    }

    private static HashSet<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            words.Add(word);
        }

        return words;
    }

    /// <summary>The lower-case words (runs of letters and digits) of a text.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
