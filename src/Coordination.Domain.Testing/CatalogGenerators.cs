using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using FsCheck;
using FsCheck.Fluent;
using static Coordination.Domain.Testing.Primitives;

namespace Coordination.Domain.Testing;

/// <summary>
/// FsCheck generators of valid <see cref="CoordinationCatalog"/>s: every identifier unique and
/// resolving to a record of the right kind, parent links a forest, control periods of a territory
/// disjoint, status histories legal, casualty estimates ordered, every fact sourced and dated before
/// its sources' publication. Register <see cref="CatalogArbitraries"/> to get them as arbitraries.
/// </summary>
public static class CatalogGenerators
{
    /// <summary>Generates a valid catalog of a few records of every kind.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CoordinationCatalog> ValidCatalog() =>
        from sourceCount in Gen.Choose(1, 3)
        from actorCount in Gen.Choose(2, 6)
        from personCount in Gen.Choose(0, 3)
        from territoryCount in Gen.Choose(1, 6)
        from lineCount in Gen.Choose(0, 2)
        from sources in Sequence(sourceCount, i => Source(i, actorCount))
        let pool = new Pool(sourceCount, actorCount, personCount, territoryCount, lineCount)
        from actors in Sequence(actorCount, i => Actor(pool, i))
        from people in Sequence(personCount, i => Person(pool, i))
        from territories in Sequence(territoryCount, i => Territory(pool, i))
        from lines in Sequence(lineCount, i => Line(pool, i))
        from mechanisms in Gen.Choose(0, 3).SelectMany(n => Sequence(n, i => Mechanism(pool, i)))
        from incidents in Gen.Choose(0, 5).SelectMany(n => Sequence(n, i => Incident(pool, i)))
        from support in Gen.Choose(0, 2).SelectMany(n => Sequence(n, i => Support(pool, i)))
        from statements in Gen.Choose(0, 3).SelectMany(n => Sequence(n, i => Statement(pool, i)))
        select new CoordinationCatalog
        {
            Actors = actors, People = people, Territories = territories, Lines = lines, Mechanisms = mechanisms,
            Incidents = incidents, Support = support, Sources = sources, Statements = statements,
        };

    /// <summary>Generates a valid incident whose references resolve in a catalog holding actors <c>actor-0</c>…<c>actor-5</c>, territories <c>territory-0</c>…<c>territory-5</c> and source <c>source-0</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Incident> Incident() => Gen.Choose(0, 9999).SelectMany(i => Incident(new Pool(1, 6, 0, 6, 0), i));

    /// <summary>Generates a legal status history (see <see cref="MechanismLifecycle"/>) of one to six changes, dated in order, with skipped steps and undated entries (never the last) now and then.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ImmutableArray<StatusChange>> LegalStatusHistory() => StatusHistory([]);

    private static Gen<ImmutableArray<T>> Sequence<T>(int count, Func<int, Gen<T>> item) =>
        Enumerable.Range(0, count).Select(item).ToList().Aggregate(
            Gen.Constant(ImmutableArray<T>.Empty),
            (acc, next) => from items in acc from one in next select items.Add(one));

    private static Gen<ImmutableArray<TId>> SomeOf<TId>(ImmutableArray<TId> ids, int min) =>
        from count in Gen.Choose(Math.Min(min, ids.Length), ids.Length)
        from shuffled in Gen.Shuffle(ids.ToArray())
        select shuffled.Take(count).ToImmutableArray();

    private static Gen<Source> Source(int i, int actorCount) =>
        from publisher in Texts()
        from title in Texts()
        from published in Gen.Elements<ReportedDate?>(null, ReportedDate.OnDay(PublicationDate))
        from language in Gen.Elements<Names.LanguageTag?>(null, Names.LanguageTag.English, Names.LanguageTag.Arabic)
        from publisherActor in Gen.Choose(-1, actorCount - 1)
        select new Source
        {
            Id = SourceId.Parse($"source-{i}"), Publisher = publisher, Title = title, Published = published, Language = language,
            Url = new Uri($"https://example.org/articles/{i}"), PublisherActor = publisherActor < 0 ? null : ActorId.Parse($"actor-{publisherActor}"),
        };

