namespace Coordination.Domain.Identifiers;

/// <summary>
/// A record that a catalog holds and looks up by identifier: an actor, a person, a territory, a
/// coordination line, a mechanism, an incident, a support record, a source or a statement. The kinds
/// of record a catalog holds are listed once, in <c>Coordination.Domain.Catalog.CatalogRecordKinds</c>.
/// </summary>
/// <remarks>
/// The interface lives beside the identifiers rather than beside the catalog so that the record types,
/// which sit below the catalog, do not depend on it.
/// </remarks>
/// <typeparam name="TId">The type of the record's identifier.</typeparam>
public interface ICatalogRecord<TId>
    where TId : struct, IIdentifier<TId>
{
    /// <summary>Gets the identifier of the record, unique among the records of its kind in a valid catalog.</summary>
    TId Id { get; }
}
