using System;
using System.Collections.Generic;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>
/// The typed members of the catalog and its builder, reached from a record of any kind, so that tests can
/// compare the builder with the <c>With</c> chain (and a plain model) over records of every kind.
/// </summary>
internal static class CatalogRecords
{
    /// <summary>Every non-null record of the catalog, kind by kind, in catalog order.</summary>
    internal static List<object> All(CoordinationCatalog catalog) =>
        [.. catalog.Actors, .. catalog.People, .. catalog.Territories, .. catalog.Lines, .. catalog.Mechanisms,
         .. catalog.Incidents, .. catalog.Support, .. catalog.Sources, .. catalog.Statements];

    internal static CoordinationCatalog With(CoordinationCatalog c, object record) => record switch
    {
        Actor r => c.With(r),
        Person r => c.With(r),
        Territory r => c.With(r),
        CoordinationLine r => c.With(r),
        CoordinationMechanism r => c.With(r),
        Incident r => c.With(r),
        EnablingSupport r => c.With(r),
        Source r => c.With(r),
        Statement r => c.With(r),
        _ => throw new ArgumentException($"Not a catalog record: {record}", nameof(record)),
    };

    internal static CoordinationCatalog.Builder Set(CoordinationCatalog.Builder b, object record) => record switch
    {
        Actor r => b.Set(r),
        Person r => b.Set(r),
        Territory r => b.Set(r),
        CoordinationLine r => b.Set(r),
        CoordinationMechanism r => b.Set(r),
        Incident r => b.Set(r),
        EnablingSupport r => b.Set(r),
        Source r => b.Set(r),
        Statement r => b.Set(r),
        _ => throw new ArgumentException($"Not a catalog record: {record}", nameof(record)),
    };

    internal static bool Remove(CoordinationCatalog.Builder b, object record) => record switch
    {
        Actor r => b.Remove(r.Id),
        Person r => b.Remove(r.Id),
        Territory r => b.Remove(r.Id),
        CoordinationLine r => b.Remove(r.Id),
        CoordinationMechanism r => b.Remove(r.Id),
        Incident r => b.Remove(r.Id),
        EnablingSupport r => b.Remove(r.Id),
        Source r => b.Remove(r.Id),
        Statement r => b.Remove(r.Id),
        _ => throw new ArgumentException($"Not a catalog record: {record}", nameof(record)),
    };

    /// <summary>The model of removal: the catalog without the first record of the record's kind with its identifier.</summary>
    internal static CoordinationCatalog Without(CoordinationCatalog c, object record) => record switch
    {
        Actor r => Without(CatalogRecordKinds.Actors, c, r.Id),
        Person r => Without(CatalogRecordKinds.People, c, r.Id),
        Territory r => Without(CatalogRecordKinds.Territories, c, r.Id),
        CoordinationLine r => Without(CatalogRecordKinds.Lines, c, r.Id),
        CoordinationMechanism r => Without(CatalogRecordKinds.Mechanisms, c, r.Id),
        Incident r => Without(CatalogRecordKinds.Incidents, c, r.Id),
        EnablingSupport r => Without(CatalogRecordKinds.Support, c, r.Id),
        Source r => Without(CatalogRecordKinds.Sources, c, r.Id),
        Statement r => Without(CatalogRecordKinds.Statements, c, r.Id),
        _ => throw new ArgumentException($"Not a catalog record: {record}", nameof(record)),
    };

    private static CoordinationCatalog Without<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind, CoordinationCatalog c, TId id)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId>
    {
        var records = kind.RecordsOf(c);
        for (var i = 0; i < records.Length; i++)
        {
            if (records[i] is { } record && record.Id.Equals(id))
            {
                return kind.WithRecords(c, records.RemoveAt(i));
            }
        }

        return c;
    }
}