    private static Gen<Actor> Actor(Pool pool, int i) =>
        from kind in Gen.Elements(Enum<ActorKind>())
        from names in NameSets()
        from relations in Gen.Choose(0, 2).SelectMany(n => Sequence(n, _ => Relation(pool, i)))
        from sources in SomeOf(pool.Sources, 1)
        from inference in Inferences(pool)
        select new Actor { Id = pool.Actors[i], Kind = kind, Names = names, Relations = [.. relations.DistinctBy(r => (r.Kind, r.Target))], Sources = sources, Inference = inference };

    private static Gen<ActorRelation> Relation(Pool pool, int self) =>
        from kind in Gen.Elements(Enum<ActorRelationKind>())
        from target in Gen.Elements(pool.Actors.RemoveAt(self).ToArray())
        from period in Periods()
        from sources in SomeOf(pool.Sources, 1)
        from inference in Inferences(pool)
        select new ActorRelation { Kind = kind, Target = target, Period = period, Sources = sources, Inference = inference };

    private static Gen<Person> Person(Pool pool, int i) =>
        from names in NameSets()
        from honorific in Gen.Elements<string?>(null, "Col.", "Maj. Gen.", "Dr.")
        from posts in Gen.Choose(0, 2).SelectMany(n => Sequence(n, _ =>
            from actor in Gen.Elements(pool.Actors.ToArray())
            from title in Gen.Elements("Spokesperson", "Prime Minister", "President", "Ambassador", "Representative")
            from period in Periods()
            from sources in SomeOf(pool.Sources, 1)
            from inference in Inferences(pool)
            select new Post { Actor = actor, Title = title, Period = period, Sources = sources, Inference = inference }).Select(p => p.DistinctBy(post => (post.Actor, post.Title)).ToImmutableArray()))
        from sources in SomeOf(pool.Sources, 1)
        from inference in Inferences(pool)
        select new Person { Id = PersonId.Parse($"person-{i}"), Names = names, Honorific = honorific, Posts = posts, Sources = sources, Inference = inference };

    private static Gen<Territory> Territory(Pool pool, int i) =>
        from kind in Gen.Elements(Enum<TerritoryKind>())
        from names in NameSets()
        from parent in Gen.Choose(-1, i - 1)
        from point in Points().Maybe()
        from hasCodes in Gen.Elements(true, false)
        from claims in Gen.Choose(0, 3).SelectMany(n => Sequence(n, _ =>
            from claimant in Gen.Elements(pool.Actors.ToArray())
            from basis in Gen.Elements<string?>(null, "Article 140 of the Constitution of Iraq", "Administration since 1991")
            from period in Periods()
            from sources in SomeOf(pool.Sources, 1)
            from inference in Inferences(pool)
            select new TerritorialClaim { Claimant = claimant, Basis = basis, Period = period, Sources = sources, Inference = inference }).Select(c => c.DistinctBy(claim => claim.Claimant).ToImmutableArray()))
        from control in ControlPeriods(pool)
        from partial in PartialControlPeriods(pool)
        from memberships in Memberships(pool, i)
        from former in FormerDesignations(pool)
        from inference in Inferences(pool)
        from sources in SomeOf(pool.Sources, 1)
        select new Territory
        {
            Id = pool.Territories[i], Kind = kind, Names = names, Parent = parent < 0 ? null : pool.Territories[parent], Point = point,
            IsoCode = hasCodes ? (kind == TerritoryKind.Country ? "IQ" : "IQ-KI") : null,
            PCode = hasCodes && kind != TerritoryKind.Country ? $"IQG{(i % 18) + 1:00}" : null,
            Memberships = memberships, FormerDesignations = former,
            Claims = claims, ControlPeriods = [.. control, .. partial], Sources = sources, Inference = inference,
        };

