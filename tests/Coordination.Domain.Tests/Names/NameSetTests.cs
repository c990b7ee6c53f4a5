using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Names;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Names;

public sealed class NameSetTests
{
    private static readonly NameSet Krg = new(
        new Name("Kurdistan Regional Government", NameKind.Name, LanguageTag.English),
        [new Name("KRG", NameKind.Acronym, LanguageTag.English), new Name("حكومة إقليم كوردستان", NameKind.Name, LanguageTag.Arabic)]);

    [Fact]
    public void All_lists_the_primary_name_first_then_the_aliases_in_order()
    {
        Assert.Equal(["Kurdistan Regional Government", "KRG", "حكومة إقليم كوردستان"], Krg.All.Select(n => n.Text));
        Assert.Equal("Kurdistan Regional Government", Krg.ToString());
    }

    [Fact]
    public void Acronyms_are_the_names_of_kind_acronym()
    {
        Assert.Equal(["KRG"], Krg.Acronyms.Select(n => n.Text));
    }

    [Fact]
    public void Default_aliases_are_taken_as_none()
    {
        var names = new NameSet(new Name("Prde"), default);

        Assert.True(names.Aliases.IsEmpty);
        Assert.False(names.Aliases.IsDefault);
        Assert.Single(names.All);
    }

    [Fact]
    public void A_null_primary_name_is_refused_naming_primary()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new NameSet(null!));

        Assert.Equal("primary", error.ParamName);
    }

    [Fact]
    public void A_null_alias_is_refused_with_ArgumentNullException_naming_aliases()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new NameSet(new Name("Prde"), [new Name("Altun Kupri"), null!]));

        Assert.Equal("aliases", error.ParamName);
    }

    [Fact]
    public void Of_builds_names_of_unknown_language()
    {
        var names = NameSet.Of("Makhmour", "Makhmur", "مخمور");

        Assert.Equal(3, names.All.Length);
        Assert.All(names.All, n => Assert.Null(n.Language));
        Assert.All(names.All, n => Assert.Equal(NameKind.Name, n.Kind));
    }

    [Fact]
    public void Of_refuses_a_null_alias_array_naming_aliases()
    {
        var error = Assert.Throws<ArgumentNullException>(() => NameSet.Of("Makhmour", null!));

        Assert.Equal("aliases", error.ParamName);
    }

    [Fact]
    public void Of_refuses_an_empty_alias()
    {
        Assert.Throws<ArgumentException>(() => NameSet.Of("Makhmour", " "));
    }

    [Fact]
    public void WithAlias_returns_a_new_set_and_leaves_the_old_one_alone()
    {
        var before = NameSet.Of("Prde");

        var after = before.WithAlias(new Name("Altun Kupri"));

        Assert.Single(before.All);
        Assert.Equal(["Prde", "Altun Kupri"], after.All.Select(n => n.Text));
        Assert.Throws<ArgumentNullException>(() => before.WithAlias(null!));
    }

    [Fact]
    public void Sets_are_equal_when_their_names_are_equal_in_order()
    {
        Assert.Equal(NameSet.Of("Makhmour", "Makhmur"), NameSet.Of("Makhmour", "Makhmur"));
        Assert.Equal(NameSet.Of("Makhmour", "Makhmur").GetHashCode(), NameSet.Of("Makhmour", "Makhmur").GetHashCode());
        Assert.NotEqual(NameSet.Of("Makhmour", "Makhmur", "Makmur"), NameSet.Of("Makhmour", "Makmur", "Makhmur"));
        Assert.NotEqual(NameSet.Of("Makhmour"), NameSet.Of("Makhmour", "Makhmur"));
        Assert.Equal(new NameSet(new Name("Prde"), default), new NameSet(new Name("Prde"), []));
    }

    [Theory]
    [InlineData("KRG")]
    [InlineData("krg")]
    [InlineData("kurdistan regional government")]
    [InlineData("حكومة اقليم كوردستان")]
    public void Matches_any_of_the_names(string text)
    {
        Assert.True(Krg.Matches(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("GoI")]
    public void Matches_nothing_else(string? text)
    {
        Assert.False(Krg.Matches(text));
    }

    [Fact]
    public void Matches_refuses_overlong_text_naming_text()
    {
        var error = Assert.Throws<ArgumentException>(() => Krg.Matches(new string('k', NameFolding.MaxInputLength + 1)));

        Assert.Equal("text", error.ParamName);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool A_set_matches_a_text_exactly_when_one_of_its_names_does(NameSet names, Name other) =>
        names.Matches(other.Text) == names.All.Any(n => n.Matches(other.Text))
        && names.All.All(n => NameFolding.Fold(n.Text).Length == 0 || names.Matches(n.Text));

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Equality_and_hash_follow_the_names_in_order(NameSet names) =>
        new NameSet(names.Primary, [.. names.Aliases]) == names
        && new NameSet(names.Primary, [.. names.Aliases]).GetHashCode() == names.GetHashCode()
        && (names.Aliases.Length < 2 || new NameSet(names.Primary, [.. names.Aliases.Reverse()]) == names == names.Aliases.SequenceEqual(names.Aliases.Reverse()));
}
