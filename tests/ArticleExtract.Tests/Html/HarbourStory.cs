namespace ArticleExtract.Tests.Html;

/// <summary>A news story of our own making, paragraph by paragraph, for the body tests.</summary>
internal static class HarbourStory
{
    public const string Lead =
        "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted for more than ten years.";

    public const string Second =
        "Engineers said the new bridge would carry twice as much traffic, and that work could begin in the spring if the budget holds.";

    public const string Third =
        "Residents who spoke at the meeting were divided, with some worried about noise and others about the cost to local taxpayers.";

    public const string Fourth =
        "The mayor promised a public consultation before any contract is signed, and said the first designs would be shown in March.";

    public const string Fifth =
        "Ferry operators, who lost trade while the bridge was closed to lorries, welcomed the vote and asked for a firm timetable.";

    /// <summary>A page with the story's title and this body.</summary>
    public static string Page(string body) =>
        $"<html><head><title>Council votes to rebuild the harbour bridge</title></head><body>{body}</body></html>";
}
