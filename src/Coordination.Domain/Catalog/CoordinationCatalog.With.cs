using System;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Catalog;

/// <content>Adding and replacing records one at a time; each returns a new catalog (see <see cref="Builder"/> for many).</content>
public sealed partial class CoordinationCatalog
{
    /// <summary>Returns a catalog with <paramref name="actor"/> added, or replacing the actor with its identifier.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Actor actor) => With(CatalogRecordKinds.Actors, Preconditions.CheckNotNull(actor));

    /// <summary>Returns a catalog with <paramref name="person"/> added, or replacing the person with its identifier.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Person person) => With(CatalogRecordKinds.People, Preconditions.CheckNotNull(person));

    /// <summary>Returns a catalog with <paramref name="territory"/> added, or replacing the territory with its identifier.</summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="territory"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Territory territory) => With(CatalogRecordKinds.Territories, Preconditions.CheckNotNull(territory));

    /// <summary>Returns a catalog with <paramref name="line"/> added, or replacing the line with its identifier.</summary>
    /// <param name="line">The coordination line.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(CoordinationLine line) => With(CatalogRecordKinds.Lines, Preconditions.CheckNotNull(line));

    /// <summary>Returns a catalog with <paramref name="mechanism"/> added, or replacing the mechanism with its identifier.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(CoordinationMechanism mechanism) => With(CatalogRecordKinds.Mechanisms, Preconditions.CheckNotNull(mechanism));

    /// <summary>Returns a catalog with <paramref name="incident"/> added, or replacing the incident with its identifier.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Incident incident) => With(CatalogRecordKinds.Incidents, Preconditions.CheckNotNull(incident));

    /// <summary>Returns a catalog with <paramref name="support"/> added, or replacing the record with its identifier.</summary>
    /// <param name="support">The support record.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(EnablingSupport support) => With(CatalogRecordKinds.Support, Preconditions.CheckNotNull(support));

    /// <summary>Returns a catalog with <paramref name="source"/> added, or replacing the source with its identifier.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Source source) => With(CatalogRecordKinds.Sources, Preconditions.CheckNotNull(source));

    /// <summary>Returns a catalog with <paramref name="statement"/> added, or replacing the statement with its identifier.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Statement statement) => With(CatalogRecordKinds.Statements, Preconditions.CheckNotNull(statement));

    // Replaces the first record with the identifier of record, or appends it: O(n) in the records of its kind.
    private CoordinationCatalog With<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind, TRecord record)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId>
    {
        var records = kind.RecordsOf(this);
        for (var i = 0; i < records.Length; i++)
        {
            if (records[i] is { } existing && existing.Id.Equals(record.Id))
            {
                return WithRecords(kind.Index, records.SetItem(i, record));
            }
        }

        return WithRecords(kind.Index, records.Add(record));
    }
}
