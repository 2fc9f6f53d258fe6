using ArticleExtract;

// The page bundled with this sample: a real news page as a scraper saved it, with its
// weather widget, advertisement markers and "Related articles" lists still in.
var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "news-page.txt"));

var article = ArticleExtractor.Parse(page);

Console.WriteLine($"Title:     {article.Title}");
Console.WriteLine($"Byline:    {article.Byline ?? "(none)"}");
Console.WriteLine($"Published: {article.Published?.ToString("yyyy-MM-dd") ?? "(none)"}");
Console.WriteLine($"Words:     {article.WordCount}");
Console.WriteLine();
Console.WriteLine(article.Text);
Console.WriteLine();
Console.WriteLine($"Removed {article.Boilerplate.Count} boilerplate blocks:");
foreach (var block in article.Boilerplate)
{
    Console.WriteLine($"  {block.Kind,-14} {block.Text}");
}
