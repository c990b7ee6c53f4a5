using System.Linq;
using Coordination.Domain.Catalog;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>The indexed answers of the catalog are the scan's: the same incidents, the same objects, in the same order.</summary>
[Properties(Arbitrary = [typeof(IndexedCatalogs)], MaxTest = 200)]
public sealed class IndexedQuestionsProperties
{
    [Property]
    public bool IncidentsIn_answers_what_the_scan_answers(IndexedCatalogs.Query query) =>
        Same(query.Catalog.IncidentsIn(query.Territory, query.Dates), query.Catalog.ScanIncidentsIn(query.Territory, query.Dates));

    [Property]
    public Property One_index_answers_every_territory_and_every_range_as_the_scan_does(IndexedCatalogs.Query query) =>
        Prop.ForAll(IndexedCatalogs.Ranges().ArrayOf(5).ToArbitrary(), ranges =>
            query.Catalog.Territories.Select(t => t.Id).Append(IndexedCatalogs.Unknown).All(territory =>
                ranges.All(dates => Same(query.Catalog.IncidentsIn(territory, dates), query.Catalog.ScanIncidentsIn(territory, dates)))));

    private static bool Same<T>(System.Collections.Immutable.ImmutableArray<T> indexed, System.Collections.Immutable.ImmutableArray<T> scanned)
        where T : class =>
        indexed.Length == scanned.Length && indexed.Zip(scanned).All(p => ReferenceEquals(p.First, p.Second));
}
