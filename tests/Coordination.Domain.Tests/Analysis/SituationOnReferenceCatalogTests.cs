using System.Linq;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Reference;
using Coordination.Domain.Temporal;
using Xunit;
using static Coordination.Domain.Tests.Analysis.SituationRecords;

namespace Coordination.Domain.Tests.Analysis;

/// <summary>The situation of the reference catalog on the dates its sources speak of.</summary>
public sealed class SituationOnReferenceCatalogTests
{
    private static readonly CoordinationCatalog Reference = ReferenceCatalog.Load();

    private static Situation On(string date) => Reference.SituationOn(Date(date));

    [Fact]
    public void Before_the_retaking_of_Kirkuk_Makhmour_was_held_by_the_Peshmerga_with_no_start_reported()
    {
        var makhmour = On("2017-10-01").DisputedTerritories.Single(t => t.Territory == TerritoryId.Parse("makhmour"));

        Assert.Equal([ActorId.Parse("goi"), ActorId.Parse("krg")], makhmour.Claimants);
        Assert.Equal(ActorId.Parse("peshmerga"), makhmour.Controller);
        Assert.Null(makhmour.ControlledSince);
        Assert.Null(makhmour.PreviousController);
    }

    [Fact]
    public void After_the_retaking_Makhmour_is_held_by_the_ISF_since_2017_10_17_and_the_Peshmerga_before()
    {
        foreach (var date in new[] { "2017-11-01", "2021-05-03", "2025-01-01" })
        {
            var makhmour = On(date).DisputedTerritories.Single(t => t.Territory == TerritoryId.Parse("makhmour"));

            Assert.Equal((ActorId.Parse("isf"), Date("2017-10-17"), ActorId.Parse("peshmerga")), (makhmour.Controller, makhmour.ControlledSince, makhmour.PreviousController));
        }
    }

    [Fact]
    public void The_disputed_territories_are_those_of_the_catalog_in_catalog_order()
    {
        foreach (var date in new[] { "2017-10-01", "2017-11-01", "2021-05-03", "2025-01-01" })
        {
            Assert.Equal(
                Reference.DisputedTerritoriesOn(Date(date)).Select(t => t.Id),
                On(date).DisputedTerritories.Select(t => t.Territory));
            // Kirkuk city, Prde, the K1 base and Kirkuk's districts inherit the dispute of Kirkuk governorate, their parent; the districts
            // usually listed as disputed, and Mandali and Jalawla, that of the disputed territories they are members of (the one rule of
            // CoordinationCatalog.DisputeOn). The Hamrin mountains lie only partly within disputed governorates and inherit nothing.
            Assert.Equal(
                [
                    "kirkuk", "kirkuk-city", "makhmour", "prde", "disputed-territories", "sinjar", "jalawla", "mandali", "k1-base", "tel-afar", "aqra", "shekhan",
                    "hamdaniya", "tilkaif", "kirkuk-district", "daquq", "dibis", "hawija", "tuz-khurmatu", "khanaqin-district", "kifri",
                ],
                On(date).DisputedTerritories.Select(t => t.Territory.Value));
        }
    }

    [Fact]
    public void Around_the_retaking_the_2009_committee_is_established_and_then_dissolved_not_before_2017_10_16()
    {
        var before = On("2017-10-01").Mechanisms;
        Assert.Equal(["jccc", "joint-military-committee-2009"], before.Select(m => m.Mechanism.Value));
        Assert.Equal((MechanismStatus.Established, ReportedDate.InYear(2009)), (before[1].Status, before[1].Since));

        var after = On("2017-11-01").Mechanisms;
        Assert.Equal(["jccc", "joint-military-committee-2009"], after.Select(m => m.Mechanism.Value));
        Assert.Equal((MechanismStatus.Dissolved, ReportedDate.NotBefore(ReportedDate.OnDay(Date("2017-10-16")))), (after[1].Status, after[1].Since));
    }

