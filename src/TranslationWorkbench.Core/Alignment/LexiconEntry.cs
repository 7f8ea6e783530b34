namespace TranslationWorkbench.Core.Alignment;

/// <summary>One dictionary pair: an Arabic word and one English translation (a word or a short phrase).</summary>
public sealed record LexiconEntry(string Arabic, string English);
