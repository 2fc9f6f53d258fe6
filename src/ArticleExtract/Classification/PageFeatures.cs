using AngleSharp.Dom;
using ArticleExtract.Html;
using ArticleExtract.Metadata;
using FrozenLookup = System.Collections.Frozen.FrozenDictionary<string, int[]>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace ArticleExtract.Classification;

/// <summary>
/// The page-type classifier's features of one page, read from the untouched document: its
/// structure (counts of paragraphs, code blocks, lists, forms; text and link shares; runs of
/// same-shaped siblings), its schema.org types and og:type, the words of its address, and counts
/// of the vocabulary's class words and short phrases (<see cref="FeatureVocabulary"/>). The same
/// code gives the training project its rows, so training and extraction see identical values.
/// </summary>
internal static partial class PageFeatures
{
    /// <summary>The structural features, in vector order (the vocabulary's groups follow them).</summary>
    private static readonly string[] StructuralNames =
    [
        "elements", "text", "linkShare", "paragraphs", "paragraphShare", "meanParagraph", "pre", "code",
        "h1", "h2", "h3", "h4plus", "listItems", "lists", "tables", "tableRows", "definitionTerms",
        "forms", "inputs", "buttons", "selects", "images", "articles", "times", "navs", "asides",
        "blockquotes", "mains", "itemprops", "prices", "jsonLdScripts", "longestRun", "cardRuns",
        "cardRunShare", "itemRunShare", "proseRuns", "headingShare", "urlDepth", "urlNumber",
        "urlQuery", "urlDate", "titleLength", "published", "authors", "byline",
    ];

    private enum S
    {
        Elements, Text, LinkShare, Paragraphs, ParagraphShare, MeanParagraph, Pre, Code,
        H1, H2, H3, H4Plus, ListItems, Lists, Tables, TableRows, DefinitionTerms,
        Forms, Inputs, Buttons, Selects, Images, Articles, Times, Navs, Asides,
        Blockquotes, Mains, ItemProps, Prices, JsonLdScripts, LongestRun, CardRuns,
        CardRunShare, ItemRunShare, ProseRuns, HeadingShare, UrlDepth, UrlNumber,
        UrlQuery, UrlDate, TitleLength, Published, Authors, Byline,
    }

    /// <summary>Whether the page's address was known when its features were read.</summary>
    public static bool HasAddress(float[] features) => features[(int)S.UrlDepth] >= 0;

    /// <summary>
    /// Whether the page declares itself an article (og:type or a schema.org type of the article
    /// group) without declaring itself a thread (a schema.org type of the forum group).
    /// </summary>
    public static bool DeclaresArticleNotThread(float[] features)
    {
        var vocabulary = FeatureVocabulary.Default;
        var offsets = GroupOffsets(vocabulary);
        var article = features[offsets.Schema + Array.IndexOf(vocabulary.SchemaGroups, "article")] + features[offsets.Og + Array.IndexOf(vocabulary.OgGroups, "article")];
        var forum = features[offsets.Schema + Array.IndexOf(vocabulary.SchemaGroups, "forum")];
        return article > 0 && forum == 0;
    }

    /// <summary>The names of the features, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } = NamesOf(FeatureVocabulary.Default);

    /// <summary>The feature vector of a page.</summary>
    /// <param name="elements">The document's elements in document order, as the page scan read them.</param>
    /// <param name="scan">The page scan (JSON-LD scripts, metas).</param>
    /// <param name="metadata">The page's metadata (title, dates, authors).</param>
    /// <param name="address">The page's address, when known (canonical or given).</param>
    public static float[] Of(TreeOrder elements, PageScan scan, ArticleMetadata metadata, string? address) =>
        Of(elements, scan, metadata, address, out _);

    /// <summary>As <see cref="Of(TreeOrder, PageScan, ArticleMetadata, string?)"/>, with the product description of the page's JSON-LD, if any.</summary>
    public static float[] Of(TreeOrder elements, PageScan scan, ArticleMetadata metadata, string? address, out string? productDescription)
    {
        var vocabulary = FeatureVocabulary.Default;
        var values = new float[Names.Count];
        var offsets = GroupOffsets(vocabulary);
        var text = new int[elements.Count + 1];
        var linkText = new int[elements.Count + 1];
        var classes = new string?[elements.Count];
        StructureAndText(elements, values, text, linkText, classes, vocabulary, offsets.Token);

        // Prefix sums: the text under position i is text[End(i)] - text[i] once summed.
        PrefixSum(text);
        PrefixSum(linkText);
        var total = Math.Max(1, text[^1]);
        values[(int)S.Text] = text[^1];
        values[(int)S.LinkShare] = (float)linkText[^1] / total;
        ParagraphsAndPhrases(elements, values, text, total, vocabulary, offsets.Phrase);
        SiblingRuns(elements, values, text, classes, total);
        productDescription = Schema(scan, values, vocabulary, offsets.Schema);
        Address(address, values, vocabulary, offsets.Url, offsets.Host);
        Title(metadata.Title, values, vocabulary, offsets.Title);
        values[(int)S.TitleLength] = metadata.Title?.Length ?? 0;
        values[(int)S.Published] = metadata.Published is not null ? 1 : 0;
        values[(int)S.Authors] = metadata.Authors.Count;
        values[(int)S.Byline] = metadata.Byline is null ? 0 : 1;
        return values;
    }

    private static string[] NamesOf(FeatureVocabulary vocabulary) =>
    [
        .. StructuralNames,
        .. vocabulary.SchemaGroups.Select(g => "schema." + g),
        .. vocabulary.OgGroups.Select(g => "og." + g),
        .. vocabulary.UrlGroups.Select(g => "url." + g),
        .. vocabulary.UrlGroups.Select(g => "host." + g),
        .. vocabulary.TokenGroups.Select(g => "token." + g),
        .. vocabulary.PhraseGroups.Select(g => "phrase." + g),
        .. vocabulary.TitleGroups.Select(g => "title." + g),
    ];

