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
    private static IncidentValidator Validator => new();

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
        new("the Peshmerga's killed above the reported total", i => i with { ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(2) } }, "ReportedTotals.Killed", ValidationCodes.Incidents.PartiesExceedReportedTotal),
        new("the only party's injured below the reported total", i => i with { ReportedTotals = new CasualtyTotals { Injured = new CasualtyEstimate(5, 6, 9) } }, "ReportedTotals.Injured", ValidationCodes.Incidents.PartiesShortOfReportedTotal),
        new("a reported total with low above best", i => i with { ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(3, 2, 5) } }, "ReportedTotals.Killed", ValidationCodes.Incidents.UnorderedEstimate),
        new("a reported total citing a source twice", i => i with { ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(3), Sources = [ArticleFacts.Esta, ArticleFacts.Esta] } }, "ReportedTotals.Sources[1]", ValidationCodes.Citations.DuplicateSource),
        new("an inference from no source", i => i with { Inference = new Domain.Provenance.Inference { Reasoning = "Follows from the map." } }, "Inference.From", ValidationCodes.Citations.InferenceWithoutSource),
        new("an inference without reasoning", i => i with { Inference = new Domain.Provenance.Inference { Reasoning = " ", From = [ArticleFacts.Esta] } }, "Inference.Reasoning", ValidationCodes.General.RequiredTextMissing),
        new("a blank summary", i => i with { Summary = "" }, "Summary", ValidationCodes.General.BlankText),
        new("no source", i => i with { Sources = [] }, "Sources", ValidationCodes.Citations.NoSource),
        new("an origin naming no data set", i => i with { Origin = Imported with { DataSet = " " } }, "Origin.DataSet", ValidationCodes.Origins.BlankDataSet),
        new("an origin with a null data set", i => i with { Origin = Imported with { DataSet = null! } }, "Origin.DataSet", ValidationCodes.Origins.BlankDataSet),
        new("an origin giving no event id", i => i with { Origin = Imported with { EventId = "" } }, "Origin.EventId", ValidationCodes.Origins.BlankEventId),
        new("an origin with a null event id", i => i with { Origin = Imported with { EventId = null!, IsEventIdDerived = true } }, "Origin.EventId", ValidationCodes.Origins.BlankEventId),
        new("a default field of an origin", i => i with { Origin = Imported with { Fields = Imported.Fields.Add(default) } }, "Origin.Fields[2]", ValidationCodes.Origins.BlankFieldColumn),
        new("a field of an origin naming a blank column", i => i with { Origin = Imported with { Fields = [new Domain.Provenance.OriginField("\t", "x")] } }, "Origin.Fields[0]", ValidationCodes.Origins.BlankFieldColumn),
    ];

    private static readonly Domain.Provenance.RecordOrigin Imported = new()
    {
        DataSet = "ACLED",
        EventId = "IRQ12345",
        Fields = [new Domain.Provenance.OriginField("event_id_cnty", "IRQ12345"), new Domain.Provenance.OriginField("notes", "")],
    };

    [Fact]
    public void An_origin_whose_values_hold_empty_cells_line_breaks_and_control_characters_is_valid()
    {
        var origin = Imported with { Fields = [new Domain.Provenance.OriginField("notes", "line\nbreak\u0007"), new Domain.Provenance.OriginField("tags", ""), new Domain.Provenance.OriginField(" padded ", " ")] };

        Validator.TestValidate(ArticleFacts.PrdeAttack with { Origin = origin }).ShouldNotHaveAnyValidationErrors();
    }

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
    public void Totals_that_agree_with_the_parties_are_valid_whether_the_parties_report_all_or_some()
    {
        // UCDP: a total range, and a best per side inside it.
        Validator.TestValidate(ArticleFacts.PrdeAttack with { ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(3, 4, 6), Injured = new CasualtyEstimate(0, 2, 2) } }).ShouldNotHaveAnyValidationErrors();

        // A party that reports nothing may account for the rest of a total above the others' sum.
        var partial = ArticleFacts.PrdeAttack with
        {
            Casualties = [.. ArticleFacts.PrdeAttack.Casualties, new Casualties(AffectedParty.Civilians)],
            ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(10) },
        };
        Validator.TestValidate(partial).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void An_unreported_toll_is_null_an_explicit_zero_is_zero_and_a_reported_total_wins()
    {
        var unreported = ArticleFacts.PrdeAttack with { Casualties = [new Casualties(AffectedParty.Of(ArticleFacts.Peshmerga))] };
        Assert.Null(unreported.TotalKilled);
        Assert.Null(unreported.TotalInjured);
        Assert.False(unreported.IsTotalKilledPartial);
        Assert.Null((ArticleFacts.PrdeAttack with { Casualties = [] }).TotalKilled);

        var zero = ArticleFacts.PrdeAttack with { Casualties = [new Casualties(AffectedParty.Civilians, CasualtyEstimate.Zero, CasualtyEstimate.Zero)] };
        Assert.Equal(CasualtyEstimate.Zero, zero.TotalKilled);

        var some = ArticleFacts.PrdeAttack with { Casualties = [.. ArticleFacts.PrdeAttack.Casualties, new Casualties(AffectedParty.Civilians, Injured: CasualtyEstimate.Exactly(1))] };
        Assert.Equal(CasualtyEstimate.Exactly(3), some.TotalKilled);
        Assert.True(some.IsTotalKilledPartial);
        Assert.Equal(CasualtyEstimate.Exactly(3), some.TotalInjured);
        Assert.False(some.IsTotalInjuredPartial);

        var acled = ArticleFacts.PrdeAttack with { Casualties = [], ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(4) } };
        Assert.Equal(CasualtyEstimate.Exactly(4), acled.TotalKilled);
        Assert.Null(acled.TotalInjured);
        Assert.False(acled.IsTotalKilledPartial);
    }

    [Fact]
    public void Two_unidentified_perpetrators_are_not_a_duplicate()
    {
        var incident = ArticleFacts.PrdeAttack with { Perpetrators = [Perpetrator.Unidentified, Perpetrator.Unidentified] };

        Validator.TestValidate(incident).ShouldNotHaveAnyValidationErrors();
    }
}
