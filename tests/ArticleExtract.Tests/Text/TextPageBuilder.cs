namespace ArticleExtract.Tests.Text;

/// <summary>Small scraped pages of our own, rendered the ways different scrapers save text.</summary>
internal static class TextPageBuilder
{
    public static readonly string[] Body =
    [
        "The city council voted on Tuesday to rebuild the old harbour bridge, which has been closed to traffic since a storm damaged two of its pillars in the spring. The work is expected to take three years and will be paid for by a regional fund.",
        "Residents who live near the bridge said they were relieved by the decision. Many of them have had to drive for an extra half hour every day to reach the other side of the river, and shop owners on the north bank say their sales have fallen sharply.",
        "Engineers will first build a temporary crossing for pedestrians and cyclists, so that the two halves of the town are joined again before the winter. The mayor said that the new bridge would be wider than the old one and would have a separate lane for buses.",
        "Opposition members argued that the council should have asked for more than one offer before it chose a builder. They have asked the regional auditor to look at the contract, and said they would vote against the budget if the costs were not made public.",
    ];

    public const string Title = "Council votes to rebuild the harbour bridge";

    /// <summary>A news page as a scraper saves it: menu, weather, title, byline, body with an advertisement, related list, comments, footer.</summary>
    public static string[] Blocks() =>
    [
        "Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion",
        "Home > Local > Harbour",
        "17.8 C", "New York",
        Title,
        "By Jane Doe",
        "Published:",
        Body[0],
        "- Advertisement -",
        Body[1],
        Body[2],
        "spot_img",
        Body[3],
        "Share this article", "Facebook", "Twitter", "Email",
        "Related articles",
        "New bus lines planned for the north bank",
        "Harbour festival returns after two years",
        "Mayor opens the new library",
        "3 Comments",
        "jane_r says:",
        "About time! I have been waiting for this bridge for two years now and the detour is just awful every single day.",
        "© 2023 Harbour Times. All rights reserved.",
        "Privacy Policy", "Terms of Use",
    ];

    public static string WithBlankLines(IEnumerable<string> blocks) => string.Join("\n\n", blocks) + "\n";

    public static string WithSingleNewlines(IEnumerable<string> blocks) => string.Join("\n", blocks) + "\n";

    public static string WithWindowsNewlinesAndIndent(IEnumerable<string> blocks) => string.Join("\r\n\r\n", blocks.Select(b => "\t  " + b + " ")) + "\r\n";

    /// <summary>Every block wrapped at <paramref name="width"/> columns, blocks separated by a blank line (lynx, w3m, html2text).</summary>
    public static string HardWrapped(IEnumerable<string> blocks, int width)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var block in blocks)
        {
            var line = new System.Text.StringBuilder();
            foreach (var word in block.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    builder.Append(line).Append('\n');
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            builder.Append(line).Append("\n\n");
        }

        return builder.ToString();
    }
}
