using System.IO.Compression;
using System.Text;
using TranslationWorkbench.Core.Text;

namespace TranslationWorkbench.Core.Alignment;

/// <summary>
/// Loads a dictd dictionary (a `.index` file and its `.dict` or `.dict.dz` body), such as Debian's
/// dict-freedict-ara-eng, as a <see cref="BilingualLexicon"/>.
/// </summary>
/// <remarks>
/// dictfmt(1): each index line is "headword TAB offset TAB length", the numbers in dictd's base64 digits
/// (A–Z a–z 0–9 + /, most significant first) counting bytes of the uncompressed body. dictzip files are gzip files
/// with an extra header field, so GZipStream reads them whole. Headwords starting "00database" are the
/// dictionary's own metadata. A FreeDict body gives the headword (and its pronunciation) on the first line, then
/// one translation per line, numbered "1. " when there are several.
/// </remarks>
public static class DictdDictionary
{
    private const string Base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Loads the dictionary from either of its files; the other is found beside it.</summary>
    public static BilingualLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".index", StringComparison.Ordinal))
        {
            var stem = path[..^".index".Length];
            var body = File.Exists(stem + ".dict.dz") ? stem + ".dict.dz" : stem + ".dict";
            return Load(path, body);
        }
        var bodyStem = path.EndsWith(".dict.dz", StringComparison.Ordinal) ? path[..^".dict.dz".Length]
            : path.EndsWith(".dict", StringComparison.Ordinal) ? path[..^".dict".Length]
            : throw new InvalidInputException($"{path}: not a dictd file; expected a name ending in .index, .dict or .dict.dz.");
        return Load(bodyStem + ".index", path);
    }

    public static BilingualLexicon Load(string indexPath, string dictPath)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(dictPath);
        foreach (var path in (string[])[indexPath, dictPath])
        {
            if (!File.Exists(path)) throw new InvalidInputException($"{path}: no such file (a dictd dictionary needs both its .index and its .dict or .dict.dz).");
        }
        var body = ReadBody(dictPath);
        return new BilingualLexicon(Entries(indexPath, body, dictPath).ToList());
    }

    private static IEnumerable<LexiconEntry> Entries(string indexPath, byte[] body, string dictPath)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                throw new InvalidInputException(
                    $"{indexPath}({lineNumber},1): expected 'headword<TAB>offset<TAB>length', found {fields.Length} field{(fields.Length == 1 ? "" : "s")}: '{Shorten(line)}'.");
            }
            var headword = fields[0];
            if (headword.StartsWith("00database", StringComparison.Ordinal) || headword.StartsWith("00-database", StringComparison.Ordinal)) continue;
            var offset = Decode(fields[1], indexPath, lineNumber, fields[0].Length + 2);
            var length = Decode(fields[2], indexPath, lineNumber, fields[0].Length + fields[1].Length + 3);
            if (offset + length > body.Length)
            {
                throw new InvalidInputException(
                    $"{indexPath}({lineNumber},{fields[0].Length + 2}): '{headword}' points at bytes {offset}–{offset + length} but {dictPath} holds {body.Length} bytes.");
            }
            foreach (var translation in Translations(Encoding.UTF8.GetString(body, (int)offset, (int)length)))
                yield return new LexiconEntry(headword, translation);
        }
    }

    private static IEnumerable<string> Translations(string definition)
    {
        // The first line repeats the headword and its pronunciation.
        foreach (var line in definition.Split('\n').Skip(1))
        {
            var text = line.Trim();
            var dot = text.IndexOf(". ", StringComparison.Ordinal);
            if (dot > 0 && text[..dot].All(char.IsAsciiDigit)) text = text[(dot + 2)..].Trim();
            if (text.Length > 0) yield return text;
        }
    }

    private static long Decode(string digits, string indexPath, int lineNumber, int column)
    {
        long value = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = Base64Digits.IndexOf(digits[i], StringComparison.Ordinal);
            if (digit < 0 || digits.Length > 10)
            {
                throw new InvalidInputException(
                    $"{indexPath}({lineNumber},{column + i}): expected a dictd base64 number (A–Z a–z 0–9 + /), found '{digits}'.");
            }
            value = value * 64 + digit;
        }
        if (digits.Length == 0) throw new InvalidInputException($"{indexPath}({lineNumber},{column}): expected a dictd base64 number, found nothing.");
        return value;
    }

    private static byte[] ReadBody(string dictPath)
    {
        using var file = File.OpenRead(dictPath);
        var isGzip = file.ReadByte() == 0x1F && file.ReadByte() == 0x8B;
        file.Position = 0;
        using var body = new MemoryStream();
        if (isGzip)
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            try
            {
                gzip.CopyTo(body);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidInputException($"{dictPath}: not a readable dictzip/gzip file: {e.Message}", e);
            }
        }
        else
        {
            file.CopyTo(body);
        }
        return body.ToArray();
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
