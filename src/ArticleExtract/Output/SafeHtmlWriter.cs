using System.Net;
using System.Text;

namespace ArticleExtract.Output;

/// <summary>Writes the body as safe HTML: every paragraph an encoded <c>&lt;p&gt;</c> (first version).</summary>
internal static class SafeHtmlWriter
{
    public static string Write(IReadOnlyList<string> paragraphs)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            builder.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>\n");
        }

        return builder.ToString();
    }
}
