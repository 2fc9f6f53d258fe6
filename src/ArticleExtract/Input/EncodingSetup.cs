using System.Text;

namespace ArticleExtract.Input;

/// <summary>
/// Makes the legacy code pages (windows-1251/1252, ISO-8859-x, Shift_JIS, EUC-KR, GB18030...)
/// available to .NET, once per process, before any of our code or AngleSharp's looks one up.
/// </summary>
/// <remarks>
/// .NET knows only the Unicode encodings and Latin-1 until <see cref="CodePagesEncodingProvider"/>
/// is registered. AngleSharp registers it only when its default configuration is first built,
/// and its <c>TextEncoding</c> table, filled once, silently falls back to UTF-8 for every code
/// page missing at that moment, so an extraction that reads a content type first would decode
/// windows-1252 as UTF-8 for the rest of the process. Registration is process-wide configuration
/// (idempotent and thread-safe: the static constructor runs once), not state of ours.
/// </remarks>
internal static class EncodingSetup
{
    static EncodingSetup() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Runs the static constructor, if it has not run yet.</summary>
    public static void EnsureRegistered()
    {
    }
}
