using System.Diagnostics;
using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Benchmark;

/// <summary>
/// Aligns a long generated document pair and measures time, peak memory and quality. The pair is made from real
/// sentence pairs (NTREX, TICO-19) in a seeded random order, with adjacent sentences merged or dropped the way
/// the NTREX alignment dev set was made (2-1 10%, 1-2 6%, 0-1 1.5%, 1-0 1.5%), so the gold alignment is known.
/// </summary>
public static class AlignmentBenchmark
{
    public static AlignmentFigures Run(IReadOnlyList<(string Arabic, string English)> pairs, int sentences, int seed)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var random = new Random(seed);
        var source = new List<AlignmentSentence>(sentences);
        var target = new List<AlignmentSentence>(sentences);
        var gold = new List<Bead>();
        while (source.Count < sentences)
        {
            var (arabic, english) = pairs[random.Next(pairs.Count)];
            var (nextArabic, nextEnglish) = pairs[random.Next(pairs.Count)];
            var roll = random.NextDouble();
            if (roll < 0.10) Add([arabic, nextArabic], [english + " " + nextEnglish]);
            else if (roll < 0.16) Add([arabic + " " + nextArabic], [english, nextEnglish]);
            else if (roll < 0.175) Add([], [english]);
            else if (roll < 0.19) Add([arabic], []);
            else Add([arabic], [english]);
        }

        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;
        var watch = Stopwatch.StartNew();
        var beads = new SentenceAligner().Align(source, target);
        watch.Stop();
        process.Refresh();
        var score = AlignmentScore.Compute(gold, beads);
        return new AlignmentFigures(source.Count, target.Count, watch.Elapsed, process.PeakWorkingSet64, before, score.F1Strict, score.F1Lax);

        void Add(string[] arabicSide, string[] englishSide)
        {
            var sourceIndices = arabicSide.Select(text => { source.Add(new AlignmentSentence(text, 0)); return source.Count - 1; }).ToList();
            var targetIndices = englishSide.Select(text => { target.Add(new AlignmentSentence(text, 0)); return target.Count - 1; }).ToList();
            gold.Add(new Bead(sourceIndices, targetIndices, 1));
        }
    }
}