    // Memberships of other territories of the pool (any, so cycles of memberships are generated too), each region once.
    private static Gen<ImmutableArray<TerritoryMembership>> Memberships(Pool pool, int i) =>
        pool.Territories.Length < 2
            ? Gen.Constant(ImmutableArray<TerritoryMembership>.Empty)
            : Gen.Choose(0, 2).SelectMany(n => Sequence(n, _ =>
                from region in Gen.Elements(pool.Territories.Where((_, k) => k != i).ToArray())
                from kind in Gen.Elements(Enum<MembershipKind>())
                from period in Periods()
                from sources in SomeOf(pool.Sources, 0)
                from inference in Inferences(pool)
                select new TerritoryMembership { Region = region, Kind = kind, Period = period, Sources = sources, Inference = inference })
                .Select(m => m.DistinctBy(membership => membership.Region).ToImmutableArray()));

    private static Gen<ImmutableArray<FormerDesignation>> FormerDesignations(Pool pool) =>
        Gen.Choose(0, 1).SelectMany(n => Sequence(n, _ =>
            from which in Gen.Choose(0, 2)
            from name in ValueGenerators.Names
            from end in Dates()
            from sources in SomeOf(pool.Sources, 0)
            select new FormerDesignation
            {
                IsoCode = which == 0 ? "IQ-TS" : null, PCode = which == 1 ? "IQG13" : null, Name = which == 2 ? name : null,
                Period = DatePeriod.Until(end), Sources = sources,
            }));

    // Control of parts, which may overlap each other and the whole-territory periods.
    private static Gen<ImmutableArray<ControlPeriod>> PartialControlPeriods(Pool pool) =>
        Gen.Elements(0, 0, 1, 2).SelectMany(n => Sequence(n, _ =>
            from controller in Gen.Elements(pool.Actors.ToArray())
            from part in Gen.Elements<string?>(null, "Kirkuk city", "the oil fields")
            from period in Periods()
            from sources in SomeOf(pool.Sources, 0)
            from inference in Inferences(pool)
            select new ControlPeriod { Controller = controller, Period = period, Extent = ControlExtent.Part, Part = part, Sources = sources, Inference = inference }));

    private static Gen<ImmutableArray<ControlPeriod>> ControlPeriods(Pool pool) =>
        from count in Gen.Choose(0, 3)
        from dates in Dates().ArrayOf(count + 1)
        from openEnd in Gen.Elements(true, false)
        from controllers in Gen.Elements(pool.Actors.ToArray()).ArrayOf(count)
        from sources in SomeOf(pool.Sources, 1)
        let bounds = dates.Distinct().Order().ToArray()
        select Enumerable.Range(0, Math.Min(count, bounds.Length - 1)).Select(k => new ControlPeriod
        {
            Controller = controllers[k],
            Period = openEnd && k == bounds.Length - 2 ? DatePeriod.From(bounds[k]) : DatePeriod.Between(bounds[k], bounds[k + 1]),
            Sources = sources,
        }).ToImmutableArray();

    private static Gen<CoordinationLine> Line(Pool pool, int i) =>
        from sides in Gen.Shuffle(pool.Actors.ToArray())
        from names in NameSets()
        from points in Gen.Elements(0, 2, 3, 5).SelectMany(n => Points().ArrayOf(n))
        from sources in SomeOf(pool.Sources, 1)
        from inference in Inferences(pool)
        select new CoordinationLine { Id = pool.Lines[i], Names = names, SideA = sides[0], SideB = sides[1], Points = [.. points], Sources = sources, Inference = inference };

    private static Gen<CoordinationMechanism> Mechanism(Pool pool, int i) =>
        from kind in Gen.Elements(Enum<MechanismKind>())
        from names in NameSets()
        from actors in Gen.Shuffle(pool.Actors.ToArray())
        from extraRoles in Gen.Elements(ParticipantRole.Host, ParticipantRole.Facilitator, ParticipantRole.Supporter).ArrayOf(Math.Min(2, actors.Length - 2))
        from site in Gen.Elements(pool.Territories.ToArray()).Maybe()
        from territories in SomeOf(pool.Territories, 0)
        from stretches in pool.Lines.IsEmpty ? Gen.Constant(ImmutableArray<LineStretch>.Empty) : Gen.Choose(0, 2).SelectMany(n => Sequence(n, _ =>
            from line in Gen.Elements(pool.Lines.ToArray())
            from within in Gen.Elements(pool.Territories.ToArray()).Maybe()
            select new LineStretch(line, within)))
        from history in StatusHistory(pool.Sources)
        from attestations in Attestations(history, pool.Sources)
        from inference in OneIn(5, Inferences(pool.Sources))
        from sources in SomeOf(pool.Sources, 1)
        select new CoordinationMechanism
        {
            Id = MechanismId.Parse($"mechanism-{i}"), Kind = kind, Names = names, Site = site,
            Participants = [new Participant(actors[0], ParticipantRole.Party), new Participant(actors[1], ParticipantRole.Party),
                .. extraRoles.Select((role, k) => new Participant(actors[k + 2], role))],
            Area = new AreaOfResponsibility { Territories = territories, LineStretches = stretches },
            StatusHistory = history, Attestations = attestations, Inference = inference, Sources = sources,
        };

