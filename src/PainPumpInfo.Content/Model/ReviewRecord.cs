namespace PainPumpInfo.Content.Model;

/// <summary>One entry of content/reviews.yml: a reviewer read the page at this route, on this date, when its text had this hash.</summary>
/// <param name="Route">The page's address without the leading slash, as written (it may be an old address kept in <c>aliases:</c>).</param>
/// <param name="Hash">The page's <see cref="ReviewHash"/> when it was reviewed.</param>
/// <param name="Line">Where the record starts in reviews.yml, for messages about it.</param>
public sealed record ReviewRecord(string Route, string ReviewerKey, DateOnly Date, string Hash, string Note, int Line, int Column);
