using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Html;
using ArticleExtract.Output;

namespace ArticleExtract.Metadata;

/// <summary>
/// The authors of an HTML page: the people of JSON-LD, else the author meta tags (author, dc:creator,
/// article:author, the "Written by" label of a Twitter card), else the byline the page shows (an
/// element marked as one, else a short "By …" line outside furniture, else a link to the author's own
/// page), else microdata; each cleaned
/// into names by <see cref="Authors"/>. Organisations named as the author go to the publisher. A tag that
/// a template left unfilled counts as none, and a shown byline that names the tagged authors and more
/// wins (<see cref="TaggedAuthor"/>).
/// </summary>
internal static class PageAuthors
{
    /// <summary>How many Twitter card label/data pairs are read ("twitter:label1" … "twitter:label4").</summary>
    private const int TwitterLabels = 4;

    public static void Read(IHtmlDocument document, PageScan scan, MetaTags meta, JsonLd? jsonLd, Microdata microdata, MetadataVocabulary vocabulary, ArticleMetadata metadata)
    {
        var articleAuthor = meta["article:author"];
        if (articleAuthor is not null && Urls.IsUrl(articleAuthor))
        {
            articleAuthor = null;
        }

        var pagePeople = PageObjectPeople(jsonLd, scan, vocabulary);
        var fromJsonLd = jsonLd is { AuthorsAreObjects: true, Authors.Count: > 0 } ? string.Join(", ", jsonLd.Authors)
            : pagePeople is not null ? string.Join(", ", pagePeople) : null;
        var tagged = MetadataText.Clean(fromJsonLd ?? CitationAuthors(meta) ?? meta.First("dc:creator", "author", "parsely-author") ?? articleAuthor ?? TwitterCardAuthor(meta, vocabulary));
        tagged = tagged is not null && TaggedAuthor.IsPlaceholder(tagged, vocabulary) ? null : tagged;
        // With a tag, only a byline the page marks as one can name more authors: the looser readers
        // (a short "By ..." line, a link to the person's page) are for pages without any tag.
        var shown = BylineElement.Find(document, vocabulary, out var boxName, out var shownParts)
            ?? (tagged is null ? ShownByline(scan, vocabulary) ?? AuthorLink.Find(scan, vocabulary) : null);
        // A forum poster's column: his user name over his rank and post count; the user name alone is the byline.
        if (shownParts is not null && BylineLines.PosterHandle(shownParts) is { } handle)
        {
            (shown, shownParts) = (handle, null);
        }

        // The names are read from the shown byline's lines apart ("Jane Doe" over her rank), the byline kept as shown.
        var shownNames = shownParts ?? shown;
        var coauthored = tagged is not null && shownNames is not null && TaggedAuthor.IsExtendedBy(tagged, shownNames, vocabulary);
        var byline = (coauthored ? shown : tagged ?? shown) ?? (microdata.Author is null ? boxName : null);
        var bylineIsShown = byline is not null && ReferenceEquals(byline, shown);
        metadata.BylineParts = bylineIsShown ? shownParts : null;
        var organizations = jsonLd?.OrganizationAuthors ?? [];
        metadata.Byline = byline ?? (organizations.Count > 0 ? string.Join(", ", organizations) : null);
        metadata.Publisher = MetadataText.Clean(organizations.Count > 0 ? organizations[0] : jsonLd?.Publisher);

        // The clean list: JSON-LD's names (unless the shown byline names more), else the names in the displayed byline, else microdata's author.
        var sources = jsonLd is { Authors.Count: > 0 } && !coauthored ? jsonLd.Authors
            : pagePeople is not null && !coauthored ? pagePeople
            : byline is not null ? [bylineIsShown ? shownNames! : byline]
            : microdata.Author is { } itemAuthor ? [itemAuthor]
            : [];
        foreach (var source in sources)
        {
            // Each source string may itself be a byline ("By Jane Doe, Reuters"): cleaned into names.
            foreach (var name in Authors.Parse(MetadataText.Unescape(source), vocabulary))
            {
                // After a person, a name of an organisation is the affiliation (JSON-LD's second "Person" "Acme Network").
                var affiliation = metadata.Authors.Count > 0 && Authors.IsOrganisation(name, vocabulary);
                if (!affiliation && !metadata.Authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    metadata.Authors.Add(name);
                }
            }
        }

        // Named nowhere else: the post's author as the CMS records it in a tag manager's data layer.
        if (metadata.Byline is null && DataLayerAuthor.Find(document, vocabulary) is { } recorded && !TaggedAuthor.IsPlaceholder(recorded, vocabulary))
        {
            metadata.Byline = recorded;
            metadata.Authors.AddRange(Authors.Parse(recorded, vocabulary));
        }

        if (metadata.Authors.Count == 0 && metadata.Byline is { } team && UnlabelledTeam(team, vocabulary) is { } unlabelled)
        {
            metadata.Byline = unlabelled;
        }
    }

    /// <summary>
    /// The people the JSON-LD page object names as its author (<see cref="JsonLd.PageObjectAuthors"/>), when the
    /// JSON-LD names no article author at all: a page typed "WebPage" with a "Person" author is an article whose
    /// platform did not call it one. Null when the article object names an author, or the page object none.
    /// </summary>
    private static List<string>? PageObjectPeople(JsonLd? jsonLd, PageScan scan, MetadataVocabulary vocabulary) =>
        jsonLd is { Authors.Count: > 0 } or { OrganizationAuthors.Count: > 0 } ? null
        : JsonLd.PageObjectAuthors(scan, vocabulary) is { Count: > 0 } people ? people
        : null;