    // A legal history: it begins at any status but Dissolved and goes on by allowed steps or, one step in
    // four, by a skip to any reachable status; any entry but the last is undated one time in six.
    private static Gen<ImmutableArray<StatusChange>> StatusHistory(ImmutableArray<SourceId> sources) =>
        from first in Gen.Elements(Enum<MechanismStatus>().Where(s => s != MechanismStatus.Dissolved).ToArray())
        from length in Gen.Choose(1, 6)
        from choices in Gen.Choose(0, 99).ArrayOf(length)
        from dates in ReportedDates().ArrayOf(length)
        from undated in Gen.Choose(0, 5).ArrayOf(length)
        from cited in sources.IsEmpty ? Gen.Constant(ImmutableArray<SourceId>.Empty) : SomeOf(sources, 1)
        from inference in sources.IsEmpty ? Gen.Constant<Inference?>(null) : OneIn(5, Inferences(sources))
        select Walk(first, choices, [.. dates.OrderBy(d => d.Earliest)], undated, cited, inference);

    private static ImmutableArray<StatusChange> Walk(MechanismStatus first, int[] choices, ReportedDate[] dates, int[] undated, ImmutableArray<SourceId> sources, Inference? inference)
    {
        var history = ImmutableArray.CreateBuilder<StatusChange>();
        var status = first;
        for (var k = 0; k < dates.Length; k++)
        {
            history.Add(new StatusChange { Status = status, Date = undated[k] == 0 ? null : dates[k], Sources = sources, Inference = k == 0 ? inference : null });
            var next = choices[k] % 4 == 0
                ? [.. Enum<MechanismStatus>().Where(to => MechanismLifecycle.IsReachable(status, to))]
                : MechanismLifecycle.Successors(status);
            if (next.IsEmpty)
            {
                break;
            }

            status = next[choices[k] % next.Length];
        }

        // The last entry is dated, so that every generated mechanism has a status on some date.
        history[^1] = history[^1] with { Date = dates[history.Count - 1] };
        return history.ToImmutable();
    }

    // Attestations after the last change (one time in three): each sees the status reached or one the
    // lifecycle reaches from it, on a later day up to the last date facts are generated for.
    private static Gen<ImmutableArray<StatusAttestation>> Attestations(ImmutableArray<StatusChange> history, ImmutableArray<SourceId> sources) =>
        from count in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from days in Gen.Choose(1, 400).ArrayOf(count)
        from choices in Gen.Choose(0, 99).ArrayOf(count)
        from note in Gen.Elements<string?>(null, "four rooms active")
        from cited in SomeOf(sources, 0)
        from inference in OneIn(4, Inferences(sources))
        select AttestAfter(history, days, choices, note, cited, inference);

    private static ImmutableArray<StatusAttestation> AttestAfter(ImmutableArray<StatusChange> history, int[] days, int[] choices, string? note, ImmutableArray<SourceId> sources, Inference? inference)
    {
        var attestations = ImmutableArray.CreateBuilder<StatusAttestation>();
        var status = history[^1].Status;
        var day = history[^1].Date!.Value.Latest;
        for (var k = 0; k < days.Length; k++)
        {
            day = day.PlusDays(days[k]);
            if (day > LastDate)
            {
                break;
            }

            var reachable = Enum<MechanismStatus>().Where(to => MechanismLifecycle.IsReachable(status, to)).ToArray();
            status = choices[k] % 2 == 0 || reachable.Length == 0 ? status : reachable[choices[k] % reachable.Length];
            attestations.Add(new StatusAttestation { Status = status, Date = ReportedDate.OnDay(day), Sources = sources, Note = note, Inference = inference });
        }

        return attestations.ToImmutable();
    }

