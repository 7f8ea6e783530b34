using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Workspace;

namespace TranslationWorkbench.Core.Translation;

/// <summary>
/// What a translator does to one segment: save a draft, or confirm a translation. Confirming writes the
/// memory at once (a new or updated unit, origin "translation", its context kept), records a revision, and
/// fills the document's other segments with the same source that nobody has translated yet (auto-propagation;
/// each gets its own status and revision and can be changed one by one). The segments' changes are one
/// transaction; the memory's write is one of its own, made first.
/// </summary>
public sealed class SegmentEditor(Workspace.Workspace workspace)
{
    /// <summary>Saves a translation without confirming it: a draft revision, the memory untouched.</summary>
    public DocumentSegment SaveDraft(long segmentId, string target)
    {
        var segment = workspace.Documents.Segment(segmentId);
        workspace.Documents.SetTargets([new TargetChange(segment.Id, Checked(target), SegmentStatus.Draft, TargetOrigins.Translation, segment.MatchScore)]);
        return workspace.Documents.Segment(segmentId);
    }

    /// <param name="status">Translated, or Reviewed when a reviewer confirms.</param>
    /// <param name="matchScore">The score of the match the translation started from, if it did.</param>
    /// <param name="usedUnitId">The memory unit inserted into the segment, counted as used.</param>
    public Confirmation Confirm(
        long segmentId, string target, TranslationMemory memory, SegmentStatus status = SegmentStatus.Translated,
        int? matchScore = null, long? usedUnitId = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (!status.IsDone()) throw new ArgumentOutOfRangeException(nameof(status), status, "Confirming makes a segment translated or reviewed.");
        target = Checked(target);
        var segment = workspace.Documents.Segment(segmentId);
        var document = workspace.Documents.Find(segment.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var segments = workspace.Documents.Segments(document.Id);
        var index = segments.ToList().FindIndex(s => s.Id == segment.Id);
        var repetitions = segments
            .Where(other => other.Id != segment.Id && other.Source == segment.Source && !other.Status.IsDone())
            .ToList();

        // The memory first: if the segments' write then failed, the translation would be in the memory and the
        // segment still open, never a segment confirmed without its unit (the memory may be on another server).
        var unitId = workspace.Memories.StoreConfirmed(memory, new MemoryUnit
        {
            Source = segment.Source,
            Target = target,
            Origin = UnitOrigin.Translation,
            Context = SegmentContexts.Of(segments, index),
            Document = document.Name,
        });
        var changes = new List<TargetChange> { new(segment.Id, target, status, TargetOrigins.Translation, matchScore) };
        changes.AddRange(repetitions.Select(other => new TargetChange(other.Id, target, SegmentStatus.Translated, TargetOrigins.Propagation, 100)));
        workspace.Documents.SetTargets(changes);
        if (usedUnitId is { } used) workspace.Memories.MarkUsed([used]);
        return new Confirmation(workspace.Documents.Segment(segmentId), unitId, repetitions.Select(r => r.Id).ToList());
    }

    private static string Checked(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrWhiteSpace(target)) throw new InvalidInputException("the translation is empty; type one, or leave the segment.");
        return Text.StorableText.Checked(target.Trim(), "the translation");
    }
}
