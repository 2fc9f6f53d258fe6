using System.Text.Json;
using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The page's JSON-LD scripts, each parsed once per call: the metadata reader (<see cref="JsonLd"/>)
/// and the page-type features walk the same documents instead of parsing every script twice.
/// Per call, never shared; <see cref="Dispose"/> gives the documents' pooled buffers back.
/// </summary>
internal sealed class ParsedJsonLd : IDisposable
{
    /// <summary>Scripts longer than this are not parsed (a data dump, not a page's description).</summary>
    private const int MaxScriptLength = 2_000_000;

    /// <summary>How deep JSON may nest before the parser gives up on the script.</summary>
    private const int MaxJsonDepth = 64;

    /// <summary>The characters JSON allows around a value (RFC 8259 whitespace).</summary>
    private static readonly char[] JsonWhitespace = [' ', '\t', '\n', '\r'];

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxJsonDepth,
    };

    private readonly ParsedScript[] _scripts;

    private ParsedJsonLd(ParsedScript[] scripts) => _scripts = scripts;

    /// <summary>The scripts in document order, each with its document.</summary>
    public IReadOnlyList<ParsedScript> Scripts => _scripts;

    /// <summary>Parses every script once; broken JSON gives a script without a document.</summary>
    public static ParsedJsonLd Of(List<IElement> scripts)
    {
        var parsed = new ParsedScript[scripts.Count];
        for (var i = 0; i < parsed.Length; i++)
        {
            var written = ScriptText(scripts[i]);
            var text = StripCData(written);
            var document = Parse(text, out var lenient);
            parsed[i] = new ParsedScript(scripts[i], document, !lenient && IsWrittenText(text, written));
        }

        return new ParsedJsonLd(parsed);
    }

    /// <summary>Options as the metadata reader parses JSON-LD with (for a reader that parses a script's text itself).</summary>
    internal static JsonDocumentOptions Options => ParseOptions;

    public void Dispose()
    {
        foreach (var script in _scripts)
        {
            script.Document?.Dispose();
        }
    }

    /// <summary>
    /// The parsed script, or null when it is empty, too long or broken. A script whose strings hold raw
    /// control characters (a tab, a line break: invalid JSON that browsers' consumers accept) is read
    /// with them as spaces; <paramref name="lenient"/> says so.
    /// </summary>
    private static JsonDocument? Parse(ReadOnlyMemory<char> text, out bool lenient)
    {
        lenient = false;
        if (text.Length == 0 || text.Length > MaxScriptLength)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text, ParseOptions);
        }
        catch (JsonException) when (text.Span.IndexOfAnyInRange('\0', '\u001f') >= 0)
        {
            lenient = true;
            try
            {
                return JsonDocument.Parse(WithoutControlCharacters(text.Span), ParseOptions);
            }
            catch (JsonException)
            {
                return null;
            }
        }
        catch (JsonException)
        {
            // Broken JSON: the script says nothing we can trust.
            return null;
        }
    }

    private static string WithoutControlCharacters(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] < ' ' ? ' ' : chars[i];
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether the parsed text is the whole written text but for JSON whitespace at its ends, so
    /// parsing the written text gives the same document (or fails the same way).
    /// </summary>
    private static bool IsWrittenText(ReadOnlyMemory<char> text, string written)
    {
        var kept = written.AsMemory().Trim(JsonWhitespace);
        return text.Length is > 0 and <= MaxScriptLength && kept.Length == text.Length && kept.Span.Overlaps(text.Span, out var offset) && offset == 0;
    }

    /// <summary>The script's text: its one text child as it is (no copy), else the TextContent of its children.</summary>
    private static string ScriptText(IElement script)
    {
        var children = script.ChildNodes;
        return children.Length == 1 && children[0] is IText text ? text.Data : script.TextContent;
    }

    /// <summary>The text without a CDATA wrapper and surrounding whitespace, as a slice of it (scripts can be long: no copy).</summary>
    private static ReadOnlyMemory<char> StripCData(string text)
    {
        var memory = text.AsMemory().Trim();
        if (memory.Span.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            memory = memory[9..];
            if (memory.TrimEnd().Span.EndsWith("]]>", StringComparison.Ordinal))
            {
                memory = memory.TrimEnd()[..^3];
            }
        }

        return memory.Trim();
    }
}

/// <summary>One JSON-LD script and its parsed text.</summary>
/// <param name="Element">The &lt;script&gt; element.</param>
/// <param name="Document">
/// The JSON of its text without a CDATA wrapper and surrounding whitespace; null when that text
/// is empty, too long or not JSON.
/// </param>
/// <param name="AsWritten">
/// Whether that text is the script's text as written but for JSON whitespace at its ends, read
/// strictly (not with its raw control characters as spaces): then
/// <paramref name="Document"/> is exactly what parsing the written text gives (null: not JSON).
/// </param>
internal readonly record struct ParsedScript(IElement Element, JsonDocument? Document, bool AsWritten);