    // The value of `gen` one time in `n`, null otherwise.
    private static Gen<T?> OneIn<T>(int n, Gen<T> gen)
        where T : class => Gen.Frequency((n - 1, Gen.Constant<T?>(null)), (1, gen.Select(x => (T?)x)));

    private static Gen<Inference> Inferences(ImmutableArray<SourceId> sources) =>
        from reasoning in Texts()
        from cited in SomeOf(sources, 1)
        select new Inference { Reasoning = reasoning, From = cited };

    private static Gen<Incident> Incident(Pool pool, int i) =>
        from kind in Gen.Elements(Enum<IncidentKind>())
        from date in ReportedDates()
        from location in
            from place in Texts().Maybe()
            from territory in Gen.Elements(pool.Territories.ToArray()).Maybe()
            from point in Points().Maybe()
            from precision in Gen.Elements(Enum<Geography.LocationPrecision>())
            select new IncidentLocation
            {
                PlaceName = place ?? (territory is null && point is null ? "Prde" : null), Territory = territory, Point = point,
                Precision = precision == Geography.LocationPrecision.ExactLocation && point is null ? Geography.LocationPrecision.NearNamedPlace : precision,
            }
        from perpetrators in Gen.Choose(0, 2).SelectMany(n => Sequence(n, _ => Gen.OneOf(
            Gen.Constant(Perpetrator.Unidentified),
            from actor in Gen.Elements(pool.Actors.ToArray())
            from attribution in Gen.Elements(Attribution.Claimed, Attribution.Attributed, Attribution.Suspected)
            select new Perpetrator(actor, attribution))).Select(p => p.DistinctBy(perpetrator => perpetrator.Actor).ToImmutableArray()))
        from parties in Gen.Shuffle(pool.Actors.Select(AffectedParty.Of).Append(AffectedParty.Civilians).Append(AffectedParty.Unidentified))
        from targetCount in Gen.Choose(0, 2)
        from casualtyCount in Gen.Choose(0, 3)
        from estimates in ReportedEstimate().Two().ArrayOf(casualtyCount)
        let casualties = estimates.Select((e, k) => new Casualties(parties[k], e.Item1, e.Item2)).ToImmutableArray()
        from totals in Gen.Frequency(
            (2, Gen.Constant<CasualtyTotals?>(null)),
            (1, from killed in AgreeingTotal([.. casualties.Select(c => c.Killed)])
                from injured in AgreeingTotal([.. casualties.Select(c => c.Injured)])
                from totalSources in SomeOf(pool.Sources, 0)
                select (CasualtyTotals?)new CasualtyTotals { Killed = killed, Injured = injured, Sources = totalSources }))
        from summary in Texts().Maybe()
        from sources in SomeOf(pool.Sources, 1)
        from inference in Inferences(pool)
        from origin in OneIn(4, ValueGenerators.RecordOrigins)
        select new Incident
        {
            Id = IncidentId.Parse($"incident-{i}"), Kind = kind, Date = date, Location = location, Perpetrators = perpetrators,
            Targets = [.. parties.Take(targetCount)], Summary = summary, Sources = sources,
            Casualties = casualties, ReportedTotals = totals, Inference = inference, Origin = origin,
        };

    // A figure as sources give it: mostly reported, sometimes not (null), sometimes an explicit zero.
    private static Gen<CasualtyEstimate?> ReportedEstimate() => Gen.Frequency(
        (1, Gen.Constant<CasualtyEstimate?>(null)),
        (1, Gen.Constant<CasualtyEstimate?>(CasualtyEstimate.Zero)),
        (4, Estimate().Select(e => (CasualtyEstimate?)e)));

