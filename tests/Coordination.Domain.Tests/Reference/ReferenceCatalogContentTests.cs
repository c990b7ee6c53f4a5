using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using Coordination.Domain.Provenance;
using NodaTime;
using Coordination.Domain.Reference;
using Xunit;

namespace Coordination.Domain.Tests.Reference;

/// <summary>
/// Checks on the content of the reference catalog that do not need the catalog validator (not yet
/// merged): identifiers resolve, lifecycles and control periods are legal, every fact has a source and
/// no fact is dated after the source it rests on. Once <c>catalog.Validate()</c> exists, a single
/// "validates clean" test covers most of these.
/// </summary>
public sealed class ReferenceCatalogContentTests
{
    private static readonly Lazy<CoordinationCatalog> Reference = new(() => ArticleFactChecklistTests.LoadCatalog());

    private static readonly string[] FourJccs = ["jcc-diyala", "jcc-kirkuk", "jcc-makhmour", "jcc-ninewa"];

    [Fact]
    public void Every_identifier_a_record_mentions_resolves()
    {
        var c = Reference.Value;
        var dangling = new List<string>();
        void Actor(ActorId id, string where) { if (c.FindActor(id) is null) dangling.Add($"{where}: actor '{id}'"); }
        void Territory(TerritoryId id, string where) { if (c.FindTerritory(id) is null) dangling.Add($"{where}: territory '{id}'"); }
        void Sources(IEnumerable<SourceId> ids, string where) { foreach (var id in ids.Where(id => c.FindSource(id) is null)) dangling.Add($"{where}: source '{id}'"); }

        foreach (var a in c.Actors)
        {
            Sources(a.Sources, a.Id.Value);
            foreach (var r in a.Relations) { Actor(r.Target, a.Id.Value); Sources(r.Sources, a.Id.Value); }
        }

        foreach (var p in c.People)
        {
            Sources(p.Sources, p.Id.Value);
            foreach (var post in p.Posts) { Actor(post.Actor, p.Id.Value); Sources(post.Sources, p.Id.Value); }
        }

        foreach (var t in c.Territories)
        {
            Sources(t.Sources, t.Id.Value);
            if (t.Parent is { } parent) { Territory(parent, t.Id.Value); }
            foreach (var claim in t.Claims) { Actor(claim.Claimant, t.Id.Value); Sources(claim.Sources, t.Id.Value); }
            foreach (var control in t.ControlPeriods) { Actor(control.Controller, t.Id.Value); Sources(control.Sources, t.Id.Value); }
        }

        foreach (var l in c.Lines) { Actor(l.SideA, l.Id.Value); Actor(l.SideB, l.Id.Value); Sources(l.Sources, l.Id.Value); }

        foreach (var m in c.Mechanisms)
        {
            Sources(m.Sources, m.Id.Value);
            foreach (var p in m.Participants) { Actor(p.Actor, m.Id.Value); }
            if (m.Site is { } site) { Territory(site, m.Id.Value); }
            foreach (var t in m.Area.Territories) { Territory(t, m.Id.Value); }
            foreach (var s in m.Area.LineStretches)
            {
                if (c.FindLine(s.Line) is null) { dangling.Add($"{m.Id}: line '{s.Line}'"); }
                if (s.Within is { } within) { Territory(within, m.Id.Value); }
            }

            foreach (var change in m.StatusHistory) { Sources(change.Sources, m.Id.Value); }
        }

        foreach (var i in c.Incidents)
        {
            Sources(i.Sources, i.Id.Value);
            if (i.Location.Territory is { } t) { Territory(t, i.Id.Value); }
            foreach (var p in i.Perpetrators.Where(p => p.Actor is not null)) { Actor(p.Actor!.Value, i.Id.Value); }
            foreach (var party in i.Targets.Concat(i.Casualties.Select(x => x.Party)).Where(x => x.Actor is not null)) { Actor(party.Actor!.Value, i.Id.Value); }
        }

        foreach (var s in c.Support) { Actor(s.Provider, s.Id.Value); foreach (var r in s.Recipients) { Actor(r, s.Id.Value); } Sources(s.Sources, s.Id.Value); }
        foreach (var s in c.Sources.Where(s => s.PublisherActor is not null)) { Actor(s.PublisherActor!.Value, s.Id.Value); }

        foreach (var s in c.Statements)
        {
            Sources([s.Source], s.Id.Value);
            if (s.Speaker?.Person is { } speaker && c.FindPerson(speaker) is null) { dangling.Add($"{s.Id}: person '{speaker}'"); }
            if (s.Speaker?.Actor is { } speakerActor) { Actor(speakerActor, s.Id.Value); }
            if (s.OnBehalfOf is { } actor) { Actor(actor, s.Id.Value); }
        }

        Assert.Empty(dangling);
    }

