using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;
using Xunit;
using static Coordination.Domain.Tests.Analysis.SituationRecords;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>The situation on a date of small hand-built catalogs, at the edges of each rule.</summary>
public sealed class SituationAnalysisTests
{
    private static readonly CoordinationCatalog Kirkuk = new()
    {
        Territories =
        [
            Territory("kirkuk")
                .WithClaim(Claim("goi", DatePeriod.Always, "src-goi-claim"))
                .WithClaim(Claim("krg", DatePeriod.From(Date("2005-10-15")), "src-krg-claim"))
                .WithControlPeriod(Control("peshmerga", DatePeriod.Between(Date("2014-06-12"), Date("2017-10-16")), "src-peshmerga"))
                .WithControlPeriod(Control("isf", DatePeriod.From(Date("2017-10-16")), "src-isf")),
        ],
        Mechanisms =
        [
            Mechanism(
                "jcc-kirkuk",
                (MechanismStatus.Proposed, ReportedDate.InMonth(new YearMonth(2020, 8))),
                (MechanismStatus.Agreed, ReportedDate.OnDay(Date("2020-10-13"))),
                (MechanismStatus.Established, ReportedDate.OnDay(Date("2021-05-20")))),
            Mechanism("lnos"),
        ],
        Incidents =
        [
            Incident("a", ReportedDate.OnDay(Date("2021-05-01")), Hit("peshmerga", 3, 2)),
            Incident("b", ReportedDate.OnDay(Date("2021-09-05"))),
            Incident("c", ReportedDate.InMonth(new YearMonth(2021, 6))),
        ],
        Support = [SupportRecord("funding", DatePeriod.Between(Date("2014-10-17"), Date("2021-01-01"))), SupportRecord("later", DatePeriod.From(Date("2026-01-01")))],
    };

    [Fact]
    public void A_date_before_any_record_gives_only_what_is_undated()
    {
        var situation = Kirkuk.SituationOn(Date("1990-01-01"));

        Assert.Equal(Date("1990-01-01"), situation.Date);
        Assert.Empty(situation.DisputedTerritories);
        Assert.Empty(situation.Mechanisms);
        Assert.Empty(situation.Incidents);
        Assert.Empty(situation.Support);
        Assert.Equal(["lnos"], situation.UndatedMechanisms.Select(m => m.Mechanism.Value));
        Assert.Equal(["src-lnos"], situation.Sources.Select(s => s.Value));
    }

    [Fact]
    public void A_mechanism_with_no_history_is_undated_on_every_date_and_never_in_force()
    {
        foreach (var date in new[] { "1990-01-01", "2021-05-03", "2100-01-01" })
        {
            var situation = Kirkuk.SituationOn(Date(date));
            Assert.Equal(["lnos"], situation.UndatedMechanisms.Select(m => m.Mechanism.Value));
            Assert.DoesNotContain(situation.Mechanisms, m => m.Mechanism.Value == "lnos");
        }
    }

    [Fact]
    public void A_mechanism_enters_the_situation_with_its_first_change_and_rests_on_the_last_change_taken_effect()
    {
        Assert.Empty(Kirkuk.SituationOn(Date("2020-07-31")).Mechanisms);

        var august = Assert.Single(Kirkuk.SituationOn(Date("2020-08-01")).Mechanisms);
        Assert.Equal((MechanismStatus.Proposed, ReportedDate.InMonth(new YearMonth(2020, 8)), 0), (august.Status, august.Since, august.ChangeIndex));

        var established = Assert.Single(Kirkuk.SituationOn(Date("2021-05-20")).Mechanisms);
        Assert.Equal((MechanismStatus.Established, 2), (established.Status, established.ChangeIndex));
        Assert.Equal(["src-jcc-kirkuk", "src-jcc-kirkuk-proposed", "src-jcc-kirkuk-agreed", "src-jcc-kirkuk-established"], established.Sources.Select(s => s.Value));
    }

