using System.Linq;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Tests.Names;

/// <summary>
/// Text in the alphabets of the field (Latin with its diacritics, Arabic and Kurdish letters with
/// harakat, digits, spaces and punctuation), for the properties of <see cref="Domain.Names.NameFolding"/>.
/// </summary>
public static class FieldText
{
    private const string Alphabet =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'’ʿʾ.," +
        "àáâäãåāăąçćčďèéêëēėęěğìíîïīįıİłñńňòóôöõøōőřśşšţťùúûüūůűųýÿźżžßŠŽĀĪŪṬḤṢẒḌ" +
        "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيـپچژکگیەێۆڕڵڤۊھ٠١٢٣";

    public static Arbitrary<string> Strings() =>
        Gen.Frequency(
            (3, Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n)).Select(c => new string(c))),
            (1, ValueGenerators.NameTexts))
        .ToArbitrary();
}