    [Fact]
    public void Identifiers_are_unique_within_each_kind_of_record()
    {
        var c = Reference.Value;
        Assert.All(
            new IEnumerable<string>[]
            {
                c.Actors.Select(x => x.Id.Value), c.People.Select(x => x.Id.Value), c.Territories.Select(x => x.Id.Value), c.Lines.Select(x => x.Id.Value),
                c.Mechanisms.Select(x => x.Id.Value), c.Incidents.Select(x => x.Id.Value), c.Support.Select(x => x.Id.Value), c.Sources.Select(x => x.Id.Value),
                c.Statements.Select(x => x.Id.Value),
            },
            ids => Assert.Equal(ids.Count(), ids.Distinct(StringComparer.Ordinal).Count()));
    }

    [Fact]
    public void Every_status_history_is_one_the_lifecycle_allows()
    {
        Assert.All(Reference.Value.Mechanisms, m => Assert.Null(MechanismLifecycle.FindViolation(m.StatusHistory)));
    }

    [Fact]
    public void Control_periods_of_a_territory_never_overlap()
    {
        Assert.All(Reference.Value.Territories, t =>
            Assert.DoesNotContain(t.ControlPeriods.SelectMany((a, i) => t.ControlPeriods.Skip(i + 1), (a, b) => a.Period.Overlaps(b.Period)), overlaps => overlaps));
    }

    [Fact]
    public void Every_fact_bearing_record_rests_on_a_source()
    {
        var c = Reference.Value;
        var unsourced = c.Actors.Where(x => x.Sources.IsEmpty || x.Relations.Any(r => r.Sources.IsEmpty)).Select(x => x.Id.Value)
            .Concat(c.People.Where(x => x.Sources.IsEmpty || x.Posts.Any(p => p.Sources.IsEmpty)).Select(x => x.Id.Value))
            .Concat(c.Territories.Where(x => x.Sources.IsEmpty || x.Claims.Any(p => p.Sources.IsEmpty) || x.ControlPeriods.Any(p => p.Sources.IsEmpty)).Select(x => x.Id.Value))
            .Concat(c.Lines.Where(x => x.Sources.IsEmpty).Select(x => x.Id.Value))
            .Concat(c.Mechanisms.Where(x => x.Sources.IsEmpty || x.StatusHistory.Any(s => s.Sources.IsEmpty)).Select(x => x.Id.Value))
            .Concat(c.Incidents.Where(x => x.Sources.IsEmpty).Select(x => x.Id.Value))
            .Concat(c.Support.Where(x => x.Sources.IsEmpty).Select(x => x.Id.Value));
        Assert.Empty(unsourced);
    }

    [Fact]
    public void Every_source_is_cited_by_some_record()
    {
        var c = Reference.Value;
        var cited = c.Actors.SelectMany(x => x.Sources.Concat(x.Relations.SelectMany(r => r.Sources)))
            .Concat(c.People.SelectMany(x => x.Sources.Concat(x.Posts.SelectMany(p => p.Sources))))
            .Concat(c.Territories.SelectMany(x => x.Sources.Concat(x.Claims.SelectMany(p => p.Sources)).Concat(x.ControlPeriods.SelectMany(p => p.Sources))))
            .Concat(c.Lines.SelectMany(x => x.Sources))
            .Concat(c.Mechanisms.SelectMany(x => x.Sources.Concat(x.StatusHistory.SelectMany(s => s.Sources))))
            .Concat(c.Incidents.SelectMany(x => x.Sources)).Concat(c.Support.SelectMany(x => x.Sources)).Concat(c.Statements.Select(s => s.Source))
            .ToHashSet();
        Assert.All(c.Sources, s => Assert.Contains(s.Id, cited));
    }

