using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Coordination.Domain.Analysis;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Tests.Reference;

public sealed partial class ResearchFactChecklistTests
{
    private static readonly Lazy<CoordinationCatalog> Reference = new(() => ArticleFactChecklistTests.LoadCatalog());

    private static readonly SourceId ResearchNotes = SourceId.Parse("research-notes");

    public static TheoryData<string> FactIds => [.. ResearchFactChecklist.Facts.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(FactIds))]
    public void Every_research_fact_is_in_the_reference_catalog_with_its_publications(string id)
    {
        var fact = ResearchFactChecklist.Get(id);
        Assert.True(fact.IsIn(Reference.Value), $"The reference catalog lacks the fact '{id}' ({fact.Fact}) resting on {string.Join(", ", fact.Sources)}.");
    }

    [Theory]
    [MemberData(nameof(FactIds))]
    public void No_research_fact_is_found_in_an_empty_catalog(string id)
    {
        Assert.False(ResearchFactChecklist.Get(id).IsIn(CoordinationCatalog.Empty));
    }

    [Theory]
    [MemberData(nameof(FactIds))]
    public void Each_research_fact_rests_on_publications_not_on_the_notes_and_is_lost_without_them(string id)
    {
        var fact = ResearchFactChecklist.Get(id);
        Assert.NotEmpty(fact.Sources);
        Assert.DoesNotContain("research-notes", fact.Sources);
        foreach (var source in fact.Sources)
        {
            var catalog = Reference.Value;
            var without = new CoordinationCatalog
            {
                Actors = catalog.Actors, People = catalog.People, Territories = catalog.Territories, Lines = catalog.Lines, Mechanisms = catalog.Mechanisms,
                Incidents = catalog.Incidents, Support = catalog.Support, Statements = catalog.Statements,
                Sources = [.. catalog.Sources.Where(s => s.Id != SourceId.Parse(source))],
            };
            Assert.False(fact.IsIn(without), $"'{id}' is still found without the source '{source}'.");
        }
    }

    [Fact]
    public void Fact_identifiers_are_unique_slugs_distinct_from_the_article_facts()
    {
        var ids = ResearchFactChecklist.Facts.Select(f => f.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(Slug.IsValid(id), id));
        Assert.Empty(ids.Intersect(ArticleFactChecklist.Facts.Select(f => f.Id), StringComparer.Ordinal));
    }

    [Fact]
    public void A_Rashad_toll_that_hides_the_disagreement_breaks_its_fact()
    {
        var catalog = Reference.Value;
        var rashad = catalog.FindIncident(IncidentId.Parse("rashad-attack-2021-09-05"))!;
        var picked = catalog.With(rashad with
        {
            Casualties = [new Casualties(AffectedParty.Of(ActorId.Parse("federal-police")), CasualtyEstimate.Exactly(13), CasualtyEstimate.Exactly(3))],
        });

        Assert.False(ResearchFactChecklist.Get("rashad-attack-2021-09").IsIn(picked));
    }

    [Fact]
    public void Kirkuk_city_retaken_a_day_late_breaks_its_fact()
    {
        var catalog = Reference.Value;
        var city = catalog.FindTerritory(TerritoryId.Parse("kirkuk-city"))!;
        var late = catalog.With(city with
        {
            ControlPeriods = [.. city.ControlPeriods.Select(p => p.Period.Start is { } s
                ? p with { Period = Coordination.Domain.Temporal.DatePeriod.From(s.PlusDays(1)) }
                : p with { Period = Coordination.Domain.Temporal.DatePeriod.Until(p.Period.End!.Value.PlusDays(1)) })],
        });

        Assert.False(ResearchFactChecklist.Get("kirkuk-city-retaken-2017-10-16").IsIn(late));
        Assert.True(ResearchFactChecklist.Get("sinjar-retaken-2017-10-17").IsIn(late));
    }

    [Fact]
    public void The_research_notes_are_cited_only_where_no_publication_is_known()
    {
        var c = Reference.Value;
        var citing = c.Actors.Where(a => a.Sources.Contains(ResearchNotes) || a.Relations.Any(r => r.Sources.Contains(ResearchNotes))).Select(a => $"actor {a.Id}")
            .Concat(c.People.Where(p => p.Sources.Contains(ResearchNotes) || p.Posts.Any(x => x.Sources.Contains(ResearchNotes))).Select(p => $"person {p.Id}"))
            .Concat(c.Territories.Where(t => t.Sources.Contains(ResearchNotes)).Select(t => $"territory {t.Id}"))
            .Concat(c.Territories.SelectMany(t => t.Claims.Where(x => x.Sources.Contains(ResearchNotes)).Select(x => $"claim {t.Id} {x.Claimant}")))
            .Concat(c.Territories.SelectMany(t => t.ControlPeriods.Where(x => x.Sources.Contains(ResearchNotes)).Select(x => $"control {t.Id}")))
            .Concat(c.Lines.Where(l => l.Sources.Contains(ResearchNotes)).Select(l => $"line {l.Id}"))
            .Concat(c.Mechanisms.Where(m => m.Sources.Contains(ResearchNotes) || m.StatusHistory.Any(s => s.Sources.Contains(ResearchNotes))).Select(m => $"mechanism {m.Id}"))
            .Concat(c.Incidents.Where(i => i.Sources.Contains(ResearchNotes)).Select(i => $"incident {i.Id}"))
            .Concat(c.Support.Where(s => s.Sources.Contains(ResearchNotes)).Select(s => $"support {s.Id}"))
            .Order(StringComparer.Ordinal);

        // The Iraqi Army under the Ministry of Defence; the points of places; the GoI's claims; Makhmour's administrative history;
        // the districts usually listed as disputed and the governorates the Hamrin mountains span (not looked up in a publication yet).
        Assert.Equal(
            [
                "actor iraqi-army", "claim kirkuk goi", "claim makhmour goi", "territory aqra", "territory baghdad", "territory daquq", "territory dibis",
                "territory erbil", "territory hamdaniya", "territory hamrin-mountains", "territory hawija", "territory jalawla", "territory khanaqin",
                "territory khanaqin-district", "territory kifri", "territory kirkuk", "territory kirkuk-city", "territory kirkuk-district", "territory makhmour",
                "territory mandali", "territory prde", "territory shekhan", "territory sinjar", "territory tel-afar", "territory tilkaif", "territory tuz-khurmatu",
            ],
            citing);
        Assert.All(c.Territories.SelectMany(t => t.Memberships), m => Assert.Equal([ResearchNotes], m.Sources));
    }

    [Fact]
    public void Every_publication_has_a_url_and_a_date_only_where_the_page_or_its_url_shows_one()
    {
        var publications = Reference.Value.Sources.Where(s => s.Id.Value is not ("research-notes" or "iso-3166-2-iq" or "ocha-cod-ab-iraq" or "constitution-of-iraq")).ToList();

        Assert.All(publications, s => Assert.True(s.Url is not null || s.Note?.Contains("URL not recorded", StringComparison.Ordinal) == true, s.Id.Value));
        Assert.All(publications, s => Assert.False(string.IsNullOrWhiteSpace(s.Publisher), s.Id.Value));
        Assert.All(publications, s => Assert.True(s.Published is null || s.Published.Value.Precision == Coordination.Domain.Temporal.DatePrecision.Day, s.Id.Value));
        Assert.All(publications.Where(s => DatedId().Match(s.Id.Value) is { Success: true }), s =>
        {
            var m = DatedId().Match(s.Id.Value);
            var day = new LocalDate(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            Assert.True(s.Published?.Earliest == day, $"{s.Id} is published {s.Published}, its id says {day}.");
        });
        Assert.All(publications.Where(s => s.Published is null), s => Assert.True(s.Note is { } note && UndatedNote().IsMatch(note), $"{s.Id}: an undated source says why."));
    }

    [Fact]
    public void On_2017_10_01_the_Peshmerga_hold_the_places_retaken_that_month_and_on_2017_11_01_the_ISF_do()
    {
        var c = Reference.Value;
        string[] places = ["kirkuk-city", "makhmour", "sinjar", "khanaqin", "jalawla", "mandali", "prde"];
        Assert.All(places, id => Assert.Equal(ActorId.Parse("peshmerga"), c.FindTerritory(TerritoryId.Parse(id))!.ControllerOn(new LocalDate(2017, 10, 1))));
        Assert.All(places, id => Assert.Equal(ActorId.Parse("isf"), c.FindTerritory(TerritoryId.Parse(id))!.ControllerOn(new LocalDate(2017, 11, 1))));
    }

    [Fact]
    public void On_2025_01_01_the_latest_incidents_are_Safra_Qarachogh_and_Rashad_with_the_injured_not_reported_at_Safra_and_Qarachogh()
    {
        var situation = Reference.Value.SituationOn(new LocalDate(2025, 1, 1));

        Assert.Equal(
            ["safra-attack-2022-12-18", "qarachogh-attack-2021-12-02", "rashad-attack-2021-09-05", "prde-attack-2021-05-01"],
            situation.Incidents.Take(4).Select(i => i.Incident.Value));
        var rashad = situation.Incidents[2];
        Assert.Equal((new Coordination.Domain.Analysis.CasualtyTotal(12, 13, 13), new Coordination.Domain.Analysis.CasualtyTotal(3, 3, 3)), (rashad.TotalKilled, rashad.TotalInjured));
        Assert.Equal(((CasualtyTotal?)new CasualtyTotal(9, 9, 9), (CasualtyTotal?)null), (situation.Incidents[0].TotalKilled, situation.Incidents[0].TotalInjured));
        // Qarachogh: MoPA's 7 and the later 10 Peshmerga, plus 3 civilians; nobody reports the injured, so no zero.
        Assert.Equal(((CasualtyTotal?)new CasualtyTotal(10, 13, 13), (CasualtyTotal?)null), (situation.Incidents[1].TotalKilled, situation.Incidents[1].TotalInjured));
    }

    [Fact]
    public void On_2025_01_01_the_joint_brigades_and_main_JCCs_stand_at_the_last_status_a_source_attests_and_the_2009_committee_is_dissolved()
    {
        var c = Reference.Value;
        var day = new LocalDate(2025, 1, 1);
        var brigades = c.FindMechanism(MechanismId.Parse("joint-brigades"))!.EvidenceOn(day)!;
        Assert.Equal((MechanismStatus.Operational, true, new LocalDate(2024, 11, 20)), (brigades.Status, brigades.IsAttested, brigades.Attestation!.Date.Earliest));
        Assert.Equal([MechanismStatus.Established], brigades.Implied);
        Assert.Equal(MechanismStatus.Operational, c.FindMechanism(MechanismId.Parse("jcc-main-erbil"))!.StatusOn(day));
        Assert.Equal(MechanismStatus.Dissolved, c.FindMechanism(MechanismId.Parse("joint-military-committee-2009"))!.StatusOn(day));
        Assert.Null(c.FindMechanism(MechanismId.Parse("joint-brigades"))!.StatusOn(new LocalDate(2021, 7, 17)));
    }

    [GeneratedRegex("no (publication )?date")]
    private static partial Regex UndatedNote();

    [GeneratedRegex("-(\\d{4})-(\\d{2})-(\\d{2})$")]
    private static partial Regex DatedId();
}
