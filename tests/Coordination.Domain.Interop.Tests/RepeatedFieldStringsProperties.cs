using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Interop.Tests;

/// <summary>The strings Sep's fields are made into are the fields' text, and a column's repeated value is one string.</summary>
public sealed class RepeatedFieldStringsProperties
{
    public static Arbitrary<(int Column, string Text)[]> Fields() =>
        Gen.ArrayOf(
            from column in Gen.Choose(0, 300)
            from text in Gen.Elements("", "Iraq", "368", "Iraq ", "iraq", "Middle East", "2019", "\u00E9", "e\u0301", new string('x', 600))
            select (column % 7 == 0 ? column : column % 5, text)).ToArbitrary();

    [Property(Arbitrary = [typeof(RepeatedFieldStringsProperties)], MaxTest = 500)]
    public void A_field_s_string_is_its_text_and_repeats_share_one((int Column, string Text)[] fields)
    {
        using var strings = new RepeatedFieldStrings(5);
        var last = new string?[301];
        foreach (var (column, text) in fields)
        {
            var made = strings.ToString(text.AsSpan(), column);

            Assert.Equal(text, made);
            Assert.False(ReferenceEquals(text, made) && text.Length > 0, "a new string, not the caller's");
            if (column < 256 && text.Length > 0 && last[column] == text)
            {
                Assert.Same(last[column], made);
            }

            last[column] = made;
        }
    }
}
