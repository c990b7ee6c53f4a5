using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Tests.Validation;
using Coordination.Domain.Validation;
using FluentValidation.TestHelper;
using Xunit;

namespace Coordination.Domain.Tests.Incidents;

public sealed class IncidentValidatorTests : EnglishCulture
{
    private static readonly IncidentValidator Validator = new();

    public static TheoryData<RuleCase<Incident>> Rules() => new(RuleCases);

    private static RuleCase<Incident>[] RuleCases =>
    [
        new("a default identifier", i => i with { Id = default }, "Id", ValidationCodes.General.MissingIdentifier),
        new("an undefined kind", i => i with { Kind = (IncidentKind)25 }, "Kind", ValidationCodes.General.UndefinedEnumValue),
        new("a default date", i => i with { Date = default }, "Date", ValidationCodes.General.MissingDate),
        new("no location", i => i with { Location = null! }, "Location", ValidationCodes.General.NullValue),
        new("a location with nothing to find it by", i => i with { Location = new IncidentLocation { Precision = LocationPrecision.Region } }, "Location", ValidationCodes.Incidents.UnspecifiedLocation),
        new("an exact location without a point", i => i with { Location = i.Location with { Point = null, Precision = LocationPrecision.ExactLocation } }, "Location.Point", ValidationCodes.Incidents.ExactLocationWithoutPoint),
        new("an undefined precision", i => i with { Location = i.Location with { Precision = 0 } }, "Location.Precision", ValidationCodes.General.UndefinedEnumValue),
        new("a blank place name", i => i with { Location = i.Location with { PlaceName = " " } }, "Location.PlaceName", ValidationCodes.General.BlankText),
        new("a default territory", i => i with { Location = i.Location with { Territory = default(TerritoryId) } }, "Location.Territory", ValidationCodes.General.MissingIdentifier),
        new("a null perpetrator", i => i with { Perpetrators = i.Perpetrators.Add(null!) }, "Perpetrators[1]", ValidationCodes.General.NullValue),
        new("ISIS as perpetrator twice", i => i with { Perpetrators = i.Perpetrators.Add(new Perpetrator(ArticleFacts.Isis, Attribution.Claimed)) }, "Perpetrators[1]", ValidationCodes.Incidents.DuplicatePerpetrator),
        new("the Peshmerga as target twice", i => i with { Targets = i.Targets.Add(AffectedParty.Of(ArticleFacts.Peshmerga)) }, "Targets[1]", ValidationCodes.Incidents.DuplicateTarget),
        new("a default target", i => i with { Targets = [default] }, "Targets[0].Actor", ValidationCodes.Incidents.PartyWithoutActor),
        new("a null casualties entry", i => i with { Casualties = i.Casualties.Add(null!) }, "Casualties[1]", ValidationCodes.General.NullValue),
        new("the Peshmerga's casualties listed twice", i => i with { Casualties = i.Casualties.Add(i.Casualties[0]) }, "Casualties[1].Party", ValidationCodes.Incidents.DuplicateCasualtyParty),
        new("casualties of a default party", i => i with { Casualties = [i.Casualties[0] with { Party = default }] }, "Casualties[0].Party.Actor", ValidationCodes.Incidents.PartyWithoutActor),
        new("killed with low above best", i => i with { Casualties = [i.Casualties[0] with { Killed = new CasualtyEstimate(4, 3, 5) }] }, "Casualties[0].Killed", ValidationCodes.Incidents.UnorderedEstimate),
        new("injured with best above high", i => i with { Casualties = [i.Casualties[0] with { Injured = new CasualtyEstimate(2, 3, 2) }] }, "Casualties[0].Injured", ValidationCodes.Incidents.UnorderedEstimate),
        new("killed adding up past Int32.MaxValue", i => i with { Casualties = [i.Casualties[0] with { Killed = CasualtyEstimate.Exactly(int.MaxValue) }, new Casualties(AffectedParty.Civilians, CasualtyEstimate.Exactly(1), CasualtyEstimate.Zero)] }, "Casualties", ValidationCodes.Incidents.CasualtyTotalOverflow),
        new("a blank summary", i => i with { Summary = "" }, "Summary", ValidationCodes.General.BlankText),
        new("no source", i => i with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
    ];

    [Fact]
    public void The_Prde_attack_with_3_Peshmerga_killed_and_2_injured_is_valid()
    {
        Validator.TestValidate(ArticleFacts.PrdeAttack).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_its_code_at_its_path_and_nothing_else(RuleCase<Incident> rule)
    {
        Validator.TestValidate(rule.Break(ArticleFacts.PrdeAttack)).ShouldHaveValidationErrorFor(rule.Path).WithErrorCode(rule.Code).Only();
    }

    [Fact]
    public void Totals_that_would_overflow_are_reported_where_reading_them_throws()
    {
        var incident = ArticleFacts.PrdeAttack with
        {
            Casualties = [new Casualties(AffectedParty.Civilians, new CasualtyEstimate(0, 0, int.MaxValue), CasualtyEstimate.Zero), new Casualties(AffectedParty.Unidentified, new CasualtyEstimate(0, 0, 1), CasualtyEstimate.Zero)],
        };

        Assert.Throws<System.OverflowException>(() => incident.TotalKilled);
        Validator.TestValidate(incident).ShouldHaveValidationErrorFor("Casualties").WithErrorCode(ValidationCodes.Incidents.CasualtyTotalOverflow);
    }

    [Fact]
    public void Two_unidentified_perpetrators_are_not_a_duplicate()
    {
        var incident = ArticleFacts.PrdeAttack with { Perpetrators = [Perpetrator.Unidentified, Perpetrator.Unidentified] };

        Validator.TestValidate(incident).ShouldNotHaveAnyValidationErrors();
    }
}