    // A reported total that agrees with the parties' figures (COORD-INC-009, -010): the parties' sum widened upwards
    // (its low kept, so the ranges overlap), any estimate when no party gives a figure, or none.
    private static Gen<CasualtyEstimate?> AgreeingTotal(CasualtyEstimate?[] parties)
    {
        var given = parties.OfType<CasualtyEstimate>().ToList();
        if (given.Count == 0)
        {
            return ReportedEstimate();
        }

        var sum = given.Aggregate(CasualtyEstimate.Zero, (total, e) => total + e);
        return Gen.Frequency(
            (1, Gen.Constant<CasualtyEstimate?>(null)),
            (3, from extra in Gen.Choose(0, 50) select (CasualtyEstimate?)new CasualtyEstimate(sum.Low, sum.Best + extra, sum.High + extra)));
    }

    // Mostly null (stated); sometimes an inference from one or more of the catalog's sources.
    private static Gen<Inference?> Inferences(Pool pool) => Gen.Frequency(
        (3, Gen.Constant<Inference?>(null)),
        (1, from reasoning in Texts()
            from inferredFrom in SomeOf(pool.Sources, 1)
            select (Inference?)new Inference { Reasoning = reasoning, From = inferredFrom }));

    private static Gen<CasualtyEstimate> Estimate() =>
        from values in Gen.Choose(0, 500).Three()
        let sorted = new[] { values.Item1, values.Item2, values.Item3 }.Order().ToArray()
        select new CasualtyEstimate(sorted[0], sorted[1], sorted[2]);

    private static Gen<EnablingSupport> Support(Pool pool, int i) =>
        from provider in Gen.Elements(pool.Actors.ToArray())
        from recipients in SomeOf(pool.Actors.Remove(provider), 1)
        from kinds in SomeOf([.. Enum<SupportKind>()], 1)
        from period in Periods()
        from amount in Amounts().Maybe()
        from sources in SomeOf(pool.Sources, 1)
        from inference in Inferences(pool)
        select new EnablingSupport { Id = SupportId.Parse($"support-{i}"), Provider = provider, Recipients = recipients, Kinds = kinds, Period = period, Amount = amount, Sources = sources, Inference = inference };

    private static Gen<Statement> Statement(Pool pool, int i) =>
        from speaker in Gen.Frequency(
            (1, Gen.Constant<Speaker?>(null)),
            (pool.People.IsEmpty ? 0 : 2, Gen.Elements(pool.People.IsEmpty ? [PersonId.Parse("unused")] : pool.People.ToArray()).Select(p => (Speaker?)Speaker.OfPerson(p))),
            (1, Gen.Elements(pool.Actors.ToArray()).Select(a => (Speaker?)Speaker.Institution(a))),
            (1, Gen.Elements(pool.Actors.ToArray()).Select(a => (Speaker?)Speaker.OfficialsOf(a))))
        from onBehalfOf in Gen.Elements(pool.Actors.ToArray()).Maybe()
        from date in ReportedDates().Maybe()
        from quote in Texts()
        from paraphrase in Gen.Elements(true, false)
        from medium in Gen.Elements<string?>(null, "interview", "tweet")
        from dateAsStated in Gen.Elements<string?>(null, null, null, "on Sunday", "last week")
        from source in Gen.Elements(pool.Sources.ToArray())
        from inference in Inferences(pool)
        select new Statement { Id = StatementId.Parse($"statement-{i}"), Speaker = speaker, OnBehalfOf = onBehalfOf, Date = date, DateAsStated = dateAsStated, Quote = quote, IsParaphrase = paraphrase, Medium = medium, Source = source, Inference = inference };

    private sealed class Pool(int sources, int actors, int people, int territories, int lines)
    {
        internal ImmutableArray<SourceId> Sources { get; } = Ids(sources, i => SourceId.Parse($"source-{i}"));

        internal ImmutableArray<ActorId> Actors { get; } = Ids(actors, i => ActorId.Parse($"actor-{i}"));

        internal ImmutableArray<PersonId> People { get; } = Ids(people, i => PersonId.Parse($"person-{i}"));

        internal ImmutableArray<TerritoryId> Territories { get; } = Ids(territories, i => TerritoryId.Parse($"territory-{i}"));

        internal ImmutableArray<CoordinationLineId> Lines { get; } = Ids(lines, i => CoordinationLineId.Parse($"line-{i}"));

        private static ImmutableArray<T> Ids<T>(int count, Func<int, T> make) => [.. Enumerable.Range(0, count).Select(make)];
    }
}
