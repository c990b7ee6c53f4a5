using System.Linq;
using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

/// <summary>Slugs every identifier type must accept, and text every one must refuse.</summary>
public static class SlugExamples
{
    public static TheoryData<string> Valid =>
    [
        "a",
        "0",
        "krg",
        "jcc-kirkuk",
        "prde-2021-05-01",
        "1-2-3",
        new string('a', Slug.MaxLength),
        string.Join('-', Enumerable.Repeat("ab", 21)) + "a",
    ];

    public static TheoryData<string> Invalid =>
    [
        string.Empty,
        new string('a', Slug.MaxLength + 1),
        "KRG",
        "Krg",
        "krG",
        "-krg",
        "krg-",
        "-",
        "jcc--kirkuk",
        "krg gov",
        " krg",
        "krg ",
        "krg\n",
        "krg\t",
        "krg_gov",
        "krg.gov",
        "kirkūk",
        "kırkuk",
        "كركوك",
        "\uFF4B\uFF52\uFF47", // full-width "krg"
        "krg\u200B",
    ];
}
