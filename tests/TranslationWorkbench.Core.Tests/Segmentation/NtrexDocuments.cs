namespace TranslationWorkbench.Core.Tests.Segmentation;

/// <summary>Cuts NTREX's one-sentence-per-line file into documents with DOCUMENT_IDS.tsv (each line's document id).</summary>
internal static class NtrexDocuments
{
    public static IReadOnlyList<string[]> Split(string[] sentences, string[] documentIds)
    {
        Assert.Equal(sentences.Length, documentIds.Length);
        var documents = new List<string[]>();
        var start = 0;
        for (var i = 1; i <= sentences.Length; i++)
        {
            if (i < sentences.Length && documentIds[i] == documentIds[start]) continue;
            documents.Add(sentences[start..i]);
            start = i;
        }
        return documents;
    }
}
