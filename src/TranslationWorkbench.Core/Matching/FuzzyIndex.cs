using System.Collections;
using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Matching;

/// <summary>
/// The candidate index behind fuzzy matching: postings of token ids → units, kept in a memory-mapped file
/// beside the workspace (WORKSPACE.fuzzy) plus an in-memory delta for what changed since the file was written.
/// </summary>
/// <remarks>
/// <para>
/// Why a file of our own rather than SQLite FTS5: the same filter fed from FTS5 measured about 7× slower, and
/// building postings from SQLite at every start would cost seconds at a million units. The file is derived
/// data: it can always be rebuilt from the unit table (<see cref="Rebuild"/>), and it is replaced atomically.
/// </para>
/// <para>
/// Consistency across processes: unit ids only grow (AUTOINCREMENT) and every change or deletion of a unit's
/// source is logged in unit_change by a trigger. The file records the largest id and the last change it
/// covers; before each search the index reads what came after (two indexed lookups when nothing did).
/// </para>
/// <para>
/// Search: the prefix filter of similarity joins (Chaudhuri et al. 2006; Bayardo et al. 2007). A unit that
/// scores s against an n-token query shares at least t = ⌈n·s/100⌉ of its tokens, so it shares one of the
/// query's n − t + 1 rarest token occurrences: only those postings are read, the commonest words never. A unit of
/// m > n tokens must share ⌈m·s/100⌉, so for longer units the prefix is shorter still: each token's postings are
/// read only for the unit lengths that need it. A token's postings in the file are ordered by memory and unit
/// length (<see cref="PostingKeys"/>), so the units of one memory and of the lengths a search can use are one
/// slice, found by binary search; the rest is never touched. The candidates are verified by exact word edit distance (<see cref="EditDistance"/>); exhaustive mode verifies
/// all of them. The default verifies all of them too up to <see cref="FastCandidates"/>; beyond that, it counts
/// the commoner query tokens in the candidates (while their postings are short enough), which bounds the score
/// each candidate can reach, verifies the candidates by that bound (then by inverse-document-frequency weight), and
/// stops when none left could beat its <see cref="Assured"/> best hits, or at <see cref="FastCandidates"/>.
/// Measured with `tw bench` on 1M generated units of news-like text: 4,282 candidates a query (9,393 before postings
/// were sliced by length), lookup p50 1.62 ms and p99 12.3 ms (2.67 and 17.5 ms before), the best score equal to the
/// exhaustive one on every one of 1,000 queries (997 on Zipf-spread words).
/// </para>
/// </remarks>
public sealed class FuzzyIndex : IDisposable
{
    /// <summary>The most candidates the default (non-exhaustive) search verifies.</summary>
    public const int FastCandidates = 2000;

    /// <summary>Postings the default search reads beyond the prefix, to bound what each candidate can score.</summary>
    private const int CountingBudget = 200_000;

    /// <summary>Prefix postings past which a search counts its candidates by <see cref="LengthGroupMerge"/> (when the lengths are few).</summary>
    private const int MergeWorthwhile = 8 * FastCandidates;

    /// <summary>How many of the best hits the default search makes sure of before it stops early.</summary>
    public const int Assured = 5;

    /// <summary>A batch of at least this many new units is merged into a new file at once.</summary>
    public const int MergeThreshold = 5_000;

    private readonly Workspace.Workspace workspace;
    private readonly ReaderWriterLockSlim gate = new();
    private readonly SemaphoreSlim mergeTurn = new(1, 1);
    private readonly ConcurrentBag<SearchScratch> scratches = [];
    private FuzzyIndexFile file;
    private (long Length, DateTime Written) fileStamp;
    private DeltaIndex delta;
    private BitArray staleInFile;
    private long knownMaxUnitId;
    private long knownChangeSeq;

