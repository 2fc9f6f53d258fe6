using System.Globalization;
using AngleSharp.Dom;

namespace ArticleExtract.Output;

/// <summary>
/// Finds an image's real source: lazy-loading pages keep it in a data attribute or a srcset and
/// put a placeholder (often a tiny data: URL) in <c>src</c>. Candidates are tried in order and the
/// first one that is a usable absolute http(s) URL wins.
/// </summary>
internal static class ImageSource
{
    /// <summary>
    /// The width a "1x" density counts as when densities and widths are compared: tiny, so any
    /// width descriptor wins (widths are what responsive image sets use for their large files).
    /// </summary>
    private const double DensityAsWidth = 0.001;

    /// <summary>Attributes that lazy-loading scripts read a srcset from, best first.</summary>
    private static readonly string[] LazySrcsetAttributes = ["data-srcset", "data-lazy-srcset"];

    /// <summary>Attributes that lazy-loading scripts read a single URL from, best first.</summary>
    private static readonly string[] LazySrcAttributes = ["data-src", "data-original", "data-lazy-src", "data-lazy", "data-hi-res-src", "data-url"];

    /// <summary>The image's absolute source URL, or <c>null</c> when it has none usable.</summary>
    public static string? Resolve(IElement image, Uri? baseUri)
    {
        foreach (var name in LazySrcsetAttributes)
        {
            if (SafeUrl.Resolve(LargestCandidate(image.GetAttribute(name)), baseUri) is { } url)
            {
                return url;
            }
        }

        foreach (var name in LazySrcAttributes)
        {
            if (SafeUrl.Resolve(image.GetAttribute(name), baseUri) is { } url)
            {
                return url;
            }
        }

        return SafeUrl.Resolve(LargestCandidate(image.GetAttribute("srcset")), baseUri)
            ?? SafeUrl.Resolve(image.GetAttribute("src"), baseUri);
    }

    /// <summary>Whether the image is set up for lazy loading, so its <c>src</c> may be a placeholder.</summary>
    public static bool IsLazy(IElement image)
    {
        foreach (var name in LazySrcAttributes)
        {
            if (image.HasAttribute(name))
            {
                return true;
            }
        }

        foreach (var name in LazySrcsetAttributes)
        {
            if (image.HasAttribute(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The URL of the largest candidate of a srcset ("url 640w, url2 1280w" or "url 1x, url2 2x"),
    /// parsed as the HTML standard does (a URL may contain commas; descriptors follow it).
    /// </summary>
    public static string? LargestCandidate(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset))
        {
            return null;
        }

        var text = srcset.AsSpan();
        string? best = null;
        var bestSize = double.MinValue;
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ','))
            {
                position++;
            }

            var urlStart = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var url = text[urlStart..position];
            if (url.IsEmpty)
            {
                break;
            }

            var size = DensityAsWidth;
            if (url[^1] == ',')
            {
                url = url.TrimEnd(',');
            }
            else
            {
                var descriptorStart = position;
                while (position < text.Length && text[position] != ',')
                {
                    position++;
                }

                size = DescriptorSize(text[descriptorStart..position].Trim());
            }

            if (!url.IsEmpty && size > bestSize)
            {
                best = url.ToString();
                bestSize = size;
            }
        }

        return best;
    }

    /// <summary>The size a descriptor stands for: its width ("640w"), else its density ("2x", none meaning "1x") as a tiny width.</summary>
    private static double DescriptorSize(ReadOnlySpan<char> descriptor)
    {
        if (descriptor.Length < 2)
        {
            return DensityAsWidth;
        }

        var unit = descriptor[^1];
        if (!double.TryParse(descriptor[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return 0;
        }

        return unit switch
        {
            'w' or 'W' => value,
            'x' or 'X' => value * DensityAsWidth,
            _ => 0,
        };
    }
}
