using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class GlossaryFileTests
{
    [Fact]
    public void Load_TabSeparatedTerms_SkipsCommentsAndBlankLines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("terms.tsv", "# coalition terms\n\nالتحالف\tcoalition\nالبيشمركة\tPeshmerga\r\nداعش\tISIS\n");

        var lexicon = GlossaryFile.Load(path);

        Assert.Equal(3, lexicon.Headwords);
        Assert.Equal(["coalition"], lexicon.Translate("والتحالف"));
        Assert.Equal(["peshmerga"], lexicon.Translate("البيشمركة"));
    }

    [Theory]
    [InlineData("التحالف\tcoalition\nداعش ISIS\n", "(2,10): expected 'arabic<TAB>english', found no TAB.")]
    [InlineData("\tcoalition\n", "(1,1): the Arabic term before the TAB is empty.")]
    [InlineData("التحالف\t \n", "(1,9): the English term after the TAB is empty.")]
    public void Load_MalformedLine_ThrowsNamingLineAndColumn(string text, string where)
    {
        using var folder = new TempFolder();
        var path = folder.Write("terms.tsv", text);

        var error = Assert.Throws<InvalidInputException>(() => GlossaryFile.Load(path));

        Assert.Equal(path + where, error.Message);
    }
}
