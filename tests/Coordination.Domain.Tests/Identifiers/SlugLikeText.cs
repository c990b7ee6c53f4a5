using System.Text.RegularExpressions;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Coordination.Domain.Tests.Identifiers;

/// <summary>
/// Strings that are often nearly slugs: letters, digits and hyphens mixed with upper case, white
/// space and non-ASCII letters, up to a little past the 64-character limit. The regular expression
/// in <see cref="Slug.Pattern"/> is the oracle they are checked against.
/// </summary>
public static class SlugLikeText
{
    public static Arbitrary<string> Strings()
    {
        var characters = "abcz09-----A Z_.é\u0131\u0643\n".ToCharArray();
        var nearly = Gen.Choose(0, 70).SelectMany(n => Gen.ArrayOf(Gen.Elements(characters), n)).Select(c => new string(c));
        var withLineFeed = ValueGenerators.Slugs.Select(s => s + "\n");
        return Gen.Frequency((6, nearly), (2, ValueGenerators.Slugs), (1, withLineFeed)).ToArbitrary();
    }

    /// <summary>
    /// Tells whether <paramref name="text"/> matches <see cref="Slug.Pattern"/> as JSON Schema reads it
    /// (<c>$</c> only at the very end: .NET's <c>$</c> also matches before a final line feed, hence <c>\z</c>)
    /// and is not too long.
    /// </summary>
    public static bool MatchesPattern(string text) =>
        text.Length <= Slug.MaxLength && Regex.IsMatch(text, Slug.Pattern.Replace("$", "\\z", System.StringComparison.Ordinal), RegexOptions.CultureInvariant);
}
