using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Coordination.Domain.Names;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using Xunit;

namespace Coordination.Domain.Tests.Names;

/// <summary>What the name types say when they refuse a value, and what the name-set validator reports.</summary>
public sealed class NameMessageTests : EnglishCulture
{
    private static string[] Codes(NameSet names) => [.. new NameSetValidator().Validate(names).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

    [Fact]
    public void Refused_names_say_why()
    {
        Assert.Equal("A name may not be empty or white space. (Parameter 'text')", Assert.Throws<ArgumentException>(() => new Name("  ")).Message);
        Assert.Contains("Use null, not a default LanguageTag", Assert.Throws<ArgumentException>(() => new Name("Kirkuk", language: default(LanguageTag))).Message, StringComparison.Ordinal);
        Assert.Contains("An alias may not be null", Assert.Throws<ArgumentNullException>(() => new NameSet(new Name("Kirkuk"), [null!])).Message, StringComparison.Ordinal);
        Assert.Equal("This LanguageTag is the default value, which names no language.", Assert.Throws<InvalidOperationException>(() => default(LanguageTag).Value).Message);
    }

    [Fact]
    public void A_refused_language_tag_is_quoted_up_to_40_characters()
    {
        var forty = new string('x', 40);

        Assert.EndsWith($"'{forty}'.", Assert.Throws<FormatException>(() => LanguageTag.Parse(forty)).Message, StringComparison.Ordinal);
        Assert.EndsWith($"'{forty}…'.", Assert.Throws<FormatException>(() => LanguageTag.Parse(forty + "y")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_primary_name_or_an_alias_are_reported_where_they_are()
    {
        Assert.Equal(["Primary.Text " + ValidationCodes.General.ControlCharacter], Codes(NameSet.Of("Kir\u0007kuk")));
        Assert.Equal(["Aliases[1].Text " + ValidationCodes.General.ControlCharacter], Codes(NameSet.Of("Kirkuk", "Kerkuk", "Ker\u0000kuk")));
        Assert.Empty(Codes(NameSet.Of("Kirkuk", "Kerkuk", "كركوك")));
    }

    [Fact]
    public void A_repeated_name_is_reported_at_each_repeat_with_its_text()
    {
        var errors = new NameSetValidator().Validate(NameSet.Of("Kirkuk", "Kerkuk", "Kirkuk", "Kerkuk")).Errors;

        Assert.Equal(["Aliases[1] " + ValidationCodes.Names.DuplicateName, "Aliases[2] " + ValidationCodes.Names.DuplicateName], errors.Select(e => $"{e.PropertyName} {e.ErrorCode}"));
        Assert.Equal("The name 'Kirkuk' appears twice.", errors[0].ErrorMessage);
    }

    [Fact]
    public void A_name_set_left_uninitialised_is_reported_not_thrown()
    {
        var broken = (NameSet)RuntimeHelpers.GetUninitializedObject(typeof(NameSet));

        var codes = Codes(broken);

        Assert.Equal(["Primary " + ValidationCodes.General.NullValue], codes);
        Assert.Empty(broken.Aliases);
    }

    [Fact]
    public void Name_sets_differ_by_primary_and_by_aliases()
    {
        Assert.NotEqual(NameSet.Of("Kirkuk"), NameSet.Of("Kerkuk"));
        Assert.NotEqual(NameSet.Of("Kirkuk", "Kerkuk"), NameSet.Of("Kirkuk"));
        Assert.Equal(NameSet.Of("Kirkuk", "Kerkuk"), new NameSet(new Name("Kirkuk"), ImmutableArray.Create(new Name("Kerkuk"))));
        Assert.False(NameSet.Of("Kirkuk").Equals(null));
    }
}