    [Fact]
    public void On_2021_05_03_the_joint_coordination_centres_are_agreed_not_yet_operational()
    {
        var may2021 = On("2021-05-03").Mechanisms;
        Assert.Equal(
            [
                "jccc", "jcc-diyala", "jcc-kirkuk", "jcc-makhmour", "jcc-ninewa", "jcc-main-baghdad", "jcc-main-erbil", "mopa-liaison-officers-joc",
                "joint-military-committee-2009", "higher-coordinating-committee",
            ],
            may2021.Select(m => m.Mechanism.Value));
        var jccc = may2021[0];
        Assert.Equal((MechanismStatus.Operational, ReportedDate.OnDay(Date("2015-09-02"))), (jccc.Status, jccc.Since));
        Assert.All(may2021.Skip(1).Take(4), m => Assert.Equal((MechanismStatus.Agreed, ReportedDate.OnDay(Date("2020-08-21")), false), (m.Status, m.Since, m.IsInferred)));
        Assert.All(may2021.Skip(5).Take(2), m => Assert.Equal((MechanismStatus.Agreed, ReportedDate.OnDay(Date("2020-10-13"))), (m.Status, m.Since)));
        // Diyala's centre named again in the agreement of 13 October 2020: an attestation of the status in force.
        Assert.Equal(ReportedDate.OnDay(Date("2020-10-13")), may2021[1].AttestedOn);

        // The liaison officers: seen at work on the article's date, inferred (not before Sunday 2 May 2021).
        var liaison = may2021[7];
        Assert.Equal((MechanismStatus.Operational, (ReportedDate?)null, true), (liaison.Status, liaison.Since, liaison.IsInferred));
        Assert.Equal(ReportedDate.NotBefore(ReportedDate.OnDay(Date("2021-05-02"))), liaison.AttestedOn);
    }

    [Fact]
    public void On_2025_01_01_the_four_joint_coordination_centres_are_operational_on_the_strength_of_their_attestations()
    {
        var mechanisms = On("2025-01-01").Mechanisms;
        var four = mechanisms.Where(m => m.Mechanism.Value is "jcc-diyala" or "jcc-kirkuk" or "jcc-makhmour" or "jcc-ninewa").ToList();

        Assert.Equal(4, four.Count);
        Assert.All(four, m =>
        {
            Assert.Equal(MechanismStatus.Operational, m.Status);
            Assert.True(m.Evidence.IsAttested);
            Assert.Equal(ReportedDate.OnDay(Date("2021-06-02")), m.AttestedOn);
            Assert.Equal([MechanismStatus.Established], m.Evidence.Implied);
        });
        // Khanaqin's start is inferred from "on Wednesday"; K1's first meeting on 23 May is stated; Makhmour's and Ninewa's starts are not reported.
        Assert.Equal((ReportedDate.OnDay(Date("2021-05-19")), true), (four[0].Since!.Value, four[0].IsInferred));
        Assert.Equal((ReportedDate.OnDay(Date("2021-05-23")), false), (four[1].Since!.Value, four[1].IsInferred));
        Assert.All(four.Skip(2), m => Assert.Null(m.Since));

        var brigades = mechanisms.Single(m => m.Mechanism == MechanismId.Parse("joint-brigades"));
        Assert.Equal((MechanismStatus.Operational, ReportedDate.OnDay(Date("2024-11-20")), (ReportedDate?)null), (brigades.Status, brigades.AttestedOn, brigades.Since));
        Assert.Equal(MechanismStatus.Operational, mechanisms.Single(m => m.Mechanism == MechanismId.Parse("jcc-main-erbil")).Status);
    }

    [Fact]
    public void On_2017_11_01_Kirkuk_city_is_held_by_the_ISF_and_Kirkuk_governorate_s_picture_is_derived_from_its_parts()
    {
        var city = On("2017-11-01").DisputedTerritories.Single(t => t.Territory == TerritoryId.Parse("kirkuk-city"));
        Assert.Equal((ActorId.Parse("isf"), Date("2017-10-16"), ActorId.Parse("peshmerga")), (city.Controller, city.ControlledSince, city.PreviousController));

        foreach (var (date, controller) in new[] { ("2017-10-01", "peshmerga"), ("2017-11-01", "isf"), ("2025-01-01", "isf") })
        {
            var kirkuk = On(date).DisputedTerritories.Single(t => t.Territory == TerritoryId.Parse("kirkuk"));
            Assert.Null(kirkuk.Controller);
            Assert.Equal([("kirkuk-city", controller), ("prde", controller)], kirkuk.Control!.Derived.Select(d => (d.From.Value, d.Controller.Value)));
        }
    }

