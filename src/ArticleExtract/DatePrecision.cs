namespace ArticleExtract;

/// <summary>How much of a date the page gave: the parts beyond it in the <see cref="DateTimeOffset"/> are not the page's.</summary>
public enum DatePrecision
{
    /// <summary>No date was found.</summary>
    None = 0,

    /// <summary>Only the year ("2025"): month and day are set to January 1.</summary>
    Year = 1,

    /// <summary>The year and month ("March 2025"): the day is set to the 1st.</summary>
    Month = 2,

    /// <summary>The calendar day, without a time of day.</summary>
    Day = 3,

    /// <summary>The day and the time of day.</summary>
    Time = 4,
}
