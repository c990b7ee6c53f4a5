using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Temporal;
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

        foreach (var m in c.Mechanisms) { foreach (var s in m.StatusHistory.Where(s => s.Date is not null)) { Check(s.Date!.Value.Earliest, s.Sources.Concat(m.Sources), m.Id.Value); } }
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
        Assert.Equal(ImmutableArray.Create(MechanismId.Parse("jccc")), c.MechanismsIn(MechanismStatus.Operational, day).Select(m => m.Id).ToImmutableArray());
        Assert.Equal(ReportedDate.OnDay(day, PartOfDay.EarlyHours), c.FindIncident(IncidentId.Parse("prde-attack-2021-05-01"))!.Date);
    }
}
