using System;
using System.Linq;
using Coordination.Cli.Commands.Report;
using Coordination.Cli.Tests.TestHost;
using Coordination.Domain.Catalog;
using Coordination.Domain.Finance;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using NodaTime;
using Xunit;
using static Coordination.Cli.Tests.TestHost.Records;

namespace Coordination.Cli.Tests.Commands.Report;

public class SituationReportProjectionTests
{
    private static readonly CoordinationCatalog Forces = new()
    {
        Actors = [Actor("goi", "Government of Iraq", "GoI"), Actor("krg", "Kurdistan Regional Government", "KRG"), Actor("isf", "Iraqi Security Forces", "ISF"), Actor("peshmerga", "Peshmerga")],
    };

    private static SituationReport Report(CoordinationCatalog catalog, string asOf, int limit = SituationReportProjection.DefaultIncidentLimit) =>
        new SituationReportProjection(catalog).Project(Date(asOf), "test", limit);

    [Fact]
    public void A_territory_is_listed_only_on_dates_when_two_or_more_actors_claim_it()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Territories =
            [
                Territory("kirkuk", "goi", "krg"),
                Territory("basra", "goi"),
                Territory("diyala") with { Claims = [Claim("goi", DatePeriod.Always), Claim("krg", DatePeriod.From(Date("2020-01-01")))] },
            ],
        };

        Assert.Equal(["kirkuk"], Report(catalog, "2019-12-31").DisputedTerritories.Select(t => t.Id));
        Assert.Equal(["kirkuk", "diyala"], Report(catalog, "2020-01-01").DisputedTerritories.Select(t => t.Id));
    }

    [Fact]
    public void A_governorate_held_only_in_its_city_is_reported_by_its_parts_and_the_city_inherits_its_dispute()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Territories =
            [
                Territory("kirkuk", "goi", "krg"),
                Territory("kirkuk-city") with
                {
                    Names = Domain.Names.NameSet.Of("Kirkuk city"), Parent = TerritoryId.Parse("kirkuk"),
                    ControlPeriods = [Control("peshmerga", DatePeriod.Until(Date("2017-10-16"))), Control("isf", DatePeriod.From(Date("2017-10-16")))],
                },
            ],
        };

        var report = Report(catalog, "2017-11-01");

        var kirkuk = report.DisputedTerritories.Single(t => t.Id == "kirkuk");
        Assert.Null(kirkuk.Controller);
        Assert.Equal("ISF in part (Kirkuk city), derived", ReportWords.Control(kirkuk));
        var city = report.DisputedTerritories.Single(t => t.Id == "kirkuk-city");
        Assert.Equal("Kirkuk", city.DisputedAsPartOf);
        Assert.Equal("GoI, KRG (as part of Kirkuk)", ReportWords.Claims(city));
        Assert.Equal("ISF since 2017-10-16 (before: Peshmerga)", ReportWords.Control(city));
    }

    [Fact]
    public void Claimants_are_named_by_acronym_and_in_identifier_order()
    {
        var catalog = new CoordinationCatalog { Actors = Forces.Actors, Territories = [Territory("kirkuk", "krg", "goi", "krg")] };

        var territory = Assert.Single(Report(catalog, "2021-01-01").DisputedTerritories);

        Assert.Equal([new ActorReference("goi", "GoI"), new ActorReference("krg", "KRG")], territory.Claimants);
    }

    [Fact]
    public void The_controller_is_the_one_in_force_on_the_date_with_the_one_before_it()
    {
        var retaken = Date("2017-10-16");
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Territories =
            [
                Territory("kirkuk", "goi", "krg")
                    .WithControlPeriod(Control("peshmerga", DatePeriod.Until(retaken)))
                    .WithControlPeriod(Control("isf", DatePeriod.From(retaken))),
            ],
        };

        var before = Assert.Single(Report(catalog, "2017-10-15").DisputedTerritories);
        var after = Assert.Single(Report(catalog, "2017-10-16").DisputedTerritories);

        Assert.Equal(("Peshmerga", null, null), (before.Controller?.Name, before.ControlledSince, before.PreviousController?.Name));
        Assert.Equal(("ISF", "2017-10-16", "Peshmerga"), (after.Controller?.Name, after.ControlledSince, after.PreviousController?.Name));
    }

    [Fact]
    public void A_control_period_known_to_the_year_or_month_is_shown_as_precisely_as_reported()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Territories =
            [
                Territory("kirkuk", "goi", "krg")
                    .WithControlPeriod(Control("peshmerga", DatePeriod.FromThrough(ReportedDate.InYear(2014), ReportedDate.InMonth(new YearMonth(2017, 9))))),
                Territory("sinjar", "goi", "krg")
                    .WithControlPeriod(Control("isf", DatePeriod.From(ReportedDate.InMonth(new YearMonth(2017, 10))))),
            ],
        };

        var report = Report(catalog, "2017-10-20");
        var kirkuk = Report(catalog, "2014-01-01").DisputedTerritories.Single(t => t.Id == "kirkuk");
        var sinjar = report.DisputedTerritories.Single(t => t.Id == "sinjar");

        Assert.Equal(("Peshmerga", "2014"), (kirkuk.Controller?.Name, kirkuk.ControlledSince));
        Assert.Equal(("ISF", "2017-10"), (sinjar.Controller?.Name, sinjar.ControlledSince));
        Assert.Equal("Peshmerga since 2014", ReportWords.Control(kirkuk));
    }

    [Fact]
    public void A_one_sided_or_approximate_incident_date_is_shown_as_reported()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents =
            [
                Incident("before", ReportedDate.OnOrBefore(ReportedDate.OnDay(Date("2021-05-01"), PartOfDay.EarlyHours))),
                Incident("about", ReportedDate.OnDayAbout(Date("2021-12-02"), new LocalTime(2, 0))),
                Incident("after", ReportedDate.NotBefore(ReportedDate.InYear(2014))),
            ],
        };

        Assert.Equal(["2021-12-02T~02:00", "on or before 2021-05-01 (early hours)", "not before 2014"], Report(catalog, "2022-01-01").Incidents.Select(i => i.Date));
    }

    [Fact]
    public void A_territory_with_no_control_period_on_the_date_has_no_controller()
    {
        var catalog = new CoordinationCatalog { Actors = Forces.Actors, Territories = [Territory("kirkuk", "goi", "krg")] };

        Assert.Null(Assert.Single(Report(catalog, "2021-01-01").DisputedTerritories).Controller);
    }

    [Fact]
    public void A_mechanism_appears_from_its_first_reported_status_with_the_status_in_force()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Mechanisms =
            [
                Mechanism(
                    "jcc-kirkuk",
                    (MechanismStatus.Proposed, ReportedDate.InMonth(new YearMonth(2020, 8))),
                    (MechanismStatus.Agreed, ReportedDate.OnDay(Date("2020-10-13"))),
                    (MechanismStatus.Established, ReportedDate.OnDay(Date("2021-05-20"))),
                    (MechanismStatus.Operational, ReportedDate.OnDay(Date("2021-05-31")))),
            ],
        };

        Assert.Empty(Report(catalog, "2020-07-31").Mechanisms);
        Assert.Equal(("proposed", "2020-08"), Status(Report(catalog, "2020-08-01")));
        Assert.Equal(("agreed", "2020-10-13"), Status(Report(catalog, "2021-05-19")));
        Assert.Equal(("operational", "2021-05-31"), Status(Report(catalog, "2024-01-01")));

        static (string, string?) Status(SituationReport report) => (report.Mechanisms[0].Status, report.Mechanisms[0].StatusSince);
    }

    [Fact]
    public void A_mechanism_no_source_dates_is_listed_on_every_date_as_not_dated()
    {
        var catalog = new CoordinationCatalog { Actors = Forces.Actors, Mechanisms = [Mechanism("mopa-liaison-officers-joc")] };

        foreach (var asOf in new[] { "2010-01-01", "2021-05-03" })
        {
            var entry = Assert.Single(Report(catalog, asOf).Mechanisms);
            Assert.Equal(("not dated by the sources", null), (entry.Status, entry.StatusSince));
        }
    }

    [Fact]
    public void A_mechanism_cites_the_sources_of_its_status_changes_up_to_the_date_only()
    {
        var catalog = new CoordinationCatalog
        {
            Mechanisms = [Mechanism("jccc", (MechanismStatus.Established, ReportedDate.InYear(2015)), (MechanismStatus.Operational, ReportedDate.InYear(2016)))],
        };

        Assert.Equal(["src-jccc-established"], Report(catalog, "2015-06-01").Sources.Select(s => s.Id));
        Assert.Equal(["src-jccc-established", "src-jccc-operational"], Report(catalog, "2016-06-01").Sources.Select(s => s.Id));
    }

    [Fact]
    public void Incidents_after_the_date_are_left_out_and_the_rest_come_latest_first()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents =
            [
                Incident("a", ReportedDate.OnDay(Date("2021-05-01"))),
                Incident("b", ReportedDate.OnDay(Date("2021-09-05"))),
                Incident("c", ReportedDate.OnDay(Date("2020-01-01"))),
                Incident("d", ReportedDate.InMonth(new YearMonth(2021, 6))),
            ],
        };

        Assert.Equal(["d", "a", "c"], Report(catalog, "2021-06-01").Incidents.Select(i => i.Id));
    }

    [Fact]
    public void The_incident_limit_keeps_the_latest_and_counts_the_rest()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents = [.. Enumerable.Range(1, 12).Select(day => Incident($"i{day}", ReportedDate.OnDay(new LocalDate(2021, 5, day))))],
        };

        var report = Report(catalog, "2021-05-31", limit: 3);

        Assert.Equal(["i12", "i11", "i10"], report.Incidents.Select(i => i.Id));
        Assert.Equal(9, report.IncidentsOmitted);
        Assert.Equal(12, Report(catalog, "2021-05-31", limit: 0).IncidentsOmitted);
    }

    [Fact]
    public void Casualties_are_given_per_party_and_added_up()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Incidents =
            [
                Incident(
                    "makhmour-2021-12-02",
                    ReportedDate.OnDay(Date("2021-12-02")),
                    Hit("peshmerga", 10, 0),
                    new Casualties(AffectedParty.Civilians, new CasualtyEstimate(2, 3, 4), CasualtyEstimate.Zero)),
            ],
        };

        var incident = Assert.Single(Report(catalog, "2021-12-31").Incidents);

        Assert.Equal(["Peshmerga: 10 killed, 0 injured", "civilians: 3 (2–4) killed, 0 injured"], incident.Casualties.Select(c => $"{c.PartyName}: {c.Killed} killed, {c.Injured} injured"));
        Assert.Equal(new CasualtyCount(12, 13, 14), incident.TotalKilled);
    }

    [Fact]
    public void Casualty_totals_beyond_the_range_of_an_int_do_not_overflow()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents = [Incident("huge", ReportedDate.OnDay(Date("2021-01-01")), Hit("peshmerga", int.MaxValue, 0), Hit("isf", int.MaxValue, 0))],
        };

        Assert.Equal(2L * int.MaxValue, Assert.Single(Report(catalog, "2021-01-01").Incidents).TotalKilled?.Best);
    }

    [Fact]
    public void The_time_of_an_incident_is_given_as_reported()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents =
            [
                Incident("night", ReportedDate.OnDay(Date("2021-05-01"), PartOfDay.EarlyHours)),
                Incident("timed", ReportedDate.OnDay(Date("2021-12-02"), new LocalTime(22, 30))),
            ],
        };

        Assert.Equal(["2021-12-02T22:30", "2021-05-01 (early hours)"], Report(catalog, "2022-01-01").Incidents.Select(i => i.Date));
    }

    [Fact]
    public void Support_begun_by_the_date_is_shown_as_ongoing_or_ended_with_its_amount()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Support =
            [
                Support("since-2014", DatePeriod.From(Date("2014-01-01")), new Money(5_000_000_000m, CurrencyCode.UnitedStatesDollar, AmountQualifier.MoreThan)),
                Support("ended", DatePeriod.Between(Date("2016-01-01"), Date("2018-01-01")), null),
                Support("later", DatePeriod.From(Date("2026-01-01")), null),
            ],
        };

        var support = Report(catalog, "2021-05-01").Support;

        Assert.Equal(["since-2014", "ended"], support.Select(s => s.Id));
        Assert.Equal([true, false], support.Select(s => s.Ongoing));
        Assert.Equal("more than 5,000,000,000 USD", support[0].Amount);
        Assert.Null(support[1].Amount);

        static EnablingSupport Support(string id, DatePeriod period, Money? amount) => new()
        {
            Id = SupportId.Parse(id),
            Provider = ActorId.Parse("isf"),
            Recipients = [ActorId.Parse("peshmerga")],
            Kinds = [SupportKind.AirSupport],
            Period = period,
            Amount = amount,
        };
    }

    [Fact]
    public void Sources_are_those_cited_once_each_in_order_of_first_citation()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Territories = [Territory("kirkuk", "goi", "krg") with { Sources = Cites("b", "a") }],
            Incidents = [Incident("i", ReportedDate.OnDay(Date("2021-01-01"))) with { Sources = Cites("a", "c", "missing") }],
            Sources = [Source("a", "Title A"), Source("b", "Title B"), Source("c", "Title C"), Source("unused", "Unused")],
        };

        var sources = Report(catalog, "2021-06-01").Sources;

        Assert.Equal(["b", "a", "c", "missing"], sources.Select(s => s.Id));
        Assert.Equal(["Title B", "Title A", "Title C", string.Empty], sources.Select(s => s.Title));
        Assert.Equal("(not in catalog)", sources[3].Publisher);
    }

    [Fact]
    public void Identifiers_the_catalog_does_not_hold_are_shown_as_they_are()
    {
        var catalog = new CoordinationCatalog
        {
            Territories = [Territory("kirkuk", "goi", "krg") with { Parent = TerritoryId.Parse("nowhere") }],
            Incidents = [Incident("i", ReportedDate.OnDay(Date("2021-01-01")), Hit("ghosts", 1, 0)) with { Location = new() { Territory = TerritoryId.Parse("atlantis"), Precision = Domain.Geography.LocationPrecision.Region } }],
        };

        var report = Report(catalog, "2021-06-01");

        Assert.Equal(["goi", "krg"], report.DisputedTerritories[0].Claimants.Select(c => c.Name));
        Assert.Equal(("atlantis", "atlantis", "ghosts"), (report.Incidents[0].Place, report.Incidents[0].Territory, report.Incidents[0].Casualties[0].PartyName));
    }

    [Fact]
    public void An_empty_catalog_gives_an_empty_report()
    {
        var report = Report(CoordinationCatalog.Empty, "2021-06-01");

        Assert.Equal("2021-06-01", report.AsOf);
        Assert.True(report.DisputedTerritories.IsEmpty && report.Lines.IsEmpty && report.Mechanisms.IsEmpty && report.Incidents.IsEmpty && report.Support.IsEmpty && report.Sources.IsEmpty);
    }

    [Fact]
    public void A_negative_incident_limit_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SituationReportProjection(CoordinationCatalog.Empty).Project(Date("2021-01-01"), "test", -1));
    }

    [Fact]
    public void Mechanisms_in_force_and_undated_ones_are_listed_together_in_catalog_order()
    {
        var catalog = new CoordinationCatalog
        {
            Actors = Forces.Actors,
            Mechanisms =
            [
                Mechanism("later", (MechanismStatus.Proposed, ReportedDate.OnDay(Date("2030-01-01")))),
                Mechanism("undated-first"),
                Mechanism("jccc", (MechanismStatus.Established, ReportedDate.InYear(2015))),
                Mechanism("undated-last"),
            ],
        };

        var mechanisms = Report(catalog, "2021-01-01").Mechanisms;

        Assert.Equal(["undated-first", "jccc", "undated-last"], mechanisms.Select(m => m.Id));
        Assert.Equal(["not dated by the sources", "established", "not dated by the sources"], mechanisms.Select(m => m.Status));
    }

    [Fact]
    public void Only_the_sources_of_the_incidents_shown_are_cited()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents =
            [
                Incident("old", ReportedDate.OnDay(Date("2020-01-01"))) with { Sources = Cites("old-source") },
                Incident("new", ReportedDate.OnDay(Date("2021-01-01"))) with { Sources = Cites("new-source") },
            ],
        };

        Assert.Equal(["new-source"], Report(catalog, "2021-06-01", limit: 1).Sources.Select(s => s.Id));
        Assert.Equal(["new-source", "old-source"], Report(catalog, "2021-06-01", limit: 2).Sources.Select(s => s.Id));
    }

    [Fact]
    public void The_report_projects_the_situation_the_library_works_out()
    {
        var catalog = Domain.Reference.ReferenceCatalog.Load();
        var situation = Domain.Analysis.SituationAnalysis.SituationOn(catalog, Date("2021-05-03"));

        var report = new SituationReportProjection(catalog).Project(situation, "reference catalog", int.MaxValue);

        Assert.Equal(situation.DisputedTerritories.Select(t => t.Territory.Value), report.DisputedTerritories.Select(t => t.Id));
        Assert.Equal(situation.Incidents.Select(i => i.Incident.Value), report.Incidents.Select(i => i.Id));
        // The report shows no relations or posts, so it lists the situation's sources less those only they cite, in the same order.
        var shownOnlyAsRelationsOrPosts = situation.Relations.SelectMany(r => r.Sources).Concat(situation.Posts.SelectMany(p => p.Sources)).ToHashSet();
        var citedByShown = situation.DisputedTerritories.SelectMany(t => t.Sources).Concat(situation.Lines.SelectMany(l => l.Sources))
            .Concat(situation.Mechanisms.SelectMany(m => m.Sources)).Concat(situation.UndatedMechanisms.SelectMany(m => m.Sources))
            .Concat(situation.Incidents.SelectMany(i => i.Sources)).Concat(situation.Support.SelectMany(x => x.Sources)).ToHashSet();
        Assert.Equal(situation.Sources.Where(citedByShown.Contains).Select(s => s.Value), report.Sources.Select(s => s.Id));
        Assert.All(situation.Sources.Where(s => !citedByShown.Contains(s)), s => Assert.Contains(s, shownOnlyAsRelationsOrPosts));
        Assert.Equal(situation.Mechanisms.Length + situation.UndatedMechanisms.Length, report.Mechanisms.Length);
    }

    [Fact]
    public void An_unreported_toll_is_not_reported_never_zero_and_a_sum_over_some_parties_is_at_least()
    {
        var catalog = new CoordinationCatalog
        {
            Incidents =
            [
                Incident("offensive-2014", ReportedDate.InYear(2014)),
                Incident("clash-2021", ReportedDate.OnDay(Date("2021-05-01")), Hit("peshmerga", 3, 0), new Casualties(AffectedParty.Civilians)),
                Incident("attack-2022", ReportedDate.OnDay(Date("2022-12-01")), new Casualties(AffectedParty.Civilians, null, CasualtyEstimate.Exactly(4))) with
                {
                    ReportedTotals = new CasualtyTotals { Killed = new CasualtyEstimate(2, 3, 5) },
                },
            ],
        };

        var incidents = Report(catalog, "2023-01-01").Incidents;

        var attack = incidents.Single(i => i.Id == "attack-2022");
        Assert.Equal("3 (2–5) killed, 4 injured", ReportWords.Total(attack));
        Assert.Equal(["civilians: killed not reported, 4 injured"], ReportWords.Casualties(attack));
        var clash = incidents.Single(i => i.Id == "clash-2021");
        Assert.Equal("at least 3 killed, at least 0 injured", ReportWords.Total(clash));
        Assert.True(clash.TotalKilled!.IsPartial);
        Assert.Equal(["peshmerga: 3 killed, 0 injured", "civilians: not reported"], ReportWords.Casualties(clash));
        var offensive = incidents.Single(i => i.Id == "offensive-2014");
        Assert.Null(offensive.TotalKilled);
        Assert.Null(offensive.TotalInjured);
        Assert.Equal("not reported", ReportWords.Total(offensive));
    }

    [Fact]
    public void Inferred_incidents_are_marked_inferred()
    {
        var inference = new Domain.Provenance.Inference { Reasoning = "The article dates it by the week.", From = Cites("src") };
        var catalog = new CoordinationCatalog
        {
            Incidents = [Incident("stated", ReportedDate.OnDay(Date("2021-05-01"))), Incident("inferred", ReportedDate.OnDay(Date("2021-05-02"))) with { Inference = inference }],
        };

        var incidents = Report(catalog, "2021-06-01").Incidents;

        Assert.True(incidents.Single(i => i.Id == "inferred").Inferred);
        Assert.False(incidents.Single(i => i.Id == "stated").Inferred);
    }
}
