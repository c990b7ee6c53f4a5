using System;
using System.Collections.Generic;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;
using FsCheck;
using FsCheck.Fluent;
using static Coordination.Domain.Testing.MalformedValues;

namespace Coordination.Domain.Testing;

/// <summary>
/// FsCheck generators of malformed records and catalogs, where anything goes: <see langword="null"/> in
/// non-nullable members and in arrays (as deserialized input may hold them), default identifiers and
/// structs, undefined enum values, blank and overlong text, unordered and huge casualty estimates,
/// dangling and duplicate identifiers, cycles of parents. For the property that validators never throw.
/// </summary>
/// <remarks>Every object is built through the public API, so it is one a caller could hand a validator.</remarks>
public static class MalformedGenerators
{
    // The one place that pairs each kind of record with its generator.
    private static readonly Lazy<Dictionary<CatalogRecordKind, object>> ByKind = new(() => new()
    {
        [CatalogRecordKinds.Actors] = Actor(),
        [CatalogRecordKinds.People] = Person(),
        [CatalogRecordKinds.Territories] = Territory(),
        [CatalogRecordKinds.Lines] = Line(),
        [CatalogRecordKinds.Mechanisms] = Mechanism(),
        [CatalogRecordKinds.Incidents] = Incident(),
        [CatalogRecordKinds.Support] = Support(),
        [CatalogRecordKinds.Sources] = Source(),
        [CatalogRecordKinds.Statements] = Statement(),
    });

    /// <summary>Generates malformed actors.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Actor> Actor() =>
        from id in Ids<ActorId>()
        from kind in Enums<ActorKind>()
        from names in NameSets()
        from existence in Periods().OrNone()
        from description in Texts()
        from relations in (
            from relationKind in Enums<ActorRelationKind>()
            from target in Ids<ActorId>()
            from period in Periods()
            from sources in Ids<SourceId>().Arrays()
            select new ActorRelation { Kind = relationKind, Target = target, Period = period, Sources = sources }).ArraysWithNulls()
        from sources in Ids<SourceId>().Arrays()
        select new Actor { Id = id, Kind = kind, Names = names!, Existence = existence, Description = description, Relations = relations, Sources = sources };

    /// <summary>Generates malformed people.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Person> Person() =>
        from id in Ids<PersonId>()
        from names in NameSets()
        from honorific in Texts()
        from posts in (
            from actor in Ids<ActorId>()
            from title in RequiredTexts()
            from period in Periods()
            from sources in Ids<SourceId>().Arrays()
            select new Post { Actor = actor, Title = title, Period = period, Sources = sources }).ArraysWithNulls()
        from sources in Ids<SourceId>().Arrays()
        select new Person { Id = id, Names = names!, Honorific = honorific, Posts = posts, Sources = sources };

    /// <summary>Generates malformed territories.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Territory> Territory() =>
        from id in Ids<TerritoryId>()
        from kind in Enums<TerritoryKind>()
        from names in NameSets()
        from parent in Ids<TerritoryId>().OrNone()
        from isoCode in Texts()
        from pCode in Texts()
        from point in Points().OrNone()
        from claims in (
            from claimant in Ids<ActorId>()
            from basis in Texts()
            from period in Periods()
            select new TerritorialClaim { Claimant = claimant, Basis = basis, Period = period }).ArraysWithNulls()
        from control in (
            from controller in Ids<ActorId>()
            from period in Periods()
            from sources in Ids<SourceId>().Arrays()
            select new ControlPeriod { Controller = controller, Period = period, Sources = sources }).ArraysWithNulls()
        from sources in Ids<SourceId>().Arrays()
        select new Territory
        {
            Id = id, Kind = kind, Names = names!, Parent = parent, IsoCode = isoCode, PCode = pCode, Point = point,
            Claims = claims, ControlPeriods = control, Sources = sources,
        };

