using System;
using Coordination.Domain.Identifiers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Identifiers;

public sealed class ActorIdTests
{
    [Fact]
    public void Parse_accepts_a_slug_and_ToString_returns_it()
    {
        Assert.Equal("jcc-kirkuk", ActorId.Parse("jcc-kirkuk").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("KRG")]
    [InlineData("-krg")]
    [InlineData("krg-")]
    [InlineData("jcc--kirkuk")]
    [InlineData("krg gov")]
    public void Parse_refuses_text_that_is_not_a_slug(string text)
    {
        var error = Assert.Throws<FormatException>(() => ActorId.Parse(text));
        Assert.Contains("text", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Parse_round_trips_every_valid_slug(PositiveInt a, PositiveInt b) =>
        ActorId.Parse($"x{a.Get}-{b.Get}").ToString() == $"x{a.Get}-{b.Get}";
}
