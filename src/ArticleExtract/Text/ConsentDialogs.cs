namespace ArticleExtract.Text;

/// <summary>
/// Stage 4, part: the consent dialog a scraper saves with the page ("We and our 100 partners store
/// and/or access information on a device ..." and then "Privacy Preference Center", "Performance
/// Cookies", "Store and/or access information on a device 91 partners can use this purpose", "These
/// cookies allow us to count visits ...", "Always Active", "List of IAB Vendors"). Its banner is
/// recognised on its own (<see cref="KnownBoilerplate"/>, a paragraph of several consent words), or is
/// a longer such paragraph that the settings after it confirm (<see cref="OpensDialog"/>); the
/// lines of its settings are not, one by one, and their paragraphs read as prose: a run of them
/// outweighs the short cards of a listing. From a banner on, the dialog goes on while a line with a
/// consent word (<see cref="TextRules.ConsentWords"/>) comes at most <see cref="TextRules.MaxConsentDialogGap"/>
/// blocks after the last; it is the dialog only when it shows at least
/// <see cref="TextRules.MinConsentDialogLabels"/> short labels with a consent word ("Functional Cookies",
/// "Your Privacy"): an article about privacy has paragraphs, not a settings panel. Its lines are
/// marked <see cref="BoilerplateKind.CookieNotice"/>.
/// </summary>
internal static class ConsentDialogs
{
    public static void Mark(IReadOnlyList<TextBlock> blocks, PageWords words, TextRules rules)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!OpensDialog(blocks[i], words, rules))
            {
                continue;
            }

            var (end, labels) = DialogEnd(blocks, words, i, rules);
            if (labels >= rules.MinConsentDialogLabels)
            {
                for (var k = i; k <= end; k++)
                {
                    blocks[k].Kind ??= BoilerplateKind.CookieNotice;
                }
            }

            i = end;
        }
    }

    /// <summary>The banner that opens a dialog is a paragraph, not one of the vocabulary's buttons ("Accept all").</summary>
    private static bool IsBanner(TextBlock block, TextRules rules) => block.Words > rules.MaxMenuEntryWords;

    /// <summary>
    /// A dialog opens at a banner: one recognised on its own, or a paragraph too long for that with
    /// several consent words ("We and our 389 partners store and access personal data ... Selecting
    /// I Accept enables tracking ..."), which the settings after it confirm (an article's paragraph
    /// on privacy has no settings panel after it, and keeps its kind).
    /// </summary>
    private static bool OpensDialog(TextBlock block, PageWords words, TextRules rules) =>
        IsBanner(block, rules)
        && (block.Kind == BoilerplateKind.CookieNotice
            || (block.Kind is null && KnownBoilerplate.HasSeveralConsentWords(words.WordsOf(block))));

    /// <summary>The last line with a consent word of the dialog that opens at <paramref name="start"/>, and how many short labels it shows.</summary>
    private static (int End, int Labels) DialogEnd(IReadOnlyList<TextBlock> blocks, PageWords words, int start, TextRules rules)
    {
        int last = start, labels = 0;
        for (var j = start + 1; j < blocks.Count && j - last <= rules.MaxConsentDialogGap; j++)
        {
            var block = blocks[j];
            if (block.Kind == BoilerplateKind.CookieNotice || KnownBoilerplate.HasConsentWord(words.WordsOf(block)))
            {
                last = j;
                labels += IsLabel(block, rules) ? 1 : 0;
            }
        }

        return (last, labels);
    }

    /// <summary>"Strictly Necessary Cookies", "Your Privacy": a few words, no sentence.</summary>
    private static bool IsLabel(TextBlock block, TextRules rules) =>
        block.Words <= rules.MaxMenuEntryWords && !block.EndsLikeSentence;
}