    /// <summary>Generates malformed coordination lines.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CoordinationLine> Line() =>
        from id in Ids<CoordinationLineId>()
        from names in NameSets()
        from sideA in Ids<ActorId>()
        from sideB in Ids<ActorId>()
        from points in Points().Arrays()
        from description in Texts()
        from sources in Ids<SourceId>().Arrays()
        select new CoordinationLine { Id = id, Names = names!, SideA = sideA, SideB = sideB, Points = points, Description = description, Sources = sources };

    /// <summary>Generates malformed coordination mechanisms.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CoordinationMechanism> Mechanism() =>
        from id in Ids<MechanismId>()
        from kind in Enums<MechanismKind>()
        from names in NameSets()
        from participants in (from actor in Ids<ActorId>() from role in Enums<ParticipantRole>() select new Participant(actor, role)).ArraysWithNulls()
        from site in Ids<TerritoryId>().OrNone()
        from area in (
            from territories in Ids<TerritoryId>().Arrays()
            from stretches in (from line in Ids<CoordinationLineId>() from within in Ids<TerritoryId>().OrNone() select new LineStretch(line, within)).ArraysWithNulls()
            select new AreaOfResponsibility { Territories = territories, LineStretches = stretches }).OrNull()
        from history in (
            from status in Enums<MechanismStatus>()
            from date in ReportedDates()
            from sources in Ids<SourceId>().Arrays()
            from undated in Gen.Elements(false, false, true)
            from inference in Inferences()
            select new StatusChange { Status = status, Date = undated ? null : date, Sources = sources, Inference = inference }).ArraysWithNulls()
        from attestations in (
            from status in Enums<MechanismStatus>()
            from date in ReportedDates()
            from sources in Ids<SourceId>().Arrays()
            from note in Texts()
            from inference in Inferences()
            select new StatusAttestation { Status = status, Date = date, Sources = sources, Note = note, Inference = inference }).ArraysWithNulls()
        from inference in Inferences()
        from description in Texts()
        from sources in Ids<SourceId>().Arrays()
        select new CoordinationMechanism
        {
            Id = id, Kind = kind, Names = names!, Participants = participants, Site = site, Area = area!, StatusHistory = history,
            Attestations = attestations, Inference = inference, Description = description, Sources = sources,
        };

    /// <summary>Generates malformed incidents.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Incident> Incident() =>
        from id in Ids<IncidentId>()
        from kind in Enums<IncidentKind>()
        from date in ReportedDates()
        from location in (
            from place in Texts()
            from territory in Ids<TerritoryId>().OrNone()
            from point in Points().OrNone()
            from precision in Enums<LocationPrecision>()
            select new IncidentLocation { PlaceName = place, Territory = territory, Point = point, Precision = precision }).OrNull()
        from perpetrators in Gen.OneOf(
            Gen.Constant(Perpetrator.Unidentified),
            from actor in Ids<ActorId>().Where(a => !a.IsDefault)
            from attribution in Gen.Elements(Attribution.Claimed, Attribution.Attributed, Attribution.Suspected)
            select new Perpetrator(actor, attribution)).ArraysWithNulls()
        from targets in Parties().Arrays()
        from casualties in (from party in Parties() from killed in Estimates().OrNone() from injured in Estimates().OrNone() select new Casualties(party, killed, injured)).ArraysWithNulls()
        from totals in Gen.Elements(true, false).SelectMany(given => given
            ? from killed in Estimates().OrNone() from injured in Estimates().OrNone() from totalSources in Ids<SourceId>().Arrays()
              select (CasualtyTotals?)new CasualtyTotals { Killed = killed, Injured = injured, Sources = totalSources }
            : Gen.Constant<CasualtyTotals?>(null))
        from summary in Texts()
        from sources in Ids<SourceId>().Arrays()
        from inference in Inferences()
        select new Incident
        {
            Id = id, Kind = kind, Date = date, Location = location!, Perpetrators = perpetrators, Targets = targets, Casualties = casualties,
            ReportedTotals = totals, Summary = summary, Sources = sources, Inference = inference,
        };

