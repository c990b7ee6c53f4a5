using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Temporal;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Catalog;

/// <summary>
/// One consistent picture: every actor, person, territory, coordination line, mechanism, incident,
/// support record, source and statement, looked up by identifier, with the as-of questions of the
/// field answered in one call.
/// </summary>
/// <remarks>
/// <para>Immutable and safe to share across threads. <c>With(…)</c> adds a record or replaces the one
/// with the same identifier and returns a new catalog; the original is unchanged. Each call copies the
/// records of its kind, so to add many records use a <see cref="Builder"/> (<see cref="CreateBuilder"/>,
/// <see cref="ToBuilder"/>), which adds, replaces and removes in amortised constant time.</para>
/// <para>The kinds of record are listed in <see cref="CatalogRecordKinds"/>.</para>
/// <para>A catalog may hold records that break cross-record rules (a dangling identifier, a
/// duplicate): look-ups then answer with the first record of an identifier, and
/// <c>CoordinationCatalogValidator</c> reports every problem.</para>
/// <para>Equality compares every collection, in order.</para>
/// </remarks>
public sealed partial class CoordinationCatalog : IEquatable<CoordinationCatalog>
{
    // One array of records per kind of CatalogRecordKinds.All (a TRecord[]; null stands for none), and the
    // look-up of each kind, built on first use. Written only while the catalog is initialized (constructors
    // and init accessors), and then never in place: an init accessor replaces both arrays, so a copy that
    // shares them with another catalog cannot change that catalog.
    private Array?[] records;
    private object?[] indexes;
    private ILookup<TerritoryId, TerritoryId>? children;
    private TerritoryIncidentIndex? incidentsByTerritory;
    private object? incidentsByTerritoryLock;

    /// <summary>Creates an empty catalog; fill it with object initializers, <c>With(…)</c> or a <see cref="Builder"/>.</summary>
    public CoordinationCatalog()
        : this(new Array?[CatalogRecordKinds.All.Length])
    {
    }

    private CoordinationCatalog(Array?[] records)
    {
        this.records = records;
        indexes = new object?[records.Length];
    }

    /// <summary>Gets a catalog with no records.</summary>
    public static CoordinationCatalog Empty { get; } = new();

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors { get => CatalogRecordKinds.Actors.RecordsOf(this); init => Set(CatalogRecordKinds.Actors, value); }

    /// <summary>Gets the people.</summary>
    public ImmutableArray<Person> People { get => CatalogRecordKinds.People.RecordsOf(this); init => Set(CatalogRecordKinds.People, value); }

    /// <summary>Gets the territories.</summary>
    public ImmutableArray<Territory> Territories { get => CatalogRecordKinds.Territories.RecordsOf(this); init => Set(CatalogRecordKinds.Territories, value); }

    /// <summary>Gets the coordination lines.</summary>
    public ImmutableArray<CoordinationLine> Lines { get => CatalogRecordKinds.Lines.RecordsOf(this); init => Set(CatalogRecordKinds.Lines, value); }

    /// <summary>Gets the coordination mechanisms.</summary>
    public ImmutableArray<CoordinationMechanism> Mechanisms { get => CatalogRecordKinds.Mechanisms.RecordsOf(this); init => Set(CatalogRecordKinds.Mechanisms, value); }

    /// <summary>Gets the incidents.</summary>
    public ImmutableArray<Incident> Incidents { get => CatalogRecordKinds.Incidents.RecordsOf(this); init => Set(CatalogRecordKinds.Incidents, value); }

    /// <summary>Gets the support records.</summary>
    public ImmutableArray<EnablingSupport> Support { get => CatalogRecordKinds.Support.RecordsOf(this); init => Set(CatalogRecordKinds.Support, value); }

    /// <summary>Gets the sources.</summary>
    public ImmutableArray<Source> Sources { get => CatalogRecordKinds.Sources.RecordsOf(this); init => Set(CatalogRecordKinds.Sources, value); }

