using TranslationWorkbench.Core.Alignment;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class NameSkeletonTests
{
    [Theory]
    // names from the bundled interview and NTREX, Arabic as written there (articles already cut)
    [InlineData("كاكينز", "Caggins", "KNS")]
    [InlineData("موصل", "Mosul", "MSL")]
    [InlineData("كركوك", "Kirkuk", "KRK")]
    [InlineData("بيشمركة", "Peshmerga", "BSMRK")]
    [InlineData("واشنطن", "Washington", "SNTN")]
    [InlineData("ترامب", "Trump", "TRMB")]
    [InlineData("فليك", "Flake", "FLK")]
    [InlineData("كافانو", "Kavanaugh", "KFN")]
    [InlineData("تشارلز", "Charles", "SRLS")]
    public void OfArabicAndOfEnglish_TransliteratedName_Agree(string arabic, string english, string skeleton)
    {
        Assert.Equal(skeleton, NameSkeleton.OfArabic(MatchKey.Of(arabic)));
        Assert.Equal(skeleton, NameSkeleton.OfEnglish(MatchKey.Of(english)));
    }

    [Theory]
    [InlineData("بغداد", "Mosul")]
    [InlineData("دمشق", "Kirkuk")]
    public void OfArabicAndOfEnglish_DifferentNames_Differ(string arabic, string english)
    {
        Assert.NotEqual(NameSkeleton.OfArabic(MatchKey.Of(arabic)), NameSkeleton.OfEnglish(MatchKey.Of(english)));
    }
}
