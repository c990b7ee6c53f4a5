using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using Xunit;

namespace Coordination.Domain.Tests.Validation;

/// <summary>The citation rules every fact-bearing record shares, seen through the actor validator.</summary>
public sealed class CitationRulesTests : EnglishCulture
{
    private static readonly Actor Krg = ArticleFacts.Actor(ArticleFacts.Krg, ActorKind.RegionalGovernment, "Kurdistan Regional Government");

    private static string[] Codes(Actor actor) => [.. new ActorValidator().Validate(actor).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

    [Fact]
    public void A_default_source_is_reported_where_it_stands_and_not_as_a_repeat()
    {
        Assert.Equal(
            ["Sources[1] " + ValidationCodes.General.MissingIdentifier, "Sources[2] " + ValidationCodes.General.MissingIdentifier],
            Codes(Krg with { Sources = [ArticleFacts.Esta, default, default] }));
    }

    [Fact]
    public void Every_repeat_of_a_source_is_reported_with_the_source_named()
    {
        var errors = new ActorValidator().Validate(Krg with { Sources = [ArticleFacts.Esta, ArticleFacts.Esta, ArticleFacts.Esta] }).Errors;

        Assert.Equal(["Sources[1] " + ValidationCodes.Citations.DuplicateSource, "Sources[2] " + ValidationCodes.Citations.DuplicateSource], errors.Select(e => $"{e.PropertyName} {e.ErrorCode}"));
        Assert.Equal("Source 'esta-jcc-article' is listed twice.", errors[0].ErrorMessage);
    }

    [Fact]
    public void A_record_needs_a_source_but_an_inference_only_its_own()
    {
        Assert.Equal(["Sources " + ValidationCodes.Citations.NoSource], Codes(Krg with { Sources = [] }));
        Assert.Equal(["Inference.From[0] " + ValidationCodes.General.MissingIdentifier], Codes(Krg with { Inference = new Inference { Reasoning = "r", From = [default] } }));
    }
}