    /// <summary>Gets the statements.</summary>
    public ImmutableArray<Statement> Statements { get => CatalogRecordKinds.Statements.RecordsOf(this); init => Set(CatalogRecordKinds.Statements, value); }

    /// <summary>Finds an actor by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The actor, or <see langword="null"/> when the catalog has none with that identifier.</returns>
    public Actor? FindActor(ActorId id) => Find(CatalogRecordKinds.Actors, id);

    /// <summary>Finds a person by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Person? FindPerson(PersonId id) => Find(CatalogRecordKinds.People, id);

    /// <summary>Finds a territory by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The territory, or <see langword="null"/>.</returns>
    public Territory? FindTerritory(TerritoryId id) => Find(CatalogRecordKinds.Territories, id);

    /// <summary>Finds a coordination line by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The line, or <see langword="null"/>.</returns>
    public CoordinationLine? FindLine(CoordinationLineId id) => Find(CatalogRecordKinds.Lines, id);

    /// <summary>Finds a coordination mechanism by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The mechanism, or <see langword="null"/>.</returns>
    public CoordinationMechanism? FindMechanism(MechanismId id) => Find(CatalogRecordKinds.Mechanisms, id);

    /// <summary>Finds an incident by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The incident, or <see langword="null"/>.</returns>
    public Incident? FindIncident(IncidentId id) => Find(CatalogRecordKinds.Incidents, id);

    /// <summary>Finds a support record by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The support record, or <see langword="null"/>.</returns>
    public EnablingSupport? FindSupport(SupportId id) => Find(CatalogRecordKinds.Support, id);

    /// <summary>Finds a source by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The source, or <see langword="null"/>.</returns>
    public Source? FindSource(SourceId id) => Find(CatalogRecordKinds.Sources, id);

    /// <summary>Finds a statement by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The statement, or <see langword="null"/>.</returns>
    public Statement? FindStatement(StatementId id) => Find(CatalogRecordKinds.Statements, id);

    /// <summary>Returns the actor that controlled a territory on a date.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="date">The date.</param>
    /// <returns>The controller, or <see langword="null"/> when the territory is unknown or no control period covers the date.</returns>
    public ActorId? ControllerOf(TerritoryId territory, LocalDate date) => FindTerritory(territory)?.ControllerOn(date);


    /// <summary>Returns the mechanisms whose status on <paramref name="date"/> was <paramref name="status"/>, in catalog order.</summary>
    /// <param name="status">The status.</param>
    /// <param name="date">The date.</param>
    /// <returns>The mechanisms.</returns>
    public ImmutableArray<CoordinationMechanism> MechanismsIn(MechanismStatus status, LocalDate date) =>
        [.. Mechanisms.Where(m => m is not null && m.StatusOn(date) == status)];

