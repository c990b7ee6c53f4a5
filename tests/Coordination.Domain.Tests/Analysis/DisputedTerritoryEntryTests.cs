using System;
using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using Xunit;
using static Coordination.Domain.Tests.Analysis.SituationRecords;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>What a disputed territory's entry in a situation takes from the territory, its claims and its control.</summary>
public sealed class DisputedTerritoryEntryTests
{
    private static readonly Inference Inferred = new() { Reasoning = "Read from the constitution.", From = Cites("src-constitution") };

    private static readonly CoordinationCatalog Catalog = new()
    {
        Territories =
        [
            Territory("kirkuk") with
            {
                Claims =
                [
                    Claim("krg", DatePeriod.From(Date("2005-10-15")), "src-krg-claim") with { Inference = Inferred },
                    Claim("goi", DatePeriod.Always, "src-goi-claim") with { Inference = Inferred },
                    Claim("kdp", DatePeriod.Until(Date("2000-01-01")), "src-ended-claim") with { Inference = Inferred },
                ],
                ControlPeriods =
                [
                    Control("mnf-i", DatePeriod.Between(Date("2003-04-10"), Date("2011-12-18")), "src-mnf"),
                    Control("peshmerga", DatePeriod.Between(Date("2014-06-12"), Date("2017-10-16")), "src-peshmerga"),
                    Control("isf", DatePeriod.From(ReportedDate.InMonth(new YearMonth(2017, 10))), "src-isf"),
                    Control("isis", DatePeriod.From(Date("2020-01-01")), "src-isis-part") with { Extent = ControlExtent.Part, Part = "Wadi al-Shay" },
                ],
                Inference = Inferred,
            },
            Territory("dibis") with { Kind = TerritoryKind.District, Parent = TerritoryId.Parse("kirkuk"), Sources = Cites("src-dibis") },
        ],
    };

    private static DisputedTerritory On(string territory, string date = "2021-05-03") =>
        Catalog.SituationOn(Date(date)).DisputedTerritories.Single(t => t.Territory.Value == territory);

    [Fact]
    public void The_entry_takes_the_whole_control_in_force_with_its_precision_and_the_latest_ended_one_as_previous()
    {
        var kirkuk = On("kirkuk");

        Assert.Equal(ActorId.Parse("isf"), kirkuk.Controller);
        Assert.Equal((Date("2017-10-01"), DatePrecision.Month), (kirkuk.ControlledSince, kirkuk.ControlledSincePrecision));
        Assert.Equal(ActorId.Parse("peshmerga"), kirkuk.PreviousController);
        Assert.Equal(ActorId.Parse("mnf-i"), On("kirkuk", "2013-01-01").PreviousController);
        Assert.Equal(DatePrecision.Day, On("kirkuk", "2013-01-01").ControlledSincePrecision);
    }

    [Fact]
    public void Only_claims_in_force_count_and_their_inferred_claimants_are_in_order()
    {
        var kirkuk = On("kirkuk");

        Assert.Equal([ActorId.Parse("goi"), ActorId.Parse("krg")], kirkuk.InferredClaimants);
        Assert.True(kirkuk.IsInferred);
        Assert.Contains(SourceId.Parse("src-krg-claim"), kirkuk.Sources);
        Assert.Contains(SourceId.Parse("src-goi-claim"), kirkuk.Sources);
        Assert.DoesNotContain(SourceId.Parse("src-ended-claim"), kirkuk.Sources);
        Assert.Contains(SourceId.Parse("src-isis-part"), kirkuk.Sources);
        Assert.Contains(SourceId.Parse("src-isf"), kirkuk.Sources);
        Assert.DoesNotContain(SourceId.Parse("src-peshmerga"), kirkuk.Sources);
    }

    [Fact]
    public void A_part_disputed_through_its_whole_cites_the_claims_of_the_whole()
    {
        var dibis = On("dibis");

        Assert.Equal(TerritoryId.Parse("kirkuk"), dibis.InheritedFrom);
        Assert.False(dibis.IsInferred);
        Assert.Equal([ActorId.Parse("goi"), ActorId.Parse("krg")], dibis.InferredClaimants);
        Assert.Contains(SourceId.Parse("src-goi-claim"), dibis.Sources);
        Assert.Contains(SourceId.Parse("src-dibis"), dibis.Sources);
        Assert.Null(dibis.Controller);
    }

    [Fact]
    public void An_incident_entry_leaves_out_missing_casualty_lines_and_the_catalog_is_required()
    {
        var hit = Hit("peshmerga", 3, 2);
        var entry = SituationAnalysis.Entry(Incident("a", ReportedDate.OnDay(Date("2021-05-01")), hit) with { Casualties = [null!, hit] });

        Assert.Equal([hit], entry.Casualties);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => ((CoordinationCatalog)null!).SituationOn(Date("2021-05-01"))).ParamName);
    }
}
