namespace TranslationWorkbench.Core.Workspace;

/// <summary>The statuses as the workspace stores them ("new", "draft", "translated", "reviewed").</summary>
public static class SegmentStatuses
{
    public static string ToText(this SegmentStatus status) => status switch
    {
        SegmentStatus.New => "new",
        SegmentStatus.Draft => "draft",
        SegmentStatus.Translated => "translated",
        SegmentStatus.Reviewed => "reviewed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static SegmentStatus Parse(string text) => text switch
    {
        "new" => SegmentStatus.New,
        "draft" => SegmentStatus.Draft,
        "translated" => SegmentStatus.Translated,
        "reviewed" => SegmentStatus.Reviewed,
        _ => throw new InvalidInputException($"'{text}' is not a segment status (new, draft, translated, reviewed)."),
    };

    public static bool IsDone(this SegmentStatus status) => status is SegmentStatus.Translated or SegmentStatus.Reviewed;
}