    [Fact]
    public void The_2014_offensive_and_the_2017_retaking_have_no_toll_reported_not_a_zero()
    {
        var incidents = On("2025-01-01").Incidents;
        foreach (var id in new[] { "isis-overruns-territory-2014", "disputed-areas-retaken-2017-10", "altun-kupri-clash-2017-10-20" })
        {
            var incident = incidents.Single(i => i.Incident == IncidentId.Parse(id));
            Assert.Equal(((CasualtyTotal?)null, (CasualtyTotal?)null), (incident.TotalKilled, incident.TotalInjured));
            Assert.Empty(incident.Casualties);
        }

        // The sum over the incidents is a lower bound: Prde, Rashad, Qarachogh and Safra give 3 + 12 + 10 + 9 killed at the least.
        Assert.Equal(new CasualtyTotal(34, 38, 38) { IsPartial = true }, On("2025-01-01").TotalKilled);
    }

    [Fact]
    public void Each_status_in_force_rests_on_the_change_it_names_in_the_history()
    {
        foreach (var date in new[] { "2017-10-01", "2017-11-01", "2021-05-03", "2025-01-01" })
        {
            foreach (var entry in On(date).Mechanisms)
            {
                var mechanism = Reference.FindMechanism(entry.Mechanism)!;
                Assert.Equal(mechanism.StatusOn(Date(date)), entry.Status);
                if (entry.ChangeIndex >= 0)
                {
                    Assert.Same(mechanism.StatusHistory[entry.ChangeIndex], entry.Change);
                }
                else
                {
                    // An attested status with no dated change before it: the higher committee, the liaison officers, Makhmour's and Ninewa's centres.
                    Assert.Null(entry.Change);
                    Assert.True(entry.Evidence.IsAttested);
                }

                if (entry.Evidence.AttestationIndex >= 0)
                {
                    Assert.Same(mechanism.Attestations[entry.Evidence.AttestationIndex], entry.Attestation);
                }
            }
        }
    }

    [Fact]
    public void The_mechanisms_no_source_dates_are_listed_apart_on_every_date()
    {
        foreach (var date in new[] { "2017-10-01", "2017-11-01", "2021-05-03", "2025-01-01" })
        {
            // Only the article's joint force, proposed without a date; the others are now dated or attested.
            Assert.Equal(["joint-force-disputed-territories"], On(date).UndatedMechanisms.Select(m => m.Mechanism.Value));
        }
    }

    [Fact]
    public void The_Prde_attack_of_2021_05_01_is_the_latest_incident_with_its_casualties()
    {
        Assert.Equal(["altun-kupri-clash-2017-10-20", "disputed-areas-retaken-2017-10", "isis-overruns-territory-2014"], On("2017-11-01").Incidents.Select(i => i.Incident.Value));

        var incidents = On("2021-05-03").Incidents;
        Assert.Equal(["prde-attack-2021-05-01", "altun-kupri-clash-2017-10-20", "disputed-areas-retaken-2017-10", "isis-overruns-territory-2014"], incidents.Select(i => i.Incident.Value));
        var prde = incidents[0];
        Assert.Equal(((CasualtyTotal?)new CasualtyTotal(3, 3, 3), (CasualtyTotal?)new CasualtyTotal(2, 2, 2)), (prde.TotalKilled, prde.TotalInjured));
        Assert.Equal(["peshmerga"], prde.Casualties.Select(c => c.Party.Actor?.Value));
        // The 2014 offensive and the 2017 retaking report no toll: the sum over the incidents is a lower bound, not a total.
        Assert.Equal(new CasualtyTotal(3, 3, 3) { IsPartial = true }, On("2021-05-03").TotalKilled);
        Assert.Equal("at least 3", On("2021-05-03").TotalKilled.ToString());
        Assert.Null(On("2017-11-01").TotalKilled);
    }