    internal FuzzyIndex(Workspace.Workspace workspace)
    {
        this.workspace = workspace;
        Path = workspace.Path + ".fuzzy";
        file = FuzzyIndexFile.Empty(Path);
        delta = new DeltaIndex(0, 0);
        staleInFile = new BitArray(0);
    }

    /// <summary>The index file beside the workspace.</summary>
    public string Path { get; }

    /// <summary>Units the file covers and units held in memory on top of it (for checks and benchmarks).</summary>
    public (int InFile, int InDelta) Size
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return (file.UnitCount - Count(staleInFile), delta.LiveCount);
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>Catches up with the workspace: a newer index file, new units, units changed or deleted.</summary>
    public void Refresh()
    {
        using var connection = workspace.Connect();
        var (maxId, maxSeq) = Latest(connection, null);
        // ids only grow, so a table whose largest id is below the known one lost its newest units (logged as changes)
        if (maxId <= knownMaxUnitId && maxSeq == knownChangeSeq && Stamp() == fileStamp) return;

        // a large batch's merged file is on its way: catching up with the batch unit by unit would be wasted
        mergeTurn.Wait();
        mergeTurn.Release();
        bool tooMuch;
        gate.EnterWriteLock();
        try
        {
            if (Stamp() != fileStamp) Load();
            tooMuch = !CatchUp(connection);
        }
        finally
        {
            gate.ExitWriteLock();
        }
        // past a point, a new file is cheaper than a big delta (and than reading changed units one by one)
        if (tooMuch || delta.LiveCount > Math.Max(50_000, file.UnitCount / 5)) Rebuild();
    }