    [Fact]
    public void A_mechanism_cites_the_sources_of_its_changes_up_to_the_date_only()
    {
        var agreed = Assert.Single(Kirkuk.SituationOn(Date("2021-05-19")).Mechanisms);

        Assert.Equal(["src-jcc-kirkuk", "src-jcc-kirkuk-proposed", "src-jcc-kirkuk-agreed"], agreed.Sources.Select(s => s.Value));
    }

    [Fact]
    public void An_incident_on_the_date_itself_is_in_the_situation_and_a_month_counts_from_its_first_day()
    {
        Assert.Equal(["a"], Kirkuk.SituationOn(Date("2021-05-01")).Incidents.Select(i => i.Incident.Value));
        Assert.Empty(Kirkuk.SituationOn(Date("2021-04-30")).Incidents);
        Assert.Equal(["c", "a"], Kirkuk.SituationOn(Date("2021-06-01")).Incidents.Select(i => i.Incident.Value));
        Assert.Equal(["b", "c", "a"], Kirkuk.SituationOn(Date("2021-09-05")).Incidents.Select(i => i.Incident.Value));
    }

    [Fact]
    public void Support_whose_period_ends_on_the_date_is_listed_as_ended_the_period_being_half_open()
    {
        var lastDay = Assert.Single(Kirkuk.SituationOn(Date("2020-12-31")).Support);
        var endDay = Assert.Single(Kirkuk.SituationOn(Date("2021-01-01")).Support);

        Assert.True(lastDay.InForce);
        Assert.False(endDay.InForce);
        Assert.Empty(Kirkuk.SituationOn(Date("2021-01-01")).SupportInForce);
        Assert.Empty(Kirkuk.SituationOn(Date("2014-10-16")).Support);
    }

    [Fact]
    public void Control_ending_on_the_date_is_the_previous_control_and_the_new_period_is_in_force()
    {
        var before = Assert.Single(Kirkuk.SituationOn(Date("2017-10-15")).DisputedTerritories);
        var after = Assert.Single(Kirkuk.SituationOn(Date("2017-10-16")).DisputedTerritories);

        Assert.Equal((ActorId.Parse("peshmerga"), Date("2014-06-12"), (ActorId?)null), (before.Controller, before.ControlledSince, before.PreviousController));
        Assert.Equal((ActorId.Parse("isf"), Date("2017-10-16"), ActorId.Parse("peshmerga")), (after.Controller, after.ControlledSince, after.PreviousController));
        Assert.Equal(["src-goi-claim", "src-krg-claim", "src-isf"], after.Sources.Select(s => s.Value));
    }

    [Fact]
    public void A_territory_is_disputed_only_while_two_actors_claim_it()
    {
        Assert.Empty(Kirkuk.SituationOn(Date("2005-10-14")).DisputedTerritories);
        var disputed = Assert.Single(Kirkuk.SituationOn(Date("2005-10-15")).DisputedTerritories);
        Assert.Equal([ActorId.Parse("goi"), ActorId.Parse("krg")], disputed.Claimants);
        Assert.Null(disputed.Controller);
    }