    // Malformed inferences: none, or reasoning that may be missing or blank and sources that may be empty, repeat or be default.
    private static Gen<Inference?> Inferences() => Gen.Elements(true, false).SelectMany(given => given
        ? from reasoning in Texts() from inferredFrom in Ids<SourceId>().Arrays() select (Inference?)new Inference { Reasoning = reasoning!, From = inferredFrom }
        : Gen.Constant<Inference?>(null));

    /// <summary>Generates malformed support records.</summary>
    /// <returns>The generator.</returns>
    public static Gen<EnablingSupport> Support() =>
        from id in Ids<SupportId>()
        from provider in Ids<ActorId>()
        from recipients in Ids<ActorId>().Arrays()
        from kinds in Enums<SupportKind>().Arrays()
        from period in Periods()
        from amount in Amounts().OrNone()
        from description in Texts()
        from sources in Ids<SourceId>().Arrays()
        select new EnablingSupport { Id = id, Provider = provider, Recipients = recipients, Kinds = kinds, Period = period, Amount = amount, Description = description, Sources = sources };

    /// <summary>Generates malformed sources.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Source> Source() =>
        from id in Ids<SourceId>()
        from publisher in RequiredTexts()
        from publisherActor in Ids<ActorId>().OrNone()
        from title in RequiredTexts()
        from url in Urls()
        from published in ReportedDates().OrNone()
        from language in Languages()
        from note in Texts()
        select new Source { Id = id, Publisher = publisher, PublisherActor = publisherActor, Title = title, Url = url, Published = published, Language = language, Note = note };

    /// <summary>Generates malformed statements.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Statement> Statement() =>
        from id in Ids<StatementId>()
        from speaker in Gen.OneOf(
            Ids<PersonId>().Select(p => (Speaker)p),
            Ids<ActorId>().Where(a => !a.IsDefault).Select(Speaker.Institution),
            Ids<ActorId>().Where(a => !a.IsDefault).Select(Speaker.OfficialsOf),
            Gen.Constant(default(Speaker))).OrNone()
        from onBehalfOf in Ids<ActorId>().OrNone()
        from date in ReportedDates().OrNone()
        from quote in RequiredTexts()
        from medium in Texts()
        from source in Ids<SourceId>()
        from inference in Inferences()
        select new Statement { Id = id, Speaker = speaker, OnBehalfOf = onBehalfOf, Date = date, Quote = quote, Medium = medium, Source = source, Inference = inference };

    /// <summary>Generates malformed catalogs: malformed records (and <see langword="null"/> ones) of every kind, whose identifiers repeat, dangle and form cycles.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CoordinationCatalog> Catalog()
    {
        // Kind by kind, in catalog order, an array of malformed records (nulls included).
        var fill = new FillKind(Gen.Constant(CoordinationCatalog.Empty));
        foreach (var kind in CatalogRecordKinds.All)
        {
            kind.Accept(fill);
        }

        return fill.Catalog;
    }

    /// <summary>Generates the malformed records of a kind of <see cref="CatalogRecordKinds"/>.</summary>
    /// <typeparam name="TRecord">The type of the kind's records.</typeparam>
    /// <typeparam name="TId">The type of their identifiers.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <returns>The generator: <see cref="Actor()"/> for actors, and so on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">No generator is written for <paramref name="kind"/> yet.</exception>
    public static Gen<TRecord> Record<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId>
    {
        ArgumentNullException.ThrowIfNull(kind);
        return ByKind.Value.TryGetValue(kind, out var generator) ? (Gen<TRecord>)generator
            : throw new NotSupportedException($"MalformedGenerators has no generator of {kind.Name}: add it to MalformedGenerators.ByKind.");
    }

    private sealed class FillKind(Gen<CoordinationCatalog> start) : ICatalogRecordKindVisitor
    {
        internal Gen<CoordinationCatalog> Catalog { get; private set; } = start;

        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId> =>
            Catalog = from catalog in Catalog
                      from records in Record(kind).ArraysWithNulls()
                      select kind.WithRecords(catalog, records);
    }
}