    /// <summary>
    /// Returns <paramref name="territory"/> and every territory below it (children, their children, …).
    /// Safe on a catalog whose parent links form a cycle.
    /// </summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The territory's identifier followed by its descendants', breadth first; empty when the territory is unknown.</returns>
    public ImmutableArray<TerritoryId> SelfAndDescendants(TerritoryId territory)
    {
        if (!IndexOf(CatalogRecordKinds.Territories).Contains(territory))
        {
            return [];
        }

        var children = Children();
        var seen = new HashSet<TerritoryId> { territory };
        var result = ImmutableArray.CreateBuilder<TerritoryId>();
        var queue = new Queue<TerritoryId>();
        queue.Enqueue(territory);
        while (queue.TryDequeue(out var current))
        {
            result.Add(current);
            foreach (var child in children[current])
            {
                if (seen.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Returns the incidents located in <paramref name="territory"/> or any territory below it whose
    /// reported date may fall in <paramref name="dates"/> (the two ranges overlap; a one-sided date
    /// reaches without end before or after its anchor), in catalog order.
    /// </summary>
    /// <param name="territory">The territory.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The incidents.</returns>
    /// <remarks>
    /// Answered from an index of the incidents by territory and reported date, built on the first call and kept with
    /// the catalog (it is immutable): O(log n + k) for each territory of the area after that, where the first call
    /// also pays the build, O(n log n). The answer is the same as a walk over every incident would give.
    /// </remarks>
    public ImmutableArray<Incident> IncidentsIn(TerritoryId territory, DateRange dates) =>
        IncidentsByTerritory().Find(SelfAndDescendants(territory), dates);

    /// <summary>Answers <see cref="IncidentsIn"/> by walking every incident: the definition the index is held to, and the benchmark's baseline.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The incidents.</returns>
    internal ImmutableArray<Incident> ScanIncidentsIn(TerritoryId territory, DateRange dates)
    {
        var area = SelfAndDescendants(territory).ToHashSet();
        return [.. Incidents.Where(i => i?.Location?.Territory is { } t && area.Contains(t)
            && i.Date.MayFallIn(dates))];
    }

    /// <summary>Returns the index of the incidents by territory and date, building it on first use (once, under a lock, however many threads ask).</summary>
    /// <returns>The index.</returns>
    internal TerritoryIncidentIndex IncidentsByTerritory() =>
        LazyInitializer.EnsureInitialized(ref incidentsByTerritory, ref incidentsByTerritoryLock, () => new TerritoryIncidentIndex(Incidents));

    /// <inheritdoc />
    public bool Equals(CoordinationCatalog? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        foreach (var kind in CatalogRecordKinds.All)
        {
            if (!kind.SequenceEqual(this, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CoordinationCatalog);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var kind in CatalogRecordKinds.All)
        {
            hash.Add(kind.CountIn(this));
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the catalog by the number of records of each kind.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"CoordinationCatalog {{ {string.Join(", ", CatalogRecordKinds.All.Select(k => $"{k.CountIn(this)} {k.Plural}"))} }}";

    /// <summary>Returns the records of the kind at <paramref name="kind"/> (its index).</summary>
    internal ImmutableArray<TRecord> RecordsOf<TRecord>(int kind) =>
        records[kind] is TRecord[] array ? ImmutableCollectionsMarshal.AsImmutableArray(array) : [];

    /// <summary>Returns a catalog with <paramref name="value"/> as the records of the kind at <paramref name="kind"/>.</summary>
    internal CoordinationCatalog WithRecords<TRecord>(int kind, ImmutableArray<TRecord> value)
    {
        var copy = (Array?[])records.Clone();
        copy[kind] = ImmutableCollectionsMarshal.AsArray(value);
        return new CoordinationCatalog(copy);
    }

    /// <summary>Finds the first record of a kind with an identifier.</summary>
    internal TRecord? Find<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind, TId id)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId> => IndexOf(kind).Find(id);

    private RecordIndex<TId, TRecord> IndexOf<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId>
    {
        // Built at most a few times under a race, published once; every build gives the same index.
        if (Volatile.Read(ref indexes[kind.Index]) is not RecordIndex<TId, TRecord> index)
        {
            index = new RecordIndex<TId, TRecord>(kind.RecordsOf(this));
            index = (RecordIndex<TId, TRecord>)(Interlocked.CompareExchange(ref indexes[kind.Index], index, null) ?? index);
        }

        return index;
    }

    private ILookup<TerritoryId, TerritoryId> Children()
    {
        if (Volatile.Read(ref children) is not { } lookup)
        {
            lookup = Territories.Where(t => t?.Parent is not null).ToLookup(t => t.Parent!.Value, t => t.Id);
            lookup = Interlocked.CompareExchange(ref children, lookup, null) ?? lookup;
        }

        return lookup;
    }

    // Called from the init accessors only, while the catalog is being initialized: copy on write, and the
    // look-ups start again.
    private void Set<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind, ImmutableArray<TRecord> value)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId>
    {
        var copy = (Array?[])records.Clone();
        copy[kind.Index] = ImmutableCollectionsMarshal.AsArray(value);
        records = copy;
        indexes = new object?[copy.Length];
        children = null;
        incidentsByTerritory = null;
    }
}