    [Fact]
    public void The_coalition_funding_ended_on_2021_01_01_while_its_enabling_support_goes_on()
    {
        Assert.Equal([("coalition-enabling-support", true), ("coalition-funding-since-2014", true)], On("2017-11-01").Support.Select(s => (s.Support.Value, s.InForce)));
        Assert.Equal([("coalition-enabling-support", true), ("coalition-funding-since-2014", false)], On("2021-05-03").Support.Select(s => (s.Support.Value, s.InForce)));
        Assert.Equal(["coalition-enabling-support"], On("2025-01-01").SupportInForce.Select(s => s.Support.Value));
    }

    [Fact]
    public void The_sources_cited_are_catalogued_once_each_in_order_of_first_citation()
    {
        var situation = On("2021-05-03");

        Assert.Equal(
            [
                "esta-62147", "iso-3166-2-iq", "ocha-cod-ab-iraq", "research-notes", "constitution-of-iraq",
                "gjpi-2009-06-01", "dailyalert-68144", "rudaw-2018-06-04", "ap-2017-10-20", "upi-2017-10-17",
                "rojinfo-2003-lines", "wikipedia-2017-iraqi-kurdish-conflict", "anews-2017-10-17", "rferl-28801770", "ap-2017-10-17-latest",
                "kirkuknow-65623", "iraqnewsgazette-k1", "crisis-group-2009", "democracy-resource-center-2009-11-30", "mopa-jccc-meeting-2021-02",
                "cjtf-oir-2021-08-13", "shafaq-blue-line", "dinardetectives-rudaw-1084", "thenational-2021-12-17", "zhyan-771",
                "gfatf-2021-05-04", "hstoday-2021-02-27", "islamedianalysis-2015-09-03", "kurdishdailynews-2015-09-04", "shafaq-2020-08-21",
                "baghdadpost-2020-08-21", "esta-5951", "aawsat-2563641", "esta-66532", "kurdpress-922",
                "zhyan-972", "shafaq-2021-05-31", "nrt-941", "kurdistan24-23318", "shafaq-2021-07-18",
                "search4dinar-2020-10-28", "kurdistan24-joint-military-committee", "iraqnewsnow-2020-07-20", "shafaq-2021-05-01-prde", "rudaw-2021-05-01-prde",
                "kurdistan-parliament-2021-05-01", "centcom-2017-10-17", "iraqnewsgazette-oir-5-billion", "sputnik-2020-09-04", "kirkuknow-60169",
            ],
            situation.Sources.Select(s => s.Value));
        Assert.Equal(situation.Sources.Length, situation.Sources.Distinct().Count());
        Assert.All(situation.Sources, id => Assert.NotNull(Reference.FindSource(id)));
    }

    [Fact]
    public void The_same_catalog_and_date_give_equal_situations()
    {
        Assert.Equal(On("2021-05-03"), ReferenceCatalog.Load().SituationOn(Date("2021-05-03")));
        Assert.Equal(On("2021-05-03").GetHashCode(), ReferenceCatalog.Load().SituationOn(Date("2021-05-03")).GetHashCode());
        Assert.NotEqual(On("2021-05-03"), On("2017-11-01"));
    }

    [Fact]
    public void The_coalition_is_led_by_the_United_States_from_its_creation_and_the_undated_relations_and_posts_hold_on_every_date()
    {
        Assert.DoesNotContain(On("2014-10-16").Relations, r => r.Actor == ActorId.Parse("cjtf-oir"));
        var ledBy = Assert.Single(On("2021-05-03").Relations, r => r.Actor == ActorId.Parse("cjtf-oir"));
        Assert.Equal((Domain.Actors.ActorRelationKind.LedBy, ActorId.Parse("united-states")), (ledBy.Relation.Kind, ledBy.Relation.Target));

        Assert.Equal(7, On("2021-05-03").Relations.Length);
        Assert.Equal(["wayne-marotto", "masrour-barzani", "nechirvan-barzani", "stephen-hickey"], On("2017-10-01").Posts.Select(p => p.Person.Value));
        Assert.Equal("Prime Minister", On("2025-01-01").Posts.Single(p => p.Person == PersonId.Parse("masrour-barzani")).Post.Title);
    }
}