    [Fact]
    public void Casualty_totals_beyond_the_range_of_an_int_are_added_up_in_64_bits()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents = [Incident("huge", ReportedDate.OnDay(Date("2021-01-01")), Hit("peshmerga", int.MaxValue, 0), Hit("isf", int.MaxValue, 1))],
        };

        var incident = Assert.Single(catalog.SituationOn(Date("2021-01-01")).Incidents);

        Assert.Equal(new CasualtyTotal(2L * int.MaxValue, 2L * int.MaxValue, 2L * int.MaxValue), incident.TotalKilled);
        Assert.Equal(new CasualtyTotal(1, 1, 1), incident.TotalInjured);
        Assert.Equal(2, incident.Casualties.Length);
    }

    [Fact]
    public void Null_records_and_default_source_identifiers_are_skipped_not_thrown_on()
    {
        var catalog = new CoordinationCatalog
        {
            Territories = [null!, Territory("kirkuk", "goi", "krg") with { Sources = [default, SourceId.Parse("a")] }],
            Mechanisms = [null!],
            Incidents = [null!, Incident("i", ReportedDate.OnDay(Date("2021-01-01"))) with { Casualties = [null!, Hit("isf", 1, 0)] }],
            Support = [null!],
            Lines = [null!],
        };

        var situation = catalog.SituationOn(Date("2021-06-01"));

        Assert.Equal(["a"], situation.Sources.Select(s => s.Value));
        Assert.Equal(new CasualtyTotal(1, 1, 1), Assert.Single(situation.Incidents).TotalKilled);
    }

    [Fact]
    public void An_empty_catalog_gives_an_empty_situation()
    {
        var situation = CoordinationCatalog.Empty.SituationOn(Date("2021-06-01"));

        Assert.True(situation.DisputedTerritories.IsEmpty && situation.Lines.IsEmpty && situation.Mechanisms.IsEmpty && situation.UndatedMechanisms.IsEmpty
            && situation.Incidents.IsEmpty && situation.Support.IsEmpty && situation.Sources.IsEmpty);
        Assert.Null(situation.TotalKilled);
        Assert.Null(situation.TotalInjured);
    }

    [Fact]
    public void A_null_catalog_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SituationAnalysis.SituationOn(null!, Date("2021-01-01")));
    }

    [Fact]
    public void Situations_compare_their_collections_by_content()
    {
        var one = new Situation { Date = Date("2021-01-01"), Sources = [SourceId.Parse("a")] };
        var same = new Situation { Date = Date("2021-01-01"), Sources = ImmutableArray.Create(SourceId.Parse("a")) };

        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, same with { Sources = [SourceId.Parse("b")] });
        Assert.NotEqual(one, same with { Date = Date("2021-01-02") });
    }

    [Fact]
    public void Relations_and_posts_are_those_whose_half_open_period_covers_the_date()
    {
        var catalog = new CoordinationCatalog
        {
            Actors =
            [
                new Domain.Actors.Actor
                {
                    Id = ActorId.Parse("peshmerga"),
                    Kind = Domain.Actors.ActorKind.ArmedForce,
                    Names = Domain.Names.NameSet.Of("Peshmerga"),
                    Relations = [new Domain.Actors.ActorRelation { Kind = Domain.Actors.ActorRelationKind.SubordinateTo, Target = ActorId.Parse("krg"), Period = DatePeriod.Between(Date("2010-01-01"), Date("2020-01-01")), Sources = Cites("relation") }],
                },
            ],
            People =
            [
                new Domain.Actors.Person
                {
                    Id = PersonId.Parse("barzani"),
                    Names = Domain.Names.NameSet.Of("Barzani"),
                    Posts = [new Domain.Actors.Post { Actor = ActorId.Parse("krg"), Title = "Prime Minister", Period = DatePeriod.From(Date("2019-06-10")), Sources = Cites("post") }],
                },
            ],
        };

        var both = catalog.SituationOn(Date("2019-12-31"));
        var ended = catalog.SituationOn(Date("2020-01-01"));

        Assert.Equal(("peshmerga", "krg"), (Assert.Single(both.Relations).Actor.Value, both.Relations[0].Relation.Target.Value));
        Assert.Equal(["barzani"], both.Posts.Select(p => p.Person.Value));
        Assert.Equal(["relation", "post"], both.Sources.Select(s => s.Value));
        Assert.Empty(ended.Relations);
        Assert.Single(ended.Posts);
        Assert.Empty(catalog.SituationOn(Date("2019-06-09")).Posts);
    }

    [Fact]
    public void A_mechanism_attested_after_its_last_change_rests_on_the_attestation_and_cites_it()
    {
        var jcc = Mechanism("jcc-diyala", (MechanismStatus.Agreed, ReportedDate.OnDay(Date("2020-08-21"))))
            .WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(Date("2021-05-31")), SourceId.Parse("src-rooms"));
        var catalog = new CoordinationCatalog { Mechanisms = [jcc] };

        var before = Assert.Single(catalog.SituationOn(Date("2021-05-30")).Mechanisms);
        Assert.Equal((MechanismStatus.Agreed, false, (ReportedDate?)ReportedDate.OnDay(Date("2020-08-21")), (ReportedDate?)null), (before.Status, before.Evidence.IsAttested, before.Since, before.AttestedOn));
        Assert.DoesNotContain(before.Sources, s => s.Value == "src-rooms");

        var after = Assert.Single(catalog.SituationOn(Date("2025-01-01")).Mechanisms);
        Assert.Equal((MechanismStatus.Operational, true, (ReportedDate?)null), (after.Status, after.Evidence.IsAttested, after.Since));
        Assert.Equal(ReportedDate.OnDay(Date("2021-05-31")), after.AttestedOn);
        Assert.Equal([MechanismStatus.Established], after.Evidence.Implied);
        Assert.Equal((0, jcc.StatusHistory[0]), (after.ChangeIndex, after.Change));
        Assert.Contains(after.Sources, s => s.Value == "src-rooms");
        Assert.False(after.IsInferred);
    }

    [Fact]
    public void An_attestation_alone_puts_a_mechanism_in_the_situation_from_its_day()
    {
        var catalog = new CoordinationCatalog { Mechanisms = [Mechanism("jcc-kirkuk").WithAttestation(MechanismStatus.Operational, ReportedDate.OnDay(Date("2021-05-31")))] };

        Assert.Empty(catalog.SituationOn(Date("2021-05-30")).Mechanisms);
        Assert.Empty(catalog.SituationOn(Date("2021-05-30")).UndatedMechanisms);
        var entry = Assert.Single(catalog.SituationOn(Date("2021-05-31")).Mechanisms);
        Assert.Equal((MechanismStatus.Operational, -1, (StatusChange?)null), (entry.Status, entry.ChangeIndex, entry.Change));
    }

    [Fact]
    public void Inferred_evidence_or_an_inferred_mechanism_makes_the_entry_inferred()
    {
        var inference = new Coordination.Domain.Provenance.Inference { Reasoning = "Reasoned.", From = [SourceId.Parse("src-x")] };
        var jcc = Mechanism("jcc-kirkuk", (MechanismStatus.Agreed, ReportedDate.InYear(2020)));

        Assert.True(Single(jcc with { StatusHistory = [jcc.StatusHistory[0] with { Inference = inference }] }).IsInferred);
        Assert.True(Single(jcc with { Inference = inference }).IsInferred);
        Assert.False(Single(jcc).IsInferred);

        static MechanismInForce Single(CoordinationMechanism m) => Assert.Single(new CoordinationCatalog { Mechanisms = [m] }.SituationOn(Date("2021-01-01")).Mechanisms);
    }

    [Fact]
    public void A_mechanism_whose_history_is_undated_is_listed_as_undated_with_its_last_status_and_its_sources()
    {
        var proposed = Mechanism("jcc-ninewa") with { StatusHistory = [new StatusChange { Status = MechanismStatus.Proposed, Sources = [SourceId.Parse("src-called-for")] }] };
        var catalog = new CoordinationCatalog { Mechanisms = [proposed] };

        var situation = catalog.SituationOn(Date("2021-05-03"));

        Assert.Empty(situation.Mechanisms);
        var undated = Assert.Single(situation.UndatedMechanisms);
        Assert.Equal(MechanismStatus.Proposed, undated.Status);
        Assert.Contains(undated.Sources, s => s.Value == "src-called-for");
    }
}
