using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Tests.Names;

/// <summary>Runs of combining marks: Latin diacritics (U+0300–U+036F) and Arabic harakat (U+064B–U+065F, U+0670).</summary>
public sealed record CombiningMarks(string Marks, int Position)
{
    public static Arbitrary<CombiningMarks> Arbitrary()
    {
        var marks = Enumerable.Range(0x0300, 0x70).Concat(Enumerable.Range(0x064B, 0x15)).Append(0x0670).Select(c => (char)c).ToArray();
        return (from n in Gen.Choose(1, 3)
                from chosen in Gen.ArrayOf(Gen.Elements(marks), n)
                from position in Gen.Choose(0, 1000)
                select new CombiningMarks(new string(chosen), position)).ToArbitrary();
    }
}
