using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core.Segmentation;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Workspace;

/// <summary>The documents of a workspace and their segments; owns their SQL.</summary>
public sealed class DocumentStore
{
    private const string SelectDocument = """
        SELECT id, name, source_lang AS SourceLanguage, target_lang AS TargetLanguage,
               origin_file AS OriginFile, checksum, imported_at AS ImportedAt
        FROM document
        """;

    private const string SelectByChecksum = SelectDocument + """

        WHERE checksum = @Checksum
          AND source_lang = @SourceLanguage
          AND target_lang = @TargetLanguage
        """;

    private const string SelectByOrigin = SelectDocument + """

        WHERE origin_file = @OriginFile COLLATE NOCASE
        """;

    private const string InsertDocument = """
        INSERT INTO document (name, source_lang, target_lang, origin_file, checksum, imported_at, trailing)
        VALUES (@Name, @SourceLanguage, @TargetLanguage, @OriginFile, @Checksum, @ImportedAt, @Trailing)
        RETURNING id
        """;

    private const string InsertSegment = """
        INSERT INTO segment (document_id, position, paragraph, space_before, source, source_hash, words)
        VALUES (@DocumentId, @Position, @Paragraph, @SpaceBefore, @Source, @SourceHash, @Words)
        """;

    private const string SelectProgress = """
        SELECT d.id, count(s.id) AS Segments,
               coalesce(sum(s.status IN ('translated', 'reviewed')), 0) AS TranslatedSegments,
               coalesce(sum(s.words), 0) AS Words,
               coalesce(sum(CASE WHEN s.status IN ('translated', 'reviewed') THEN s.words END), 0) AS TranslatedWords,
               coalesce(sum(s.status = 'draft'), 0) AS DraftSegments,
               coalesce(sum(CASE WHEN s.status = 'draft' THEN s.words END), 0) AS DraftWords
        FROM document AS d
        LEFT JOIN segment AS s ON s.document_id = d.id
        GROUP BY d.id
        """;

    private const string SegmentColumns = """
        SELECT id, document_id AS DocumentId, position, paragraph, source, source_hash AS SourceHash, words,
               target, status, target_origin AS TargetOrigin, match_score AS MatchScore, revision
        FROM segment
        """;

    private const string SelectSegments = SegmentColumns + """

        WHERE document_id = @DocumentId
        ORDER BY position
        """;

    private const string SelectSegment = SegmentColumns + """

        WHERE id = @segmentId
        """;

    private const string UpdateTarget = """
        UPDATE segment
        SET target = @Target, status = @Status, target_origin = @Origin, match_score = @MatchScore, revision = revision + 1
        WHERE id = @SegmentId AND (target IS NOT @Target OR status IS NOT @Status)
        RETURNING revision
        """;

    private const string InsertRevision = """
        INSERT INTO revision (segment_id, number, target, status, origin, match_score, author, created_at)
        VALUES (@SegmentId, @Number, @Target, @Status, @Origin, @MatchScore, @Author, @CreatedAt)
        """;

    private const string SelectRevisions = """
        SELECT segment_id AS SegmentId, number, target, status, origin, match_score AS MatchScore, author, created_at AS CreatedAt
        FROM revision
        WHERE segment_id = @segmentId
        ORDER BY number
        """;

    private readonly Workspace workspace;

    internal DocumentStore(Workspace workspace) => this.workspace = workspace;

    /// <summary>Imports a text file as a document, unless the same text with the same languages is already there.</summary>
    public DocumentImport Import(string path, string sourceLanguage, string targetLanguage, string? name = null, string? encoding = null)
    {
        var text = TextFile.Read(path, encoding);
        // the document keeps the file's name; a message names the path as given, as every other command's does
        return ImportText(text, Path.GetFileName(path), path, sourceLanguage, targetLanguage, name, ImportAdvice.CommandLine);
    }

    /// <summary>Imports text that came from <paramref name="originFile"/> (a file name, never opened here).</summary>
    /// <param name="advice">The words errors advise in (default: the command line's options).</param>
    public DocumentImport ImportText(string text, string originFile, string sourceLanguage, string targetLanguage, string? name = null, ImportAdvice? advice = null) =>
        ImportText(text, originFile, originFile, sourceLanguage, targetLanguage, name, advice ?? ImportAdvice.CommandLine);

