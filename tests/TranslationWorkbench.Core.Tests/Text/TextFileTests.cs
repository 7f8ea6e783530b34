using System.Text;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Tests.Text;

public sealed class TextFileTests : IDisposable
{
    private const string Arabic = "رووداو – أربيل\r\nأكد المتحدث باسم التحالف الدولي.";
    private readonly TempFolder folder = new();

    static TextFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, byte[]> UnicodeFiles() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Arabic) },
        { "utf-8 with BOM", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Arabic)] },
        { "utf-16le with BOM", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Arabic)] },
        { "utf-16be with BOM", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Arabic)] },
    };

    [Theory]
    [MemberData(nameof(UnicodeFiles))]
    public void Read_UnicodeWithOrWithoutBom_GivesTheText(string kind, byte[] bytes)
    {
        var path = folder.Write(kind + ".txt", bytes);

        Assert.Equal(Arabic, TextFile.Read(path));
    }

    [Fact]
    public void Read_DecomposedText_IsComposed()
    {
        var path = folder.Write("nfd.txt", "Cafe\u0301 \u0627\u0654");

        Assert.Equal("Café أ", TextFile.Read(path));
    }

    [Fact]
    public void Read_Windows1256_SaysWhatItLooksLikeAndWhatToDo()
    {
        var path = folder.Write("legacy.txt", Encoding.GetEncoding("windows-1256").GetBytes("line one\nرووداو – أربيل"));

        var error = Assert.Throws<InvalidInputException>(() => TextFile.Read(path));

        Assert.Equal($"{path}(2,1): not valid UTF-8 (byte 0xD1); it looks like a legacy Arabic code page: run again with --encoding windows-1256 (or --encoding iso-8859-6), or save the file as UTF-8.", error.Message);
    }

    [Theory]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    public void Read_NamedEncoding_DecodesIt(string encoding)
    {
        var path = folder.Write("legacy.txt", Encoding.GetEncoding(encoding).GetBytes("رووداو: هل استأنف التحالف مهامه؟"));

        Assert.Equal("رووداو: هل استأنف التحالف مهامه؟", TextFile.Read(path, encoding));
    }

    [Fact]
    public void Read_Utf16WithoutBom_SaysHowToReadIt()
    {
        var path = folder.Write("nobom.txt", Encoding.Unicode.GetBytes(Arabic));

        var error = Assert.Throws<InvalidInputException>(() => TextFile.Read(path));

        Assert.Equal($"{path}: looks like UTF-16 (little-endian) without a byte-order mark; run again with --encoding utf-16le, or save it as UTF-8.", error.Message);
        Assert.Equal(Arabic, TextFile.Read(path, "utf-16le"));
    }

    [Fact]
    public void Read_BadFiles_NameTheFileAndTheProblem()
    {
        var empty = folder.Write("empty.txt", []);
        var blank = folder.Write("blank.txt", " \r\n\t\u00A0\n");
        var binary = folder.Write("binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var nul = folder.Write("nul.txt", "first line\nsecond\0line");
        var missing = folder.File("missing.txt");

        Assert.Equal($"{empty}: is empty.", Assert.Throws<InvalidInputException>(() => TextFile.Read(empty)).Message);
        Assert.Equal($"{blank}: contains no text, only white space.", Assert.Throws<InvalidInputException>(() => TextFile.Read(blank)).Message);
        Assert.Equal($"{binary}(1,1): not valid UTF-8 (byte 0x89); this looks like a binary file, not text.", Assert.Throws<InvalidInputException>(() => TextFile.Read(binary)).Message);
        Assert.Equal($"{nul}(2,7): contains a NUL character; this looks like a binary file, not text.", Assert.Throws<InvalidInputException>(() => TextFile.Read(nul)).Message);
        Assert.Equal($"{missing}: no such file.", Assert.Throws<InvalidInputException>(() => TextFile.Read(missing)).Message);
        Assert.Equal($"{folder.Path}: is a folder, not a text file.", Assert.Throws<InvalidInputException>(() => TextFile.Read(folder.Path)).Message);
    }

    [Fact]
    public void Read_UnknownEncodingName_IsAnError()
    {
        var path = folder.Write("a.txt", "text");

        var error = Assert.Throws<InvalidInputException>(() => TextFile.Read(path, "klingon-1"));

        Assert.StartsWith("--encoding klingon-1: not an encoding this system knows", error.Message);
    }
}
