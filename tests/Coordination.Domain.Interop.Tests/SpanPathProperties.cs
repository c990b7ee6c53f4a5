using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Coordination.Domain.Interop.Acled;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Interop.Tests;

/// <summary>
/// The import's hot paths, rewritten over spans and without per-row strings, answer exactly as the string-based code
/// they replaced: each property runs the new code and the old one (kept here, verbatim in behaviour, as the reference)
/// over generated text that mixes the usual values with the hostile ones (diacritics, combining marks, dotless i, Arabic,
/// controls, bidirectional marks, lone surrogates, white space of every kind).
/// </summary>
public sealed class SpanPathProperties
{
    private static readonly char[] Alphabet =
    [
        'a', 'B', 'z', 'Q', '0', '7', '9', ' ', ' ', '\t', '-', '-', '_', ';', ';', '.', '/', '(', ')', ',', '\'',
        'é', 'Ş', 'ā', '\u0301', '\u0327', 'ı', 'İ', 'ع', 'ي', '\u0001', '\u001F', '\n', '\r', '\u007F', '\u0085', '\u009F',
        '\u00A0', '\u2003', '\u202A', '\u202E', '\u2066', '\u2069', '\u200B', '\uD800', '\uDC00', '\uFDD0', 'ß', 'Ⅻ',
    ];

    private static readonly string[] Values =
    [
        "", " ", "1", " 3 ", "8", "9", "0", "x", "State forces", "state  FORCES", " Rebel groups ", "Protestors", "External/Other",
        "IRQ12345", "irq-12345", "Islamic State (Iraq)", "Tribal Militia (Iraq); Farmers (Iraq)", ";", " ; ; ", "Nīnawá province",
        "Şalāḩ ad Dīn", "Military Forces of Iraq (2020-)", "25.1", "---", "\u0627\u0644\u0645\u0648\u0635\u0644",
    ];

    public static Arbitrary<string> Texts() => Text().ToArbitrary();

