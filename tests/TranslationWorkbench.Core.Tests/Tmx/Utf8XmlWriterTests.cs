using System.Globalization;
using System.Text;
using System.Xml;
using CsCheck;
using TranslationWorkbench.Core.Memory;
using TranslationWorkbench.Core.Tests.Properties;
using TranslationWorkbench.Core.Tmx;

namespace TranslationWorkbench.Core.Tests.Tmx;

/// <summary>The export's own XML writer escapes exactly as XmlWriter does, and nothing XML 1.0 forbids gets out.</summary>
public sealed class Utf8XmlWriterTests
{
    // Text with everything that needs escaping in text or in attributes, and CDATA's end, between the generator's text.
    private static readonly Gen<string> Awkward =
        Gen.Select(TextGen.Text(30), Gen.OneOf("&", "<", ">", "\"", "'", "]]>", "\r", "\n", "\t", "&amp;", ""), TextGen.Text(30))
            .Select((before, special, after) => before + special + after);

    [Fact]
    public void TextAndAttributes_AreWrittenByteForByteAsXmlWriterWritesThem()
    {
        Awkward.Sample(text => Assert.Equal(WithXmlWriter(text), WithOurs(text)), iter: 3000);
    }

    [Fact]
    public void AnElementWithoutContent_IsClosedAsXmlWriterClosesIt()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8XmlWriter(stream, closeStream: false))
        {
            writer.StartElement("header");
            writer.Attribute("srclang", "ar");
            writer.EndElement();
        }
        Assert.Equal("<header srclang=\"ar\" />", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void TextLargerThanTheBuffer_IsWrittenWhole()
    {
        var text = string.Concat(Enumerable.Repeat("مرحبا & <سلام> 😀 ", 20_000));
        Assert.Equal(WithXmlWriter(text), WithOurs(text));
    }

    [Fact]
    public void ASegmentOfMillionsOfCharacters_IsWrittenInPieces_NeverSplittingASurrogatePair()
    {
        // 16,383 Arabic letters, then pairs: a piece of 16K characters would end on a pair's first half
        var text = new string('ب', 16 * 1024 - 1) + string.Concat(Enumerable.Repeat("😀", 1_000_000));
        var stream = new CountingStream();
        using (var writer = new Utf8XmlWriter(stream, closeStream: false)) writer.Text(text);
        Assert.Equal(Encoding.UTF8.GetBytes(text), stream.ToArray());
        Assert.True(stream.LargestWrite <= 1 << 16, $"writes of at most the 64 KB buffer, not {stream.LargestWrite:N0} bytes");
    }

    [Fact]
    public void AFailedLastWrite_StillClosesTheStream()
    {
        var stream = new FailingStream();
        var writer = new Utf8XmlWriter(stream, closeStream: true);
        writer.Text("جيد");
        Assert.Throws<IOException>(writer.Dispose);
        Assert.True(stream.Closed);
    }

    [Fact]
    public void AHeaderXmlCannotCarry_IsRefused_AndTheStreamClosed()
    {
        var stream = new FailingStream();
        var error = Assert.Throws<ArgumentException>(() =>
            TmxWriter.Create(stream, new TmxHeader("tool\u0001", "1", "sentence", "tool", "en", "ar", "plaintext")));
        Assert.Contains("the creation tool has U+0001 at character 5", error.Message, StringComparison.Ordinal);
        Assert.True(stream.Closed);
    }

    [Fact]
    public void FirstForbidden_AgreesWithACharacterByCharacterCheck()
    {
        var characters = Gen.OneOf<char>(
            Gen.Char['\u0000', '\u0040'], Gen.Char['\u0600', '\u06FF'], Gen.Char['\uD7F0', '\uE010'], Gen.Char['\uFFF0', '\uFFFF'],
            Gen.OneOf('\uD83D', '\uDE00', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD7FF', '\uE000', '\uFEFF', '\uFFFD', '\u001F', '\u0020'));
        characters.Array[0, 40].Select(chars => new string(chars)).Sample(text =>
            Assert.Equal(CharacterByCharacter(text), XmlCharacters.FirstForbidden(text)), iter: 5000);
    }

    [Fact]
    public void ATmxWriterDisposedTwice_EndsTheDocumentOnce()
    {
        var stream = new MemoryStream();
        var writer = TmxWriter.Create(stream, new TmxHeader("test", "1", "sentence", "test", "en", "ar", "plaintext"));
        writer.Write(Unit("1", "جيد", "Good"));

        writer.Dispose();
        writer.Dispose();

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(1, text.Split("</tmx>").Length - 1);
        Assert.EndsWith("</tmx>\n", text);
    }

    [Fact]
    public void TryWrite_AUnitXmlCannotCarry_WritesNothingOfIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.tmx");
        try
        {
            string? problem;
            using (var writer = TmxWriter.Create(File.Create(path), new TmxHeader("test", "1", "sentence", "test", "en", "ar", "plaintext")))
            {
                writer.Write(Unit("1", "جيد", "Good"));
                Assert.False(writer.TryWrite(Unit("2", "سيء", "Ba\u0001d"), out problem));
                Assert.Throws<ArgumentException>(() => writer.Write(Unit("3", "سيء", "Bad") with { Properties = [new UnitProperty("x-note", "\uFFFF")] }));
                writer.Write(Unit("4", "ممتاز", "Excellent"));
            }

            Assert.Equal("the target has U+0001 at character 3", problem);
            Assert.Empty(TmxValidator.Validate(path));
            using var reader = TmxReader.Open(path);
            Assert.Equal(["1", "4"], reader.Units().Select(unit => unit.TuId));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class CountingStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }
    }

    // a disk that is full from the first byte
    private sealed class FailingStream : MemoryStream
    {
        public bool Closed { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        protected override void Dispose(bool disposing)
        {
            Closed = true;
            base.Dispose(disposing);
        }
    }

    private static TmxUnit Unit(string id, string source, string target) =>
        new(id, [new TmxVariant("ar", source, null, 0), new TmxVariant("en", target, null, 0)], 0);

    private static string WithOurs(string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8XmlWriter(stream, closeStream: false))
        {
            writer.StartElement("seg");
            writer.Attribute("x-value", text);
            writer.Text(text);
            writer.EndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string WithXmlWriter(string text)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, NewLineHandling = NewLineHandling.Entitize, ConformanceLevel = ConformanceLevel.Fragment,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartElement("seg");
            writer.WriteAttributeString("x-value", text);
            writer.WriteString(text);
            writer.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // the definition (XML 1.0 §2.2 Char), one character at a time
    private static string? CharacterByCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(text[i])) return string.Create(CultureInfo.InvariantCulture, $"U+{(int)text[i]:X4} at character {i + 1}");
        }
        return null;
    }
}