    private DocumentImport ImportText(string text, string originFile, string shownAs, string sourceLanguage, string targetLanguage, string? name, ImportAdvice advice)
    {
        text = PageBreaks.AsLineBreaks(text);
        DocumentText.Check(text, shownAs, sourceLanguage, targetLanguage, advice);
        var checksum = Checksum(text);
        var segments = Segmenter.For(sourceLanguage).Split(text);

        using var connection = workspace.Connect();
        using var transaction = connection.BeginTransaction();
        var existing = connection.QuerySingleOrDefault<Document>(
            SelectByChecksum, new { Checksum = checksum, SourceLanguage = sourceLanguage, TargetLanguage = targetLanguage }, transaction);
        if (existing is not null)
        {
            var counts = Count(connection, transaction, existing.Id);
            return new DocumentImport(existing, AlreadyImported: true, counts.Segments, counts.Words);
        }

        var document = new Document(0, name ?? Path.GetFileNameWithoutExtension(originFile), sourceLanguage, targetLanguage,
            originFile, checksum, workspace.Now());
        // the white space between segments is kept, so that an export has the original's lines and paragraphs
        var trailing = segments.Count == 0 ? text : text[segments[^1].End..];
        var id = connection.ExecuteScalar<long>(InsertDocument, new
        {
            document.Name, document.SourceLanguage, document.TargetLanguage, document.OriginFile, document.Checksum, document.ImportedAt, Trailing = trailing,
        }, transaction);
        var rows = segments.Select((segment, position) => new
        {
            DocumentId = id,
            Position = position,
            segment.Paragraph,
            SpaceBefore = text[(position == 0 ? 0 : segments[position - 1].End)..segment.Start],
            Source = segment.Text,
            SourceHash = TextHash.OfKey(segment.Text),
            Words = WordCount.Of(segment.Text),
        }).ToList();
        connection.Execute(InsertSegment, rows, transaction);
        transaction.Commit();
        return new DocumentImport(document with { Id = id }, AlreadyImported: false, rows.Count, rows.Sum(row => row.Words));
    }

    /// <summary>The documents imported from a file of this name (the workspace keeps a file's name, not its folder), any case.</summary>
    internal IReadOnlyList<Document> ImportedFromFileNamed(string fileName)
    {
        using var connection = workspace.Connect();
        return connection.Query<Document>(SelectByOrigin, new { OriginFile = fileName }).ToList();
    }

    /// <summary>Every document with its progress, oldest first.</summary>
    public IReadOnlyList<DocumentProgress> List()
    {
        using var connection = workspace.Connect();
        var documents = connection.Query<Document>(SelectDocument + " ORDER BY id").ToDictionary(document => document.Id);
        return connection.Query<ProgressRow>(SelectProgress)
            .Select(row => new DocumentProgress(documents[row.Id], row.Segments, row.TranslatedSegments, row.Words, row.TranslatedWords)
            {
                DraftSegments = row.DraftSegments,
                DraftWords = row.DraftWords,
            })
            .OrderBy(progress => progress.Document.Id)
            .ToList();
    }