    public static Gen<string> Text() =>
        Gen.OneOf(
            Gen.Elements(Values),
            Gen.Choose(0, 90).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n)).Select(chars => new string(chars)),
            Gen.Choose(100, 300).SelectMany(n => Gen.ArrayOf(Gen.Elements('a', 'b', ' ', '-', 'é', '\u0301'), n)).Select(chars => new string(chars)));

    [Property(Arbitrary = [typeof(SpanPathProperties)], MaxTest = 1_000)]
    public void A_slug_is_the_one_the_string_builder_made(string text, byte limit)
    {
        var maxLength = limit % 80;

        Assert.Equal(Before.Slug(text, maxLength), InteropIds.Slug(text, maxLength));
    }

    [Property(Arbitrary = [typeof(SpanPathProperties)], MaxTest = 1_000)]
    public void A_prefixed_slug_is_the_one_the_string_builder_made(string text)
    {
        foreach (var prefix in (string[])["acled", "ucdp", "ucdp-ged"])
        {
            Assert.Equal(Before.Prefixed(prefix, text), InteropIds.Prefixed(prefix, text));
        }
    }

    [Property(Arbitrary = [typeof(SpanPathProperties)], MaxTest = 1_000)]
    public void An_actor_type_reads_as_it_did_with_split_and_join(string text)
    {
        var now = AcledScales.TryParseActorType(text, out var type);
        var before = Before.TryParseActorType(text, out var typeBefore);

        Assert.Equal(before, now);
        Assert.Equal(typeBefore, type);
    }

    [Property(Arbitrary = [typeof(SpanPathProperties)], MaxTest = 1_000)]
    public void Associated_actors_split_as_they_did(string text)
    {
        Assert.Equal(Before.SplitAssociated(text), AcledActors.SplitAssociated(text));
    }

    [Property(Arbitrary = [typeof(SpanPathProperties)], MaxTest = 1_000)]
    public void Text_is_fitted_as_it_was_char_by_char(string text)
    {
        Assert.Equal(Before.Fit(text, AcledText.MaxSummaryLength, multiline: true, trim: false), AcledText.Summary(text));
        Assert.Equal(Before.Fit(text, AcledText.MaxNameLength, multiline: false, trim: true), AcledText.PlaceName(text));
        Assert.Equal(text.Trim().Length <= AcledText.MaxNameLength && !Before.HasOther(text), AcledText.IsActorName(text));
    }

    [Fact]
    public void Blank_and_missing_cells_name_no_associated_actor()
    {
        Assert.Empty(AcledActors.SplitAssociated(null));
        Assert.Empty(AcledActors.SplitAssociated("  \t"));
        Assert.Equal(["Tribal Militia (Iraq)"], AcledActors.SplitAssociated(" Tribal Militia (Iraq) "));
    }

    [Fact]
    public void A_long_text_is_slugged_to_the_limit_with_a_hash()
    {
        var text = string.Concat(Enumerable.Repeat("Popular Mobilization Forces ", 5));
        var slug = InteropIds.Prefixed("acled", text)!;

        Assert.Equal(Before.Prefixed("acled", text), slug);
        Assert.True(slug.Length <= Identifiers.Slug.MaxLength);
        Assert.Matches("^acled-popular-mobilization-forces-.*-[0-9a-f]{8}$", slug);
    }

    /// <summary>The code as it was before the import's hot paths were rewritten, the reference the properties compare with.</summary>
    private static class Before
    {
        private static readonly Dictionary<string, AcledActorType> ActorTypeLabels = new(StringComparer.OrdinalIgnoreCase)
        {
            ["State forces"] = AcledActorType.StateForces,
            ["State force"] = AcledActorType.StateForces,
            ["Rebel groups"] = AcledActorType.RebelGroup,
            ["Rebel group"] = AcledActorType.RebelGroup,
            ["Rebels"] = AcledActorType.RebelGroup,
            ["Political militias"] = AcledActorType.PoliticalMilitia,
            ["Political militia"] = AcledActorType.PoliticalMilitia,
            ["Identity militias"] = AcledActorType.IdentityMilitia,
            ["Identity militia"] = AcledActorType.IdentityMilitia,
            ["Communal militias"] = AcledActorType.IdentityMilitia,
            ["Communal militia"] = AcledActorType.IdentityMilitia,
            ["Rioters"] = AcledActorType.Rioters,
            ["Rioter"] = AcledActorType.Rioters,
            ["Protesters"] = AcledActorType.Protesters,
            ["Protester"] = AcledActorType.Protesters,
            ["Protestors"] = AcledActorType.Protesters,
            ["Protestor"] = AcledActorType.Protesters,
            ["Civilians"] = AcledActorType.Civilians,
            ["Civilian"] = AcledActorType.Civilians,
            ["External/Other forces"] = AcledActorType.ExternalOrOtherForces,
            ["External/Other force"] = AcledActorType.ExternalOrOtherForces,
            ["External/Other"] = AcledActorType.ExternalOrOtherForces,
            ["Other forces"] = AcledActorType.ExternalOrOtherForces,
            ["External forces"] = AcledActorType.ExternalOrOtherForces,
        };

        public static string Slug(string text, int maxLength)
        {
            string decomposed;
            try
            {
                decomposed = text.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                decomposed = text;
            }

            var builder = new StringBuilder();
            var hyphen = false;
            foreach (var c in decomposed)
            {
                if (builder.Length >= maxLength)
                {
                    break;
                }

                var lower = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == 'ı' ? 'i' : c;
                if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    if (hyphen && builder.Length > 0)
                    {
                        builder.Append('-');
                        if (builder.Length >= maxLength)
                        {
                            break;
                        }
                    }

                    builder.Append(lower);
                    hyphen = false;
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    hyphen = true;
                }
            }

            return builder.ToString().TrimEnd('-');
        }

        public static string? Prefixed(string prefix, string text)
        {
            var room = Identifiers.Slug.MaxLength - prefix.Length - 1;
            var slug = Slug(text, room + 1);
            if (slug.Length == 0)
            {
                return null;
            }

            if (slug.Length > room)
            {
                slug = string.Concat(Slug(text, room - 9), "-", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8]);
            }

            return $"{prefix}-{slug}";
        }

        public static bool TryParseActorType(string? text, out AcledActorType type)
        {
            type = AcledActorType.None;
            if (text is null)
            {
                return false;
            }

            var value = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (value.Length == 0)
            {
                return true;
            }

            if (value.Length == 1 && value[0] is >= '0' and <= '8')
            {
                type = (AcledActorType)(value[0] - '0');
                return true;
            }

            return ActorTypeLabels.TryGetValue(value, out type);
        }

        public static List<string> SplitAssociated(string? cell)
        {
            var names = new List<string>();
            if (string.IsNullOrWhiteSpace(cell))
            {
                return names;
            }

            foreach (var part in cell.Split(';'))
            {
                var name = part.Trim();
                if (name.Length > 0)
                {
                    names.Add(name);
                }
            }

            return names;
        }

        public static bool HasOther(string text)
        {
            foreach (var c in text)
            {
                if (IsBad(c, multiline: false))
                {
                    return true;
                }
            }

            return false;
        }

        public static string? Fit(string? text, int max, bool multiline, bool trim)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var clean = true;
            foreach (var c in text)
            {
                clean &= !IsBad(c, multiline);
            }

            var value = text;
            if (!clean)
            {
                var builder = new StringBuilder(text.Length);
                foreach (var c in text)
                {
                    builder.Append(IsBad(c, multiline) ? ' ' : c);
                }

                value = builder.ToString();
            }

            if (trim || string.IsNullOrWhiteSpace(value))
            {
                value = value.Trim();
            }

            if (value.Length > max)
            {
                var cut = max - 1;
                if (char.IsLowSurrogate(value[cut]))
                {
                    cut--;
                }

                value = string.Concat(value.AsSpan(0, cut), "\u2026");
            }

            return value.Length == 0 ? null : value;
        }

        private static bool IsBad(char c, bool multiline) => c switch
        {
            '\n' or '\r' => !multiline,
            < '\u0020' or (>= '\u007F' and <= '\u009F') => true,
            (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
            _ => false,
        };
    }
}