    [Fact]
    public void No_fact_is_dated_after_the_publication_of_a_source_it_rests_on()
    {
        var c = Reference.Value;
        var published = c.Sources.Where(s => s.Published is not null).ToDictionary(s => s.Id, s => s.Published!.Value.Latest);
        var late = new List<string>();
        void Check(LocalDate earliest, IEnumerable<SourceId> sources, string what)
        {
            foreach (var id in sources)
            {
                if (published.TryGetValue(id, out var latest) && earliest > latest) { late.Add($"{what} ({earliest}) after {id} ({latest})"); }
            }
        }

        // A change or an attestation against its own sources: the mechanism's list holds the sources of its earlier steps too.
        foreach (var m in c.Mechanisms) { foreach (var s in m.StatusHistory.Where(s => s.Date is not null)) { Check(s.Date!.Value.Earliest, s.Sources, m.Id.Value); } }
        foreach (var m in c.Mechanisms) { foreach (var a in m.Attestations) { Check(a.Date.Earliest, a.Sources, m.Id.Value); } }
        foreach (var i in c.Incidents) { Check(i.Date.Earliest, i.Sources, i.Id.Value); }
        foreach (var s in c.Statements.Where(s => s.Date is not null)) { Check(s.Date!.Value.Earliest, [s.Source], s.Id.Value); }
        foreach (var t in c.Territories) { foreach (var p in t.ControlPeriods.Where(p => p.Period.Start is not null)) { Check(p.Period.Start!.Value, p.Sources, t.Id.Value); } }
        foreach (var s in c.Support.Where(s => s.Period.Start is not null)) { Check(s.Period.Start!.Value, s.Sources, s.Id.Value); }
        Assert.Empty(late);
    }

