using System;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

/// <summary>
/// The contract every identifier type keeps. Each identifier's own <c>&lt;Type&gt;Tests</c> class derives
/// from this one, so that all nine are held to the same rules and a new one gets them for free.
/// </summary>
/// <typeparam name="TId">The identifier type under test.</typeparam>
public abstract class IdentifierTests<TId>
    where TId : struct, IIdentifier<TId>
{
    private static readonly string TypeName = typeof(TId).Name;

    [Theory]
    [MemberData(nameof(SlugExamples.Valid), MemberType = typeof(SlugExamples))]
    public void Parse_accepts_a_slug_and_every_accessor_returns_it(string slug)
    {
        var id = TId.Parse(slug);

        Assert.Equal(slug, id.ToString());
        Assert.Equal(slug, id.Value);
        Assert.False(id.IsDefault);
    }

    [Theory]
    [MemberData(nameof(SlugExamples.Valid), MemberType = typeof(SlugExamples))]
    public void TryParse_accepts_what_Parse_accepts(string slug)
    {
        Assert.True(TId.TryParse(slug, out var id));
        Assert.Equal(TId.Parse(slug), id);
    }

    [Theory]
    [MemberData(nameof(SlugExamples.Invalid), MemberType = typeof(SlugExamples))]
    public void Parse_refuses_text_that_is_not_a_slug_naming_the_argument_and_the_type(string text)
    {
        var error = Assert.Throws<FormatException>(() => TId.Parse(text));

        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
        Assert.Contains(TypeName, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SlugExamples.Invalid), MemberType = typeof(SlugExamples))]
    public void TryParse_refuses_text_that_is_not_a_slug_and_yields_default(string text)
    {
        Assert.False(TId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Parse_of_a_slug_one_character_too_long_says_how_long_it_is()
    {
        var error = Assert.Throws<FormatException>(() => TId.Parse(new string('a', Slug.MaxLength + 1)));

        Assert.Contains("at most 64", error.Message, StringComparison.Ordinal);
        Assert.Contains("65", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_an_upper_case_letter_names_the_character_and_its_index()
    {
        var error = Assert.Throws<FormatException>(() => TId.Parse("jcc-Kirkuk"));

        Assert.Contains("'K'", error.Message, StringComparison.Ordinal);
        Assert.Contains("index 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_refuses_control_characters_and_lone_surrogates()
    {
        foreach (var text in new[] { "krg\0", "\u0007", "krg\uD800", "\uDC00krg", "\uD83D\uDE00" })
        {
            Assert.Throws<FormatException>(() => TId.Parse(text));
            Assert.False(TId.TryParse(text, out _));
        }
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException_naming_text()
    {
        var error = Assert.Throws<ArgumentNullException>(() => TId.Parse(null!));

        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void TryParse_of_null_returns_false_and_default()
    {
        Assert.False(TId.TryParse(null, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void The_default_identifier_identifies_nothing()
    {
        var none = default(TId);

        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.ToString());
        var error = Assert.Throws<InvalidOperationException>(() => none.Value);
        Assert.Contains(TypeName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_identifier_equals_only_itself_and_sorts_first()
    {
        var none = default(TId);
        var some = TId.Parse("a");

        Assert.Equal(none, default(TId));
        Assert.NotEqual(none, some);
        Assert.Equal(0, none.CompareTo(default));
        Assert.True(none.CompareTo(some) < 0);
        Assert.True(some.CompareTo(none) > 0);
    }

    [Fact]
    public void An_identifier_never_equals_an_identifier_of_another_type_with_the_same_slug()
    {
        object other = typeof(TId) == typeof(ActorId) ? TerritoryId.Parse("kirkuk") : ActorId.Parse("kirkuk");

        Assert.False(TId.Parse("kirkuk").Equals(other));
    }

    [Fact]
    public void The_type_offers_no_conversion_from_or_to_another_type()
    {
        var conversions = typeof(TId).GetMethods().Where(m => m.Name is "op_Implicit" or "op_Explicit");

        Assert.Empty(conversions);
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Formatting_then_parsing_gives_the_same_identifier(TId id) =>
        !id.IsDefault && TId.Parse(id.ToString() ?? string.Empty).Equals(id) && TId.TryParse(id.Value, out var again) && again.Equals(id);

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Ordering_agrees_with_ordinal_comparison_of_the_slugs(TId a, TId b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value))
        && Math.Sign(b.CompareTo(a)) == -Math.Sign(a.CompareTo(b));

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool The_comparison_operators_agree_with_CompareTo(TId a, TId b)
    {
        var order = Math.Sign(a.CompareTo(b));
        var (less, greater, lessOrEqual, greaterOrEqual) = Operators(a, b);
        return less == (order < 0) && greater == (order > 0) && lessOrEqual == (order <= 0) && greaterOrEqual == (order >= 0);
    }

    [Fact]
    public void The_comparison_operators_order_two_slugs_and_hold_for_equal_ones()
    {
        var (a, b) = (TId.Parse("alpha"), TId.Parse("beta"));

        Assert.Equal((true, false, true, false), Operators(a, b));
        Assert.Equal((false, true, false, true), Operators(b, a));
        Assert.Equal((false, false, true, true), Operators(a, TId.Parse("alpha")));
        Assert.Equal((true, false, true, false), Operators(default, a));
    }

    /// <summary>Gets <c>a &lt; b</c>, <c>a &gt; b</c>, <c>a &lt;= b</c> and <c>a &gt;= b</c> by the type's own operators.</summary>
    /// <param name="a">The left operand.</param>
    /// <param name="b">The right operand.</param>
    /// <returns>The four results.</returns>
    protected abstract (bool Less, bool Greater, bool LessOrEqual, bool GreaterOrEqual) Operators(TId a, TId b);

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Equality_agrees_with_ordinal_equality_of_the_slugs(TId a, TId b) =>
        a.Equals(b) == string.Equals(a.Value, b.Value, StringComparison.Ordinal)
        && (a.CompareTo(b) == 0) == a.Equals(b)
        && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Equality_holds_for_a_slug_parsed_twice(TId id) =>
        TId.Parse(new string(id.Value.AsSpan())).Equals(id) && TId.Parse(id.Value).GetHashCode() == id.GetHashCode();

    [Property(Arbitrary = new[] { typeof(SlugLikeText) })]
    public bool Parse_accepts_exactly_what_the_documented_pattern_describes(string text)
    {
        var matchesPattern = text.Length <= Slug.MaxLength && SlugLikeText.MatchesPattern(text);
        var parses = TId.TryParse(text, out _);
        var throws = Record.Exception(() => TId.Parse(text)) is FormatException;
        return parses == matchesPattern && throws == !matchesPattern;
    }

    [Property(Arbitrary = new[] { typeof(InvalidSlugText) })]
    public bool Parse_refuses_every_generated_invalid_slug(string text) =>
        !TId.TryParse(text, out _) && Record.Exception(() => TId.Parse(text!)) is FormatException;
}
