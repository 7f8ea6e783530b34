using System.IO.Compression;
using System.Text;
using TranslationWorkbench.Core.Alignment;

namespace TranslationWorkbench.Core.Tests.Alignment;

public sealed class DictdDictionaryTests
{
    [Fact]
    public void Load_IndexPath_FindsCompressedBodyBeside()
    {
        using var folder = new TempFolder();
        var (index, _) = WriteDictionary(folder, compressed: true);

        var lexicon = DictdDictionary.Load(index);

        Assert.Equal(["book", "volum"], lexicon.Translate("والكتاب"));
        Assert.Equal(["atom"], lexicon.Translate("الذرة"));
        // the 00database… entries are the dictionary's own metadata, not words
        Assert.Equal(2, lexicon.Headwords);
    }

    [Fact]
    public void Load_BodyPath_FindsIndexBeside()
    {
        using var folder = new TempFolder();
        var (_, body) = WriteDictionary(folder, compressed: false);

        Assert.Equal(["book", "volum"], DictdDictionary.Load(body).Translate("كتاب"));
    }

    [Fact]
    public void Load_IndexPointsPastBody_ThrowsNamingLine()
    {
        using var folder = new TempFolder();
        var index = folder.Write("bad.index", "كتاب\tA\tZZ\n");
        folder.Write("bad.dict", "tiny");

        var error = Assert.Throws<InvalidInputException>(() => DictdDictionary.Load(index));

        Assert.Equal($"{index}(1,6): 'كتاب' points at bytes 0–1625 but {folder.File("bad.dict")} holds 4 bytes.", error.Message);
    }

    [Theory]
    [InlineData("كتاب\tA\n", "(1,1): expected 'headword<TAB>offset<TAB>length', found 2 fields: 'كتاب\tA'.")]
    [InlineData("00databaseinfo\tA\tB\nكتاب\tA\tB!\n", "(2,9): expected a dictd base64 number (A–Z a–z 0–9 + /), found 'B!'.")]
    public void Load_MalformedIndex_ThrowsNamingLineAndColumn(string indexText, string where)
    {
        using var folder = new TempFolder();
        var index = folder.Write("bad.index", indexText);
        folder.Write("bad.dict", "body");

        var error = Assert.Throws<InvalidInputException>(() => DictdDictionary.Load(index));

        Assert.Equal(index + where, error.Message);
    }

    [Fact]
    public void Load_MissingBody_ThrowsNamingIt()
    {
        using var folder = new TempFolder();
        var index = folder.Write("alone.index", "كتاب\tA\tB\n");

        var error = Assert.Throws<InvalidInputException>(() => DictdDictionary.Load(index));

        Assert.Equal($"{folder.File("alone.dict")}: no such file (a dictd dictionary needs both its .index and its .dict or .dict.dz).", error.Message);
    }

    [Fact]
    public void Load_NotADictdName_Throws()
    {
        var error = Assert.Throws<InvalidInputException>(() => DictdDictionary.Load("words.txt"));
        Assert.Equal("words.txt: not a dictd file; expected a name ending in .index, .dict or .dict.dz.", error.Message);
    }

    // A dictionary laid out as FreeDict's ara-eng is: headword and pronunciation, then translations, numbered when several.
    private static (string Index, string Body) WriteDictionary(TempFolder folder, bool compressed)
    {
        string[] entries = ["00-database-info\nArabic-English FreeDict Dictionary\n", "الكتاب /ʔalkitaːb/\n1. Book\n2. Volume\n", "الذّرّة /ʔaððarra/\nAtom\n"];
        string[] headwords = ["00databaseinfo", "الكتاب", "الذّرّة"];
        var body = new MemoryStream();
        var index = new StringBuilder();
        for (var k = 0; k < entries.Length; k++)
        {
            var bytes = Encoding.UTF8.GetBytes(entries[k]);
            index.Append(headwords[k]).Append('\t').Append(Base64(body.Length)).Append('\t').Append(Base64(bytes.Length)).Append('\n');
            body.Write(bytes);
        }
        var indexPath = folder.Write("ara-eng.index", index.ToString());
        if (!compressed) return (indexPath, folder.Write("ara-eng.dict", body.ToArray()));
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(body.ToArray());
        return (indexPath, folder.Write("ara-eng.dict.dz", packed.ToArray()));
    }

    // dictfmt's base64 numbers: most significant digit first, A = 0.
    private static string Base64(long value)
    {
        const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var text = "";
        do
        {
            text = Digits[(int)(value % 64)] + text;
            value /= 64;
        } while (value > 0);
        return text;
    }
}
