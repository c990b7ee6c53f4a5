using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// with the same identifier and returns a new catalog; the original is unchanged.</para>
/// <para>A catalog may hold records that break cross-record rules (a dangling identifier, a
/// duplicate): look-ups then answer with the first record of an identifier, and
/// <c>CoordinationCatalogValidator</c> reports every problem.</para>
/// <para>Equality compares every collection, in order.</para>
/// </remarks>
public sealed partial class CoordinationCatalog : IEquatable<CoordinationCatalog>
{
    private readonly Lazy<Indexes> indexes;

    /// <summary>Creates an empty catalog; fill it with object initializers or <c>With(…)</c>.</summary>
    public CoordinationCatalog() => indexes = new Lazy<Indexes>(() => new Indexes(this));

    /// <summary>Gets a catalog with no records.</summary>
    public static CoordinationCatalog Empty { get; } = new();

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the people.</summary>
    public ImmutableArray<Person> People { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the territories.</summary>
    public ImmutableArray<Territory> Territories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the coordination lines.</summary>
    public ImmutableArray<CoordinationLine> Lines { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the coordination mechanisms.</summary>
    public ImmutableArray<CoordinationMechanism> Mechanisms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the incidents.</summary>
    public ImmutableArray<Incident> Incidents { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the support records.</summary>
    public ImmutableArray<EnablingSupport> Support { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources.</summary>
    public ImmutableArray<Source> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the statements.</summary>
    public ImmutableArray<Statement> Statements { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Finds an actor by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The actor, or <see langword="null"/> when the catalog has none with that identifier.</returns>
    public Actor? FindActor(ActorId id) => indexes.Value.Actors.Find(id);

    /// <summary>Finds a person by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Person? FindPerson(PersonId id) => indexes.Value.People.Find(id);

    /// <summary>Finds a territory by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The territory, or <see langword="null"/>.</returns>
    public Territory? FindTerritory(TerritoryId id) => indexes.Value.Territories.Find(id);

    /// <summary>Finds a coordination line by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The line, or <see langword="null"/>.</returns>
    public CoordinationLine? FindLine(CoordinationLineId id) => indexes.Value.Lines.Find(id);

    /// <summary>Finds a coordination mechanism by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The mechanism, or <see langword="null"/>.</returns>
    public CoordinationMechanism? FindMechanism(MechanismId id) => indexes.Value.Mechanisms.Find(id);

    /// <summary>Finds an incident by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The incident, or <see langword="null"/>.</returns>
    public Incident? FindIncident(IncidentId id) => indexes.Value.Incidents.Find(id);

    /// <summary>Finds a support record by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The support record, or <see langword="null"/>.</returns>
    public EnablingSupport? FindSupport(SupportId id) => indexes.Value.Support.Find(id);

    /// <summary>Finds a source by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The source, or <see langword="null"/>.</returns>
    public Source? FindSource(SourceId id) => indexes.Value.Sources.Find(id);

    /// <summary>Finds a statement by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The statement, or <see langword="null"/>.</returns>
    public Statement? FindStatement(StatementId id) => indexes.Value.Statements.Find(id);

    /// <summary>Returns the actor that controlled a territory on a date.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="date">The date.</param>
    /// <returns>The controller, or <see langword="null"/> when the territory is unknown or no control period covers the date.</returns>
    public ActorId? ControllerOf(TerritoryId territory, LocalDate date) => FindTerritory(territory)?.ControllerOn(date);

    /// <summary>Returns the territories two or more actors claimed on a date, in catalog order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The disputed territories.</returns>
    public ImmutableArray<Territory> DisputedTerritoriesOn(LocalDate date) =>
        [.. Territories.Where(t => t is not null && t.IsDisputedOn(date))];

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
        if (!indexes.Value.Territories.Contains(territory))
        {
            return [];
        }

        var children = indexes.Value.Children;
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
    /// reported date may fall in <paramref name="dates"/> (the two ranges overlap), in catalog order.
    /// </summary>
    /// <param name="territory">The territory.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The incidents.</returns>
    public ImmutableArray<Incident> IncidentsIn(TerritoryId territory, DateRange dates)
    {
        var area = SelfAndDescendants(territory).ToHashSet();
        return [.. Incidents.Where(i => i?.Location?.Territory is { } t && area.Contains(t)
            && i.Date.Earliest <= dates.End && dates.Start <= i.Date.Latest)];
    }

    /// <inheritdoc />
    public bool Equals(CoordinationCatalog? other) =>
        other is not null && (ReferenceEquals(this, other) || (
            Equality.Sequence(Actors, other.Actors) && Equality.Sequence(People, other.People)
            && Equality.Sequence(Territories, other.Territories) && Equality.Sequence(Lines, other.Lines)
            && Equality.Sequence(Mechanisms, other.Mechanisms) && Equality.Sequence(Incidents, other.Incidents)
            && Equality.Sequence(Support, other.Support) && Equality.Sequence(Sources, other.Sources)
            && Equality.Sequence(Statements, other.Statements)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CoordinationCatalog);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        Actors.Length, People.Length, Territories.Length, Lines.Length, Mechanisms.Length, Incidents.Length, Support.Length, HashCode.Combine(Sources.Length, Statements.Length));

    /// <summary>Describes the catalog by the number of records of each kind.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"CoordinationCatalog {{ {Actors.Length} actors, {People.Length} people, {Territories.Length} territories, {Lines.Length} lines, {Mechanisms.Length} mechanisms, {Incidents.Length} incidents, {Support.Length} support, {Sources.Length} sources, {Statements.Length} statements }}";

    private sealed class Indexes(CoordinationCatalog catalog)
    {
        internal RecordIndex<ActorId, Actor> Actors { get; } = new(catalog.Actors, r => r.Id, id => id.IsDefault);

        internal RecordIndex<PersonId, Person> People { get; } = new(catalog.People, r => r.Id, id => id.IsDefault);

        internal RecordIndex<TerritoryId, Territory> Territories { get; } = new(catalog.Territories, r => r.Id, id => id.IsDefault);

        internal RecordIndex<CoordinationLineId, CoordinationLine> Lines { get; } = new(catalog.Lines, r => r.Id, id => id.IsDefault);

        internal RecordIndex<MechanismId, CoordinationMechanism> Mechanisms { get; } = new(catalog.Mechanisms, r => r.Id, id => id.IsDefault);

        internal RecordIndex<IncidentId, Incident> Incidents { get; } = new(catalog.Incidents, r => r.Id, id => id.IsDefault);

        internal RecordIndex<SupportId, EnablingSupport> Support { get; } = new(catalog.Support, r => r.Id, id => id.IsDefault);

        internal RecordIndex<SourceId, Source> Sources { get; } = new(catalog.Sources, r => r.Id, id => id.IsDefault);

        internal RecordIndex<StatementId, Statement> Statements { get; } = new(catalog.Statements, r => r.Id, id => id.IsDefault);

        internal ILookup<TerritoryId, TerritoryId> Children { get; } =
            catalog.Territories.Where(t => t?.Parent is not null).ToLookup(t => t.Parent!.Value, t => t.Id);
    }
}