    /// <summary>
    /// A byline that names no person but a team ("By the Acme Team", "Written by Acme Staff"): the team
    /// without the label, as a tagged team stands ("Acme Staff"); the label is the layout's, not the name's.
    /// Null when the byline has no label, or what follows it does not end with a team's word ("By admin").
    /// </summary>
    internal static string? UnlabelledTeam(string byline, MetadataVocabulary vocabulary)
    {
        var rest = Authors.StripPrefix(byline, vocabulary, out var hadPrefix);
        var space = rest.LastIndexOf(' ');
        return hadPrefix && space > 0 && vocabulary.CollectiveAuthors.Contains(rest[(space + 1)..]) ? rest : null;
    }

    /// <summary>
    /// The authors of a scholarly page's citation tags (one "citation_author" per author, the tags Google
    /// Scholar reads), in order, each "Family, Given" turned to "Given Family"; null when there are none.
    /// </summary>
    private static string? CitationAuthors(MetaTags meta)
    {
        var names = new List<string>();
        foreach (var key in (ReadOnlySpan<string>)["citation_author", "citation_authors"])
        {
            foreach (var value in meta.All(key))
            {
                var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                names.Add(parts.Length == 2 ? parts[1] + " " + parts[0] : value.Trim());
            }
        }

        return names.Count > 0 ? string.Join("; ", names) : null;
    }

    /// <summary>The data of a Twitter card whose label is a byline prefix ("twitter:label1" "Written by", "twitter:data1" the name).</summary>
    private static string? TwitterCardAuthor(MetaTags meta, MetadataVocabulary vocabulary)
    {
        for (var i = 1; i <= TwitterLabels; i++)
        {
            var label = meta[$"twitter:label{i}"];
            if (label is not null && vocabulary.BylinePrefixes.Contains(label.Trim().TrimEnd(':')))
            {
                return meta[$"twitter:data{i}"];
            }
        }

        return null;
    }

    /// <summary>
    /// A byline label alone in its element ("Written by") and the name in the next one: the two read as one line,
    /// when that line is a byline.
    /// </summary>
    private static string? LabelledSibling(IElement element, string text, MetadataVocabulary vocabulary)
    {
        if (!vocabulary.BylinePrefixes.Contains(text.TrimEnd(':').Trim()) || element.NextElementSibling is not { } next
            || BylineElement.TrimmedTextLength(next, vocabulary.MaxBylineLineLength * vocabulary.RawWhitespaceAllowance) >= vocabulary.MaxBylineLineLength * vocabulary.RawWhitespaceAllowance)
        {
            return null;
        }

        var sibling = TextNormalizer.CollapseWhitespace(next.TextContent);
        if (!ReadsAsName(sibling, vocabulary))
        {
            return null;
        }

        var line = text + " " + sibling;
        return line.Length < vocabulary.MaxBylineLineLength && LineMetadata.TryParseByline(line, out _) ? line : null;
    }

    /// <summary>
    /// The text beside a byline label reads as a name: enough capitalised words, initials counted, one
    /// of them a word of at least two letters ("Jane Doe", "J. B. Mackinnon"); not a letter ("C") or
    /// one heading word ("Titles").
    /// </summary>
    private static bool ReadsAsName(string text, MetadataVocabulary vocabulary)
    {
        var words = 0;
        var hasWord = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]))
            {
                words++;
                hasWord |= word.Count(char.IsLetter) >= vocabulary.MinNameWordLetters;
            }
        }

        return words >= vocabulary.MinLabelledNameWords && hasWord;
    }

    /// <summary>
    /// The element holds a block (a div, a heading, a paragraph): its text is several lines glued without a
    /// space ("Article by" over "Jane Doe" reads "Article byJane Doe"), no one line; its blocks are read each.
    /// </summary>
    private static bool HoldsBlock(IElement element)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (ElementRoles.BlockLike.Contains(child.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first short element outside furniture whose text is a byline ("By Jane Doe", "Von Max Muster").</summary>
    private static string? ShownByline(PageScan scan, MetadataVocabulary vocabulary)
    {
        if (scan.Elements is not { } tree)
        {
            return null;
        }

        foreach (var i in BylineElement.OutsideFurniture(tree, vocabulary))
        {
            var element = tree[i];
            if (tree.End(i) - i > VisibleDates.MaxLineElements)
            {
                continue;
            }

            // Indentation may make a short line long as written: the raw cap is wider, the line's own is on the text as read.
            var length = BylineElement.TrimmedTextLength(element, vocabulary.MaxBylineLineLength * vocabulary.RawWhitespaceAllowance);
            if (length == 0 || length >= vocabulary.MaxBylineLineLength * vocabulary.RawWhitespaceAllowance)
            {
                continue;
            }

            var text = TextNormalizer.CollapseWhitespace(element.TextContent);
            if (text.Length >= vocabulary.MaxBylineLineLength || HoldsBlock(element))
            {
                continue;
            }

            if (LineMetadata.TryParseByline(text, out _))
            {
                return text;
            }

            if (LabelledSibling(element, text, vocabulary) is { } labelled)
            {
                return labelled;
            }
        }

        return null;
    }
}
