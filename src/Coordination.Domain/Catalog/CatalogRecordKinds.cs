using System;
using System.Collections.Immutable;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Catalog;

/// <summary>
/// The kinds of record a <see cref="CoordinationCatalog"/> holds, listed once. The catalog's storage,
/// equality, look-ups and builder, its validator's identity rules, the JSON document and the generic code
/// of the other packages iterate <see cref="All"/>; a new kind of record is one more line here (and its
/// own types).
/// </summary>
/// <remarks>The order of <see cref="All"/> is the order of the catalog's collections, of its JSON document
/// and of validation.</remarks>
public static class CatalogRecordKinds
{
    /// <summary>Gets the kind of actors.</summary>
    public static CatalogRecordKind<Actor, ActorId> Actors { get; } = new(0, nameof(CoordinationCatalog.Actors), "actor", "actors", static () => new ActorValidator());

    /// <summary>Gets the kind of people.</summary>
    public static CatalogRecordKind<Person, PersonId> People { get; } = new(1, nameof(CoordinationCatalog.People), "person", "people", static () => new PersonValidator());

    /// <summary>Gets the kind of territories.</summary>
    public static CatalogRecordKind<Territory, TerritoryId> Territories { get; } = new(2, nameof(CoordinationCatalog.Territories), "territory", "territories", static () => new TerritoryValidator());

    /// <summary>Gets the kind of coordination lines.</summary>
    public static CatalogRecordKind<CoordinationLine, CoordinationLineId> Lines { get; } = new(3, nameof(CoordinationCatalog.Lines), "coordination line", "lines", static () => new CoordinationLineValidator());

    /// <summary>Gets the kind of coordination mechanisms.</summary>
    public static CatalogRecordKind<CoordinationMechanism, MechanismId> Mechanisms { get; } = new(4, nameof(CoordinationCatalog.Mechanisms), "mechanism", "mechanisms", static () => new CoordinationMechanismValidator());

    /// <summary>Gets the kind of incidents.</summary>
    public static CatalogRecordKind<Incident, IncidentId> Incidents { get; } = new(5, nameof(CoordinationCatalog.Incidents), "incident", "incidents", static () => new IncidentValidator(), IncidentValidator.IsCertainlyValid);

    /// <summary>Gets the kind of support records.</summary>
    public static CatalogRecordKind<EnablingSupport, SupportId> Support { get; } = new(6, nameof(CoordinationCatalog.Support), "support record", "support", static () => new EnablingSupportValidator());

    /// <summary>Gets the kind of sources.</summary>
    public static CatalogRecordKind<Source, SourceId> Sources { get; } = new(7, nameof(CoordinationCatalog.Sources), "source", "sources", static () => new SourceValidator());

    /// <summary>Gets the kind of statements.</summary>
    public static CatalogRecordKind<Statement, StatementId> Statements { get; } = new(8, nameof(CoordinationCatalog.Statements), "statement", "statements", static () => new StatementValidator());

    /// <summary>Gets every kind, in catalog order (<see cref="CatalogRecordKind.Index"/> is the position).</summary>
    public static ImmutableArray<CatalogRecordKind> All { get; } = Checked([Actors, People, Territories, Lines, Mechanisms, Incidents, Support, Sources, Statements]);

    private static ImmutableArray<CatalogRecordKind> Checked(ImmutableArray<CatalogRecordKind> kinds)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i].Index != i)
            {
                throw new InvalidOperationException($"The kind {kinds[i]} is at position {i} of CatalogRecordKinds.All but says {kinds[i].Index}.");
            }
        }

        return kinds;
    }
}
