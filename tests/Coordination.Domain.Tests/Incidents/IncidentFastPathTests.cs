using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Validation;
using Xunit;

namespace Coordination.Domain.Tests.Incidents;

/// <summary>
/// The incident fast path vouches only for what it checked: past <see cref="QuickChecks.MaxPairwiseItems"/>
/// items it leaves the list to the validator, which then finds the repeat the fast path never looked for.
/// </summary>
public sealed class IncidentFastPathTests
{
    private const int Limit = QuickChecks.MaxPairwiseItems;

    private static ActorId Actor(int i) => ActorId.Parse($"group-{i}");

    private static string[] Codes(Incident incident) => [.. new IncidentValidator().Validate(incident).Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")];

    [Fact]
    public void The_article_incident_is_vouched_for_at_once()
    {
        Assert.True(IncidentValidator.IsCertainlyValid(ArticleFacts.PrdeAttack));
        Assert.True(IncidentValidator.IsCertainlyValid(ArticleFacts.PrdeAttack with { Origin = new RecordOrigin { DataSet = "ACLED", EventId = "IRQ1", Fields = [new OriginField("notes", "")] } }));
    }

    [Fact]
    public void Perpetrators_past_the_limit_are_left_to_the_validator_which_finds_a_repeat()
    {
        var many = Enumerable.Range(0, Limit).Select(i => new Perpetrator(Actor(i), Attribution.Attributed)).ToImmutableArray();
        var repeated = ArticleFacts.PrdeAttack with { Perpetrators = many.Add(many[0]) };

        Assert.True(IncidentValidator.IsCertainlyValid(ArticleFacts.PrdeAttack with { Perpetrators = many }));
        Assert.False(IncidentValidator.IsCertainlyValid(repeated));
        Assert.Equal([$"Perpetrators[{Limit}] " + ValidationCodes.Incidents.DuplicatePerpetrator], Codes(repeated));
    }

    [Fact]
    public void Targets_past_the_limit_are_left_to_the_validator_which_finds_a_repeat()
    {
        var many = Enumerable.Range(0, Limit).Select(i => AffectedParty.Of(Actor(i))).ToImmutableArray();
        var repeated = ArticleFacts.PrdeAttack with { Targets = many.Add(many[0]), Casualties = [] };

        Assert.True(IncidentValidator.IsCertainlyValid(ArticleFacts.PrdeAttack with { Targets = many, Casualties = [] }));
        Assert.False(IncidentValidator.IsCertainlyValid(repeated));
        Assert.NotEmpty(Codes(repeated));
    }

    [Fact]
    public void Casualties_past_the_limit_are_left_to_the_validator_which_finds_a_repeat()
    {
        var many = Enumerable.Range(0, Limit).Select(i => new Casualties(AffectedParty.Of(Actor(i)), CasualtyEstimate.Exactly(1))).ToImmutableArray();
        var targets = Enumerable.Range(0, Limit).Select(i => AffectedParty.Of(Actor(i))).ToImmutableArray();
        var repeated = ArticleFacts.PrdeAttack with { Targets = targets, Casualties = many.Add(many[0]) };

        Assert.True(IncidentValidator.IsCertainlyValid(ArticleFacts.PrdeAttack with { Targets = targets, Casualties = many }));
        Assert.False(IncidentValidator.IsCertainlyValid(repeated));
        Assert.NotEmpty(Codes(repeated));
    }

    [Fact]
    public void Sources_past_the_limit_are_left_to_the_validator_which_finds_a_repeat()
    {
        var many = Enumerable.Range(0, Limit).Select(i => SourceId.Parse($"source-{i}")).ToImmutableArray();
        var repeated = ArticleFacts.PrdeAttack with { Sources = many.Add(many[0]) };

        Assert.True(QuickChecks.Citations(many, required: true));
        Assert.False(QuickChecks.Citations(many.Add(many[0]), required: true));
        Assert.False(QuickChecks.Citations(many.Add(SourceId.Parse("one-more")), required: true));
        Assert.Contains($"Sources[{Limit}] " + ValidationCodes.Citations.DuplicateSource, Codes(repeated));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void An_origin_field_without_a_column_is_never_vouched_for(string column)
    {
        var incident = ArticleFacts.PrdeAttack with { Origin = new RecordOrigin { DataSet = "ACLED", EventId = "IRQ1", Fields = [new OriginField("notes", "x"), new OriginField(column, "y")] } };

        Assert.False(IncidentValidator.IsCertainlyValid(incident));
        Assert.Equal(["Origin.Fields[1] " + ValidationCodes.Origins.BlankFieldColumn], Codes(incident));
    }

    [Fact]
    public void A_null_incident_is_reported_as_missing_at_the_root()
    {
        var error = Assert.Single(new IncidentValidator().Validate(new FluentValidation.ValidationContext<Incident>(null!)).Errors);

        Assert.Equal((string.Empty, ValidationCodes.General.NullValue), (error.PropertyName, error.ErrorCode));
        Assert.Equal("The Incident to validate is missing (null).", error.ErrorMessage);
        Assert.False(IncidentValidator.IsCertainlyValid(null));
    }
}