    [Fact]
    public void The_article_carries_no_publication_date_and_the_catalog_gives_it_none()
    {
        var article = Reference.Value.FindSource(CatalogProbe.Article);
        Assert.NotNull(article);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Statuses_as_of_the_Prde_attack_are_those_the_sources_give()
    {
        var c = Reference.Value;
        var day = new LocalDate(2021, 5, 1);
        Assert.Equal(MechanismStatus.Operational, c.FindMechanism(MechanismId.Parse("jccc"))!.StatusOn(day));
        Assert.All(FourJccs, id => Assert.Equal(MechanismStatus.Agreed, c.FindMechanism(MechanismId.Parse(id))!.StatusOn(day)));
        Assert.Null(c.FindMechanism(MechanismId.Parse("joint-force-disputed-territories"))!.StatusOn(day));
        // The Higher Coordinating Committee was seen at work on 20 July 2020 (its one attestation).
        Assert.Equal(ImmutableArray.Create(MechanismId.Parse("jccc"), MechanismId.Parse("higher-coordinating-committee")), c.MechanismsIn(MechanismStatus.Operational, day).Select(m => m.Id).ToImmutableArray());
        Assert.Equal(ReportedDate.OnDay(day, PartOfDay.EarlyHours), c.FindIncident(IncidentId.Parse("prde-attack-2021-05-01"))!.Date);
    }

    [Fact]
    public void The_districts_usually_listed_as_disputed_are_members_of_the_disputed_territories_and_inherit_its_dispute()
    {
        var c = Reference.Value;
        var region = TerritoryId.Parse("disputed-territories");
        string[] members =
        [
            "sinjar", "tel-afar", "aqra", "shekhan", "hamdaniya", "tilkaif", "makhmour", "kirkuk-district", "daquq", "dibis", "hawija",
            "tuz-khurmatu", "khanaqin-district", "kifri", "mandali", "jalawla",
        ];

        Assert.Equal(members.Order(StringComparer.Ordinal), c.MembersOf(region, new LocalDate(2021, 5, 3)).Select(t => t.Value).Order(StringComparer.Ordinal));
        Assert.All(members, id =>
        {
            var t = c.FindTerritory(TerritoryId.Parse(id))!;
            var membership = Assert.Single(t.Memberships);
            Assert.Equal((region, MembershipKind.Member, DatePeriod.Always), (membership.Region, membership.Kind, membership.Period));
            Assert.True(c.IsDisputedOn(t.Id, new LocalDate(2025, 1, 1)), id);
        });
        // Makhmour has claims of its own; Sinjar's dispute is inherited from the region.
        Assert.Equal(TerritoryId.Parse("makhmour"), c.DisputeOn(TerritoryId.Parse("makhmour"), new LocalDate(2025, 1, 1))!.DisputedFrom);
        Assert.Equal(region, c.DisputeOn(TerritoryId.Parse("sinjar"), new LocalDate(2025, 1, 1))!.DisputedFrom);
    }

    [Fact]
    public void The_Hamrin_mountains_lie_partly_within_three_governorates_and_inherit_no_dispute()
    {
        var c = Reference.Value;
        var hamrin = c.FindTerritory(TerritoryId.Parse("hamrin-mountains"))!;

        Assert.Equal(
            [("diyala", MembershipKind.PartlyWithin), ("kirkuk", MembershipKind.PartlyWithin), ("salah-al-din", MembershipKind.PartlyWithin)],
            hamrin.Memberships.Select(m => (m.Region.Value, m.Kind)));
        Assert.False(c.IsDisputedOn(hamrin.Id, new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Kirkuk_governorate_keeps_IQ_TS_and_At_Tamim_as_former_designations_undated_as_the_sources_leave_them()
    {
        var kirkuk = Reference.Value.FindTerritory(TerritoryId.Parse("kirkuk"))!;

        Assert.Equal("IQ-KI", kirkuk.IsoCode);
        Assert.Equal(["IQ-TS"], kirkuk.FormerDesignations.Where(f => f.IsoCode is not null).Select(f => f.IsoCode));
        Assert.Equal(["At-Ta'mim", "التأميم"], kirkuk.FormerDesignations.Where(f => f.Name is not null).Select(f => f.Name!.Text));
        Assert.All(kirkuk.FormerDesignations, f => Assert.Equal(DatePeriod.Always, f.Period));
        Assert.Contains(SourceId.Parse("iso-3166-2-iq"), kirkuk.FormerDesignations.Single(f => f.IsoCode is not null).Sources);
    }

    [Fact]
    public void Kirkuk_governorate_has_no_controller_of_its_own_and_its_picture_is_derived_from_Kirkuk_city_and_Prde()
    {
        var c = Reference.Value;
        var kirkuk = TerritoryId.Parse("kirkuk");
        ImmutableArray<(string, string)> Derived(int year, int month, int day) =>
            [.. c.ControlOn(kirkuk, new LocalDate(year, month, day))!.Derived.Select(d => (d.From.Value, d.Controller.Value))];

        Assert.Null(c.ControlOn(kirkuk, new LocalDate(2017, 11, 1))!.Controller);
        Assert.Equal([("kirkuk-city", "peshmerga"), ("prde", "peshmerga")], Derived(2017, 10, 1));
        Assert.Equal([("kirkuk-city", "isf"), ("prde", "peshmerga")], Derived(2017, 10, 18));
        Assert.Equal([("kirkuk-city", "isf"), ("prde", "isf")], Derived(2017, 11, 1));
        Assert.Equal([("kirkuk-city", "isf"), ("prde", "isf")], Derived(2025, 1, 1));
    }

    [Fact]
    public void Institutions_and_unnamed_officials_speak_where_the_article_names_no_person()
    {
        var c = Reference.Value;
        Speaker Institution(string actor) => Speaker.Institution(ActorId.Parse(actor));

        Assert.Equal(Institution("mopa"), c.FindStatement(StatementId.Parse("mopa-security-vacuum"))!.Speaker);
        Assert.Equal(Institution("cjtf-oir"), c.FindStatement(StatementId.Parse("coalition-end-of-combat-role-2021-12-09"))!.Speaker);
        Assert.Equal(Institution("us-consulate-erbil"), c.FindStatement(StatementId.Parse("us-consulate-erbil-commitment"))!.Speaker);
        Assert.Equal(Speaker.OfficialsOf(ActorId.Parse("krg")), c.FindStatement(StatementId.Parse("kurdish-officials-call-for-jccs"))!.Speaker);
        // Only "officials" who call the Hamrin mountains a "triangle of death" stay without a speaker: the article names no actor.
        Assert.Equal(["officials-triangle-of-death"], c.Statements.Where(s => s.Speaker is null).Select(s => s.Id.Value));
        Assert.All(c.Statements.Where(s => s.Speaker is { Kind: SpeakerKind.Institution }), s => Assert.Equal(s.Speaker!.Value.Actor, s.OnBehalfOf));
    }

    [Fact]
    public void The_reference_document_is_written_in_schema_version_1_1()
    {
        using var stream = ReferenceCatalog.OpenJson();
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        Assert.Equal("1.1", document.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void Every_inferred_fact_of_the_catalog_says_why_and_from_which_sources()
    {
        var c = Reference.Value;
        var inferences = c.Territories.Where(t => t.Inference is not null).Select(t => ($"territory {t.Id}", t.Inference!))
            .Concat(c.Mechanisms.SelectMany(m => m.StatusHistory.Where(x => x.Inference is not null).Select(x => ($"change {m.Id} {x.Status}", x.Inference!))))
            .Concat(c.Mechanisms.SelectMany(m => m.Attestations.Where(x => x.Inference is not null).Select(x => ($"attestation {m.Id} {x.Status}", x.Inference!))))
            .Concat(c.Statements.Where(s => s.Inference is not null).Select(s => ($"statement {s.Id}", s.Inference!)))
            .ToList();

        Assert.Equal(
            ["territory camp-zeravani", "change jcc-diyala Operational", "attestation mopa-liaison-officers-joc Operational", "statement hickey-solidarity"],
            inferences.Select(x => x.Item1));
        Assert.All(inferences, x => Assert.True(x.Item2.From.Length >= 2 && x.Item2.From.All(id => c.FindSource(id) is not null) && x.Item2.Reasoning.Length > 40, x.Item1));
    }
}