    /// <summary>Writes a new index file from the unit table, the whole of it, and loads it.</summary>
    public void Rebuild()
    {
        using var builder = NewBuilder();
        long maxId, maxSeq;
        using (var connection = workspace.Connect())
        using (var snapshot = connection.BeginTransaction(deferred: true))
        {
            (maxId, maxSeq) = Latest(connection, snapshot);
            var rows = connection.Query<(long Id, long MemoryId, string Source)>(
                "SELECT id, memory_id, source FROM unit ORDER BY id", transaction: snapshot, buffered: false);
            foreach (var (id, memoryId, key) in rows.Select(row => (row.Id, row.MemoryId, Text.MatchKey.Of(row.Source))).Ahead())
            {
                builder.AddKey(id, memoryId, key);
            }
        }
        gate.EnterWriteLock();
        try
        {
            builder.Write(Path, maxId, maxSeq);
            Load();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Starts writing, on a thread of its own, a new file holding what the index holds now plus the units of a batch:
    /// after a large import, instead of a full rebuild. The index was caught up before the batch began writing, and
    /// the batch holds the write lock, so this runs while the batch commits; until the merge is installed or
    /// abandoned, <see cref="Refresh"/> waits rather than catch up with the batch unit by unit.
    /// </summary>
    internal PendingMerge BeginMerge(FuzzyIndexBuilder batch, long batchMaxUnitId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        mergeTurn.Wait();
        var writing = Task.Factory.StartNew(() => WriteMerged(batch, batchMaxUnitId), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return new PendingMerge(this, writing);
    }

    private string WriteMerged(FuzzyIndexBuilder batch, long batchMaxUnitId)
    {
        gate.EnterReadLock();
        try
        {
            var stale = staleInFile;
            batch.Over(file, ordinal => stale[ordinal], delta);
            return batch.WriteBeside(Path, Math.Max(knownMaxUnitId, batchMaxUnitId), knownChangeSeq);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Moves a merged file into place and loads it. Units the batch deleted before it committed (duplicates found at
    /// the end) are in the file: they are marked stale here, and the change log is known up to
    /// <paramref name="coveredChangeSeq"/>, the batch's last entry (another process replays those entries).
    /// </summary>
    private void Install(string mergedFile, IReadOnlyCollection<long> removedUnits, long coveredChangeSeq)
    {
        gate.EnterWriteLock();
        try
        {
            File.Move(mergedFile, Path, overwrite: true);
            Load();
            foreach (var unitId in removedUnits) RemoveUnit(unitId);
            knownChangeSeq = Math.Max(knownChangeSeq, coveredChangeSeq);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>A merged index file being written for a batch: installed once the batch has committed, else abandoned.</summary>
    internal sealed class PendingMerge(FuzzyIndex index, Task<string> writing)
    {
        private bool ended;

        public void Install(IReadOnlyCollection<long> removedUnits, long coveredChangeSeq)
        {
            try
            {
                index.Install(writing.GetAwaiter().GetResult(), removedUnits, coveredChangeSeq);
            }
            finally
            {
                End();
            }
        }

        /// <summary>Waits for the writing to end and deletes what it wrote.</summary>
        public void Abandon()
        {
            try
            {
                ((IAsyncResult)writing).AsyncWaitHandle.WaitOne();
                if (writing.IsCompletedSuccessfully) FuzzyIndexBuilder.DeleteQuietly(writing.Result);
            }
            finally
            {
                End();
            }
        }

        private void End()
        {
            if (ended) return;
            ended = true;
            index.mergeTurn.Release();
        }
    }

    /// <summary>The units of <paramref name="memoryId"/> that score at least <paramref name="minScore"/> against the query tokens, best first.</summary>
    public FuzzySearch Search(string[] queryTokens, long memoryId, int minScore, bool exhaustive)
    {
        ArgumentNullException.ThrowIfNull(queryTokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(minScore, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minScore, 100);
        Refresh();
        if (!scratches.TryTake(out var scratch)) scratch = new SearchScratch();
        gate.EnterReadLock();
        try
        {
            return SearchLocked(queryTokens, memoryId, minScore, exhaustive, scratch);
        }
        finally
        {
            gate.ExitReadLock();
            scratches.Add(scratch);
        }
    }

    /// <summary>A builder for a new index file; it keeps what it collects beside the index.</summary>
    internal FuzzyIndexBuilder NewBuilder() => new(System.IO.Path.GetDirectoryName(Path)!);

    /// <summary>Units of <paramref name="memoryId"/> whose match tokens hold the phrase's tokens in a row, newest first.</summary>
    /// <param name="phrase">For each word of the phrase in turn, the tokens that may stand there (its forms with clitics).</param>
    public IReadOnlyList<long> Containing(IReadOnlyList<string[]> phrase, long memoryId, int max)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        Refresh();
        gate.EnterReadLock();
        try
        {
            var ids = phrase.Select(forms => forms.Select(TokenId).Where(id => id >= 0).Distinct().ToArray()).ToArray();
            if (ids.Length == 0 || ids.Any(forms => forms.Length == 0)) return [];
            // the position whose forms have the fewest units between them; each form's postings, newest first
            var rarest = ids.MinBy(forms => forms.Sum(Frequency))!;
            // The delta (what changed since the file was written, an old unit edited among them) is read whole; the file's
            // postings newest first, up to max for each form. The newest max of all that are the newest of all.
            var found = new HashSet<long>();
            foreach (var token in rarest)
            {
                foreach (var ordinal in delta.Postings(token))
                {
                    if (!delta.IsRemoved(ordinal) && delta.MemoryId(ordinal) == memoryId && TokenRun.Contains(delta.Tokens(ordinal), ids)) found.Add(delta.UnitId(ordinal));
                }
                if (token >= file.VocabularySize) continue;
                var fromFile = 0;
                file.NewestFirst(token, memoryId, ids.Length, ordinal =>
                {
                    if (!staleInFile[ordinal] && TokenRun.Contains(file.Tokens(ordinal), ids) && found.Add(file.UnitId(ordinal))) fromFile++;
                    return fromFile < max;
                });
            }
            return found.OrderDescending().Take(max).ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Every unit the index holds now, with its tokens as text: for checking the index against the table.</summary>
    public IReadOnlyList<IndexedUnit> Snapshot()
    {
        gate.EnterReadLock();
        try
        {
            var units = new List<IndexedUnit>(file.UnitCount + delta.LiveCount);
            var texts = new Dictionary<int, string>();
            string Text(int id) => texts.TryGetValue(id, out var text) ? text
                : texts[id] = id < file.VocabularySize ? file.TokenText(id) : delta.NewTokens.First(pair => pair.Value == id).Key;
            for (var ordinal = 0; ordinal < file.UnitCount; ordinal++)
            {
                if (staleInFile[ordinal]) continue;
                var tokens = file.Tokens(ordinal);
                var words = new string[tokens.Length];
                for (var i = 0; i < tokens.Length; i++) words[i] = Text(tokens[i]);
                units.Add(new IndexedUnit(file.UnitId(ordinal), file.MemoryId(ordinal), words));
            }
            foreach (var (unitId, memoryId, tokenIds) in delta.LiveUnits())
            {
                units.Add(new IndexedUnit(unitId, memoryId, tokenIds.Select(Text).ToArray()));
            }
            return units;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public void Dispose()
    {
        file.Dispose();
        gate.Dispose();
        mergeTurn.Dispose();
    }

    private FuzzySearch SearchLocked(string[] queryTokens, long memoryId, int minScore, bool exhaustive, SearchScratch scratch)
    {
        var n = queryTokens.Length;
        var hits = new List<FuzzyHit>();
        if (n == 0) return new FuzzySearch(hits, 0, 0);
        var query = new int[n];
        for (var i = 0; i < n; i++) query[i] = TokenId(queryTokens[i]);

        var totalUnits = file.UnitCount + delta.Count;
        scratch.Begin(totalUnits, n);
        var (shortest, longest) = Scores.LengthRange(minScore, n);
        var prefix = n - Scores.MinShared(minScore, n) + 1;
        var live = Math.Max(1, file.UnitCount + delta.LiveCount);
        var epoch = scratch.Epoch;
        var tallies = scratch.Tallies;
        var candidates = scratch.Candidates;

        // The rarest `prefix` occurrences bring the candidates. When there are too many to verify them all, the
        // commoner tokens are then counted in the candidates, while that stays cheap, to bound the score each can
        // reach (VerifyMostPromising).
        // The prefix depends on the unit's length too: a unit of m > n tokens must share ⌈m·s/100⌉, more than
        // ⌈n·s/100⌉, so it holds one of fewer of the rarest occurrences. A token after c occurrences is only
        // looked up in units of up to ⌊100·(n − c)/s⌋ tokens; lookedUp[m] counts the occurrences looked up in units of m.
        // When the prefix is all common words and the lengths are few, LengthGroupMerge counts every token at once.
        var rarestFirst = QueryTokens(query);
        var lookedUp = scratch.LookedUpFor(shortest, longest);
        // verifying them all is cheap for a few candidates of a short query (bit-parallel); else the most promising first
        bool VerifyingAllIsCheap() => candidates.Count <= FastCandidates && n <= EditDistance.BitParallelLimit;
        if (ShouldMerge())
        {
            MergeCandidates();
        }
        else
        {
            var taken = 0;
            var next = 0;
            for (; next < rarestFirst.Count && taken < prefix; next++)
            {
                var (token, frequency, occurrences) = rarestFirst[next];
                var upTo = UpTo(taken);
                for (var m = shortest; m <= upTo; m++) lookedUp[m - shortest] += occurrences;
                taken += occurrences;
                if (token >= 0) BringCandidates(token, Idf(frequency), occurrences, upTo);
            }
            for (var budget = CountingBudget; !exhaustive && !VerifyingAllIsCheap() && next < rarestFirst.Count && rarestFirst[next].Frequency <= budget; next++)
            {
                var (token, frequency, occurrences) = rarestFirst[next];
                budget -= frequency;
                for (var m = shortest; m <= longest; m++) lookedUp[m - shortest] += occurrences;
                CountIn(token, occurrences);
            }
        }
        var verifyAll = exhaustive || VerifyingAllIsCheap();

        scratch.Masks.Load(query);
        var verified = verifyAll ? VerifyAll() : VerifyMostPromising(FastCandidates);
        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : b.UnitId.CompareTo(a.UnitId));
        return new FuzzySearch(hits, candidates.Count, verified);

        float Idf(int frequency) => (float)Math.Log((double)live / (1 + frequency)) + 1f;

        // The longest units a token after `taken` occurrences is looked up in.
        int UpTo(int taken) => Math.Min(longest, 100 * (n - taken) / minScore);

        // Merging pays when the prefix would mark many units and there are few (token, length) slices to merge.
        bool ShouldMerge()
        {
            if (longest >= PostingKeys.MaxLength) return false;
            var fileTokens = rarestFirst.Count(token => token.Token >= 0 && token.Token < file.VocabularySize);
            if (fileTokens * (longest - shortest + 1) > LengthGroupMerge.MaxSlices) return false;
            long marked = 0, merged = 0;
            var taken = 0;
            foreach (var (token, _, occurrences) in rarestFirst)
            {
                if (token < 0 || token >= file.VocabularySize) continue;
                if (taken < prefix) marked += file.Postings(token, memoryId, shortest, UpTo(taken)).Length;
                merged += file.Postings(token, memoryId, shortest, longest).Length;
                taken += occurrences;
            }
            // A marked posting is a scattered write, a merged one a read in order. The ratios were chosen on the 1,000
            // benchmark queries at 1M units (news and Zipf), timing both ways for each query: they put p99 within 5% of
            // always choosing the faster way. The exhaustive search verifies every candidate, so fewer of them pay more.
            return marked > MergeWorthwhile && merged < (exhaustive ? 16 : 8) * marked;
        }

        void MergeCandidates()
        {
            // every occurrence is counted, for every length
            lookedUp.AsSpan(0, longest - shortest + 1).Fill(n);
            var tokens = rarestFirst.Where(token => token.Token >= 0 && token.Token < file.VocabularySize)
                .Select(token => (token.Token, token.Occurrences, Idf(token.Frequency))).ToArray();
            LengthGroupMerge.Run(file, staleInFile, memoryId, tokens, shortest, longest, n, minScore, (ordinal, shared, weight, length) =>
            {
                tallies[ordinal] = new SearchScratch.Tally { Epoch = epoch, Shared = shared, Weight = weight, Length = length };
                candidates.Add(ordinal);
            });
            foreach (var (token, frequency, occurrences) in rarestFirst)
            {
                if (token >= 0) DeltaCandidates(token, Idf(frequency), occurrences, longest);
            }
        }

        void Mark(int ordinal, float idf, int occurrences)
        {
            ref var tally = ref tallies[ordinal];
            if (tally.Epoch != epoch)
            {
                tally = new SearchScratch.Tally { Epoch = epoch, Length = Tokens(ordinal).Length };
                candidates.Add(ordinal);
            }
            tally.Weight += idf;
            tally.Shared += occurrences;
        }

        void BringCandidates(int token, float idf, int occurrences, int upTo)
        {
            if (token < file.VocabularySize)
            {
                // the memory's units of the right lengths are one slice; lengths past the cap are checked one by one
                var exactLengths = upTo < PostingKeys.MaxLength;
                foreach (var ordinal in file.Postings(token, memoryId, shortest, upTo))
                {
                    if (staleInFile[ordinal]) continue;
                    if (!exactLengths && file.Length(ordinal) is var length && (length < shortest || length > upTo)) continue;
                    Mark(ordinal, idf, occurrences);
                }
            }
            DeltaCandidates(token, idf, occurrences, upTo);
        }

        void DeltaCandidates(int token, float idf, int occurrences, int upTo)
        {
            foreach (var ordinal in delta.Postings(token))
            {
                if (delta.IsRemoved(ordinal) || delta.MemoryId(ordinal) != memoryId) continue;
                var length = delta.Tokens(ordinal).Length;
                if (length < shortest || length > upTo) continue;
                Mark(ordinal, idf, occurrences);
            }
        }

        void CountIn(int token, int occurrences)
        {
            if (token < file.VocabularySize)
            {
                foreach (var ordinal in file.Postings(token, memoryId, shortest, longest))
                {
                    if (tallies[ordinal].Epoch == epoch) tallies[ordinal].Shared += occurrences;
                }
            }
            foreach (var ordinal in delta.Postings(token))
            {
                if (tallies[ordinal].Epoch == epoch) tallies[ordinal].Shared += occurrences;
            }
        }

        int VerifyAll()
        {
            foreach (var ordinal in candidates) VerifyOne(ordinal);
            return candidates.Count;
        }

        void VerifyOne(int ordinal)
        {
            var tokens = Tokens(ordinal);
            var bound = Scores.MaxDistance(minScore, n, tokens.Length);
            var distance = EditDistance.Compute(query, tokens, bound, scratch.Masks, scratch.Rows);
            if (distance > bound) return;
            var unitId = ordinal < file.UnitCount ? file.UnitId(ordinal) : delta.UnitId(ordinal);
            var hit = new FuzzyHit(unitId, distance, n, tokens.Length);
            hits.Add(hit);
            var best = scratch.Best;
            if (best.Count < Assured) best.Enqueue(hit.Score, hit.Score);
            else if (hit.Score > best.Peek()) best.EnqueueDequeue(hit.Score, hit.Score);
        }

        // Candidates by the best score they could reach, the most weight first among equals; verification stops when
        // none left could beat the Assured best found, or after `budget` of them. The candidates' tallies are read
        // once, in one pass (each read is a cache miss: there can be 100,000 candidates); the rest works on copies.
        int VerifyMostPromising(int budget)
        {
            Span<int> starts = stackalloc int[Scores.Exact + 2];
            var (reach, weights) = scratch.PerCandidate(candidates.Count);
            for (var i = 0; i < candidates.Count; i++)
            {
                ref readonly var tally = ref tallies[candidates[i]];
                reach[i] = Reachable(tally);
                weights[i] = -tally.Weight;
                starts[Scores.Exact - reach[i] + 1]++;
            }
            for (var i = 1; i < starts.Length; i++) starts[i] += starts[i - 1];
            var order = scratch.OrderFor(candidates.Count);
            Span<int> next = stackalloc int[Scores.Exact + 1];
            starts[..^1].CopyTo(next);
            for (var i = 0; i < candidates.Count; i++) order[next[Scores.Exact - reach[i]]++] = i;

            var done = 0;
            for (var reachable = Scores.Exact; reachable >= minScore && done < budget; reachable--)
            {
                var best = scratch.Best;
                if (best.Count == Assured && best.Peek() > reachable) break;
                var bucket = order.AsSpan(starts[Scores.Exact - reachable], starts[Scores.Exact - reachable + 1] - starts[Scores.Exact - reachable]);
                // only as many as can still be verified, heaviest first
                bucket = scratch.Heaviest(bucket, budget - done, weights);
                foreach (var index in bucket)
                {
                    if (best.Count == Assured && best.Peek() > reachable) break;
                    VerifyOne(candidates[index]);
                    done++;
                }
            }
            return done;
        }

        // A unit missing k of the occurrences looked up in units of its length shares at most n − k tokens with the
        // query, and at most its length.
        int Reachable(in SearchScratch.Tally tally)
        {
            var shared = Math.Min(n - (lookedUp[tally.Length - shortest] - tally.Shared), tally.Length);
            return Scores.Fuzzy(Math.Max(n, tally.Length) - shared, n, tally.Length);
        }

        ReadOnlySpan<int> Tokens(int ordinal) => ordinal < file.UnitCount ? file.Tokens(ordinal) : delta.Tokens(ordinal);
    }

    // The query's distinct tokens, rarest first, with their frequency in the index and their occurrences in the query
    // (unknown tokens, id −1, first: no unit has them).
    private List<(int Token, int Frequency, int Occurrences)> QueryTokens(int[] query) =>
        query.Select((token, position) => (Token: token, Frequency: token < 0 ? 0 : Frequency(token), Position: position))
            .GroupBy(occurrence => occurrence.Token, (token, occurrences) => (Token: token, occurrences.First().Frequency, Occurrences: occurrences.Count(), First: occurrences.Min(o => o.Position)))
            .OrderBy(token => token.Frequency).ThenBy(token => token.First)
            .Select(token => (token.Token, token.Frequency, token.Occurrences))
            .ToList();

    private int Frequency(int token) =>
        (token < file.VocabularySize ? file.Frequency(token) : 0) + delta.Postings(token).Count;

    private int TokenId(string token)
    {
        var id = file.TokenId(token);
        return id >= 0 ? id : delta.NewTokenId(token);
    }

    /// <summary>Applies what changed since the index was last caught up; false when that is too much and a rebuild is due.</summary>
    private bool CatchUp(SqliteConnection connection)
    {
        using var snapshot = connection.BeginTransaction(deferred: true);
        var changed = connection.Query<(long Seq, long UnitId)>(
            "SELECT seq, unit_id FROM unit_change WHERE seq > @knownChangeSeq ORDER BY seq", new { knownChangeSeq }, snapshot).ToList();
        if (changed.Count > 10_000) return false;
        foreach (var unitId in changed.Select(change => change.UnitId).Distinct().Where(id => id <= knownMaxUnitId))
        {
            RemoveUnit(unitId);
            var row = connection.QuerySingleOrDefault<(long MemoryId, string Source)?>(
                "SELECT memory_id, source FROM unit WHERE id = @unitId", new { unitId }, snapshot);
            if (row is { } current) delta.Add(unitId, current.MemoryId, MatchTokens.Of(current.Source), token => file.TokenId(token));
        }
        var added = connection.Query<(long Id, long MemoryId, string Source)>(
            "SELECT id, memory_id, source FROM unit WHERE id > @knownMaxUnitId ORDER BY id", new { knownMaxUnitId }, snapshot, buffered: false);
        foreach (var (id, memoryId, source) in added)
        {
            delta.Add(id, memoryId, MatchTokens.Of(source), token => file.TokenId(token));
            knownMaxUnitId = id;
        }
        if (changed.Count > 0) knownChangeSeq = changed[^1].Seq;
        var (maxId, _) = Latest(connection, snapshot);
        knownMaxUnitId = Math.Max(knownMaxUnitId, maxId);
        return true;
    }

    private void RemoveUnit(long unitId)
    {
        if (delta.Remove(unitId)) return;
        var ordinal = file.Ordinal(unitId);
        if (ordinal >= 0) staleInFile[ordinal] = true;
    }

    private void Load()
    {
        var opened = FuzzyIndexFile.Open(Path) ?? FuzzyIndexFile.Empty(Path);
        file.Dispose();
        file = opened;
        fileStamp = Stamp();
        delta = new DeltaIndex(file.UnitCount, file.VocabularySize);
        staleInFile = new BitArray(file.UnitCount);
        knownMaxUnitId = file.CoveredMaxUnitId;
        knownChangeSeq = file.CoveredChangeSeq;
    }

    private (long Length, DateTime Written) Stamp()
    {
        var info = new FileInfo(Path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (0, default);
    }

    private static (long MaxId, long MaxSeq) Latest(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.QuerySingle<(long, long)>(
            "SELECT coalesce((SELECT max(id) FROM unit), 0), coalesce((SELECT max(seq) FROM unit_change), 0)", transaction: transaction);

    private static int Count(BitArray bits)
    {
        var count = 0;
        for (var i = 0; i < bits.Length; i++) count += bits[i] ? 1 : 0;
        return count;
    }
}