    /// <summary>The document with this id or name; an error that says how to list them otherwise.</summary>
    public Document Find(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        using var connection = workspace.Connect();
        var byId = long.TryParse(idOrName, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? connection.QuerySingleOrDefault<Document>(SelectDocument + " WHERE id = @id", new { id })
            : null;
        if (byId is not null) return byId;
        var byName = connection.Query<Document>(SelectDocument + " WHERE name = @idOrName ORDER BY id", new { idOrName }).ToList();
        return byName.Count switch
        {
            1 => byName[0],
            0 => throw new InvalidInputException($"no document '{idOrName}' in {workspace.Path}; `tw docs` lists them."),
            _ => throw new InvalidInputException($"{byName.Count} documents are named '{idOrName}' (ids {string.Join(", ", byName.Select(d => d.Id))}); give the id."),
        };
    }

    public IReadOnlyList<DocumentSegment> Segments(long documentId)
    {
        using var connection = workspace.Connect();
        return connection.Query<SegmentRow>(SelectSegments, new { DocumentId = documentId }).Select(row => row.ToSegment()).ToList();
    }

    /// <summary>The document with this id, or null.</summary>
    public Document? Get(long id)
    {
        using var connection = workspace.Connect();
        return connection.QuerySingleOrDefault<Document>(SelectDocument + " WHERE id = @id", new { id });
    }

    /// <summary>The segment with this id, or null.</summary>
    public DocumentSegment? FindSegment(long segmentId)
    {
        using var connection = workspace.Connect();
        return connection.Query<SegmentRow>(SelectSegment, new { segmentId }).Select(row => row.ToSegment()).SingleOrDefault();
    }

    /// <summary>The segment with this id; an error saying so when there is none.</summary>
    public DocumentSegment Segment(long segmentId)
    {
        using var connection = workspace.Connect();
        return connection.Query<SegmentRow>(SelectSegment, new { segmentId }).Select(row => row.ToSegment()).SingleOrDefault()
            ?? throw new InvalidInputException($"no segment {segmentId} in {workspace.Path}; `tw show DOC` lists a document's segments with their ids.");
    }

    /// <summary>Sets new translations, each recorded as the segment's next revision (one that changes neither text nor status records none); all of them or none.</summary>
    public void SetTargets(IReadOnlyCollection<TargetChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var connection = workspace.Connect();
        using var transaction = connection.BeginTransaction();
        SetTargets(connection, transaction, changes);
        transaction.Commit();
    }

    internal void SetTargets(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<TargetChange> changes)
    {
        var now = workspace.Now();
        foreach (var change in changes)
        {
            var row = new { change.SegmentId, change.Target, Status = change.Status.ToText(), change.Origin, change.MatchScore };
            var number = connection.ExecuteScalar<long?>(UpdateTarget, row, transaction);
            if (number is null)
            {
                // the same text and status again (a match taken that was the segment's own): no revision that changes nothing
                var exists = connection.ExecuteScalar<long?>("SELECT id FROM segment WHERE id = @SegmentId", row, transaction);
                if (exists is null) throw new InvalidInputException($"no segment {change.SegmentId} in {workspace.Path}.");
                continue;
            }
            connection.Execute(InsertRevision, new
            {
                change.SegmentId, Number = number, change.Target, Status = change.Status.ToText(), change.Origin, change.MatchScore,
                workspace.Author, CreatedAt = now,
            }, transaction);
        }
    }

    /// <summary>The document's layout: the white space before each segment (by position) and after the last.</summary>
    public (IReadOnlyList<string> SpaceBefore, string Trailing) Layout(long documentId)
    {
        using var connection = workspace.Connect();
        var spaces = connection.Query<string>("SELECT space_before FROM segment WHERE document_id = @documentId ORDER BY position", new { documentId }).ToList();
        var trailing = connection.ExecuteScalar<string>("SELECT trailing FROM document WHERE id = @documentId", new { documentId }) ?? "";
        return (spaces, trailing);
    }

    /// <summary>Every revision of a segment's translation, oldest first.</summary>
    public IReadOnlyList<Revision> Revisions(long segmentId)
    {
        using var connection = workspace.Connect();
        return connection.Query<RevisionRow>(SelectRevisions, new { segmentId }).Select(row => row.ToRevision()).ToList();
    }

    /// <summary>Deletes a document with its segments and their revisions; the memory keeps every unit confirmed from it.</summary>
    /// <param name="onlyIfUntranslated">Only when no segment has a translation or a draft, checked in the same statement
    /// (a segment confirmed meanwhile, in the web workbench, keeps the document).</param>
    public bool Delete(long documentId, bool onlyIfUntranslated = false)
    {
        using var connection = workspace.Connect();
        return connection.Execute(onlyIfUntranslated ? DeleteUntranslated : "DELETE FROM document WHERE id = @documentId", new { documentId }) > 0;
    }

    private const string DeleteUntranslated = """
        DELETE FROM document
        WHERE id = @documentId
          AND NOT EXISTS (SELECT 1 FROM segment WHERE document_id = @documentId AND status <> 'new')
        """;

    /// <summary>What tells the same text imported again (and a document's original among files to be written over).</summary>
    internal static string Checksum(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static (int Segments, int Words) Count(SqliteConnection connection, SqliteTransaction transaction, long documentId)
    {
        var row = connection.QuerySingle<(long Segments, long Words)>(
            "SELECT count(*), coalesce(sum(words), 0) FROM segment WHERE document_id = @documentId", new { documentId }, transaction);
        return ((int)row.Segments, (int)row.Words);
    }

    // Mapped by property: aggregate columns have no declared type, which positional records cannot bind (Dapper #1500).
    private sealed class ProgressRow
    {
        public long Id { get; init; }

        public long Segments { get; init; }

        public long TranslatedSegments { get; init; }

        public long Words { get; init; }

        public long TranslatedWords { get; init; }

        public long DraftSegments { get; init; }

        public long DraftWords { get; init; }
    }
}