    private readonly record struct Offsets(int Schema, int Og, int Url, int Host, int Token, int Phrase, int Title);

    private static Offsets GroupOffsets(FeatureVocabulary v)
    {
        var schema = StructuralNames.Length;
        var og = schema + v.SchemaGroups.Length;
        var url = og + v.OgGroups.Length;
        var host = url + v.UrlGroups.Length;
        var token = host + v.UrlGroups.Length;
        var phrase = token + v.TokenGroups.Length;
        return new Offsets(schema, og, url, host, token, phrase, phrase + v.PhraseGroups.Length);
    }

    private static void PrefixSum(int[] values)
    {
        // values[i] holds position i's own count; afterwards values[i] is the sum before position i.
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var own = values[i];
            values[i] = sum;
            sum += own;
        }
    }

    /// <summary>One walk: tag counts, class words, prices, and each element's own text (in <paramref name="text"/>, by position).</summary>
    private static void StructureAndText(TreeOrder elements, float[] values, int[] text, int[] linkText, string?[] classes, FeatureVocabulary vocabulary, int tokenOffset)
    {
        var skipEnd = 0;
        var linkEnd = 0;
        var tokenLookup = vocabulary.Tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            values[(int)S.Elements]++;
            if (i < skipEnd)
            {
                continue;
            }

            var tag = element.LocalName;
            if (tag is "script" or "style" or "noscript" or "template" or "svg" or "head")
            {
                skipEnd = elements.End(i);
                continue;
            }

            CountTag(tag, values);
            if (tag == "a")
            {
                linkEnd = Math.Max(linkEnd, elements.End(i));
            }

            classes[i] = Attributes(element, values, tokenLookup, tokenOffset, vocabulary);

            var own = OwnText(element, values);
            text[i] = own;
            if (i < linkEnd)
            {
                linkText[i] = own;
            }
        }
    }

    private static void CountTag(string tag, float[] values)
    {
        var feature = tag switch
        {
            "p" => S.Paragraphs,
            "pre" => S.Pre,
            "code" => S.Code,
            "h1" => S.H1,
            "h2" => S.H2,
            "h3" => S.H3,
            "h4" or "h5" or "h6" => S.H4Plus,
            "li" => S.ListItems,
            "ul" or "ol" => S.Lists,
            "table" => S.Tables,
            "tr" => S.TableRows,
            "dt" => S.DefinitionTerms,
            "form" => S.Forms,
            "input" or "textarea" => S.Inputs,
            "button" => S.Buttons,
            "select" => S.Selects,
            "img" => S.Images,
            "article" => S.Articles,
            "time" => S.Times,
            "nav" => S.Navs,
            "aside" => S.Asides,
            "blockquote" => S.Blockquotes,
            "main" => S.Mains,
            _ => (S)(-1),
        };
        if (feature >= 0)
        {
            values[(int)feature]++;
        }
    }

    /// <summary>
    /// One pass over the element's attributes: counts it once for each group one of its class or
    /// id words belongs to, its itemprop and its microdata type; returns its class.
    /// </summary>
    private static string? Attributes(Element element, float[] values, FrozenLookup tokens, int offset, FeatureVocabulary vocabulary)
    {
        var attributes = ((IElement)element).Attributes;
        if (attributes.Length == 0)
        {
            return null;
        }

        string? className = null, id = null;
        for (var a = 0; a < attributes.Length; a++)
        {
            // Every attribute of a parsed element is AngleSharp's sealed Attr: its members are called directly, not through IAttr.
            if (attributes[a] is not Attr attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "class":
                    className ??= attribute.Value;
                    break;
                case "id":
                    id ??= attribute.Value;
                    break;
                case "itemprop":
                    values[(int)S.ItemProps]++;
                    break;
                case "itemtype":
                    CountSchemaName(attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), values, vocabulary, StructuralNames.Length);
                    break;
            }
        }

        var seen = WordsOf(className, values, tokens, offset, 0UL);
        WordsOf(id, values, tokens, offset, seen);
        return className;
    }

    /// <summary>The length of the element's own text (its text children, trimmed), counting prices on the way.</summary>
    private static int OwnText(Element element, float[] values)
    {
        var length = 0;
        var nodes = ((INode)element).ChildNodes;
        for (var index = 0; index < nodes.Length; index++)
        {
            // Element children first, by a class test: an interface test of an element scans its many interfaces.
            var node = nodes[index];
            if (node is Element || node is not ICharacterData { NodeType: NodeType.Text } data)
            {
                continue;
            }

            var span = data.Data.AsSpan().Trim();
            length += span.Length;
            values[(int)S.Prices] += Prices(span);
        }

        return length;
    }

    /// <summary>How many currency signs stand next to a digit in the text.</summary>
    private static int Prices(ReadOnlySpan<char> span)
    {
        var count = 0;
        var index = span.IndexOfAny(CurrencySigns);
        while (index >= 0)
        {
            var before = index > 0 && char.IsAsciiDigit(span[index - 1]);
            var after = index + 1 < span.Length && (char.IsAsciiDigit(span[index + 1]) || (span[index + 1] == ' ' && index + 2 < span.Length && char.IsAsciiDigit(span[index + 2])));
            if (before || after)
            {
                count++;
            }

            span = span[(index + 1)..];
            index = span.IndexOfAny(CurrencySigns);
        }

        return count;
    }

    private static readonly System.Buffers.SearchValues<char> CurrencySigns = System.Buffers.SearchValues.Create("$€£¥₹₩₽");
}
