using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TranslationWorkbench.Core.Text;

/// <summary>Reads a user's text file: UTF-8 (with or without BOM) or UTF-16/32 with a BOM, or a named encoding; anything else is refused with advice.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The file's text, NFC-normalised, without BOM.</summary>
    /// <param name="encodingName">An encoding the user named (e.g. "windows-1256"), or null to require Unicode.</param>
    public static string Read(string path, string? encodingName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) throw new InvalidInputException($"{path}: is a folder, not a text file.");
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: no such file.");
        return Decode(File.ReadAllBytes(path), path, encodingName);
    }

    /// <summary>Decodes bytes that came from <paramref name="name"/> (a path or an upload's file name).</summary>
    public static string Decode(byte[] bytes, string name, string? encodingName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw new InvalidInputException($"{name}: is empty.");
        var text = encodingName is null ? DecodeUnicode(bytes, name) : DecodeNamed(bytes, name, encodingName);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
            throw new InvalidInputException($"{name}({Where(text, nul)}): contains a NUL character; this looks like a binary file, not text.");
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException($"{name}: contains no text, only white space.");
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static string DecodeUnicode(byte[] bytes, string name)
    {
        var bom = Encoding.UTF8.Preamble.Length;
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) return DecodeUtf8(bytes.AsSpan(bom), name);
        if (bytes.AsSpan().StartsWith(Encoding.UTF32.Preamble)) return Encoding.UTF32.GetString(bytes, 4, bytes.Length - 4);
        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble)) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble)) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (LooksLikeUtf16WithoutBom(bytes, out var order))
        {
            throw new InvalidInputException(
                $"{name}: looks like UTF-16 ({order}) without a byte-order mark; run again with --encoding utf-16{(order == "little-endian" ? "le" : "be")}, or save it as UTF-8.");
        }
        return DecodeUtf8(bytes, name);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        if (Utf8.IsValid(bytes)) return StrictUtf8.GetString(bytes);

        var offset = FirstInvalidUtf8Byte(bytes);
        var before = StrictUtf8.GetString(bytes[..offset]);
        var binary = bytes.IndexOf((byte)0) >= 0;
        var advice = binary ? "this looks like a binary file, not text."
            : LooksLikeArabicCodePage(bytes) ? "it looks like a legacy Arabic code page: run again with --encoding windows-1256 (or --encoding iso-8859-6), or save the file as UTF-8."
            : "save the file as UTF-8, or name its encoding with --encoding.";
        throw new InvalidInputException($"{name}({Where(before, before.Length)}): not valid UTF-8 (byte 0x{bytes[offset]:X2}); {advice}");
    }

    private static string DecodeNamed(byte[] bytes, string name, string encodingName)
    {
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(encodingName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new InvalidInputException($"--encoding {encodingName}: not an encoding this system knows (try utf-8, utf-16le, windows-1256, iso-8859-6).");
        }
        try
        {
            var preamble = encoding.Preamble;
            var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidInputException($"{name}: is not valid {encoding.WebName} (byte 0x{e.BytesUnknown?.FirstOrDefault():X2} at offset {e.Index}).", e);
        }
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done) return offset;
            offset += consumed;
        }
        return offset;
    }

    // Windows-1256 and ISO-8859-6 put the Arabic letters in 0xC1–0xFE; in UTF-8 those bytes lead multi-byte sequences.
    private static bool LooksLikeArabicCodePage(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        var arabicRange = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80) continue;
            high++;
            if (b >= 0xC1) arabicRange++;
        }
        return high > 0 && arabicRange * 2 >= high;
    }

    // UTF-16 text in Arabic or English has a zero byte in every other position for Latin, or 0x06 for Arabic.
    private static bool LooksLikeUtf16WithoutBom(byte[] bytes, out string order)
    {
        order = "";
        var sample = Math.Min(bytes.Length & ~1, 4096);
        if (sample < 4) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample; i += 2)
        {
            if (bytes[i] is 0x00 or 0x06) evenZeros++;
            if (bytes[i + 1] is 0x00 or 0x06) oddZeros++;
        }
        var pairs = sample / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs * 2) order = "little-endian";
        else if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs * 2) order = "big-endian";
        return order.Length > 0;
    }

    /// <summary>"line,column" (1-based) of a character offset in a text.</summary>
    public static string Where(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return $"{line},{offset - lineStart + 1}";
    }
}
