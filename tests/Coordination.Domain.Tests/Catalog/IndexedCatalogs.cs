using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Coordination.Domain.Tests.Catalog;

/// <summary>
/// Catalogs with enough incidents for an index to matter (up to a few hundred, in few territories and five years, so that
/// groups are deep and dates overlap), a territory to ask about (one of the catalog's, now and then one it does not hold)
/// and a range of dates that may start before the incidents, end after them, or be one day.
/// </summary>
public static class IndexedCatalogs
{
    internal static readonly LocalDate First = new(2010, 1, 1);
    internal static readonly LocalDate Last = new(2014, 12, 31);
    internal static readonly TerritoryId Unknown = TerritoryId.Parse("territory-unknown");

    /// <summary>A catalog with many incidents, a territory and a range of dates.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Query> Queries() => AnyQuery().ToArbitrary();

    internal static Gen<CoordinationCatalog> Catalogs() =>
        from catalog in CatalogGenerators.ValidCatalog()
        let territories = catalog.Territories.Select(t => (TerritoryId?)t.Id).Append(Unknown).Append(null).ToArray()
        from count in Gen.Frequency((1, Gen.Choose(0, 3)), (4, Gen.Choose(4, 300)))
        from incidents in Incident(territories).ArrayOf(count)
        select new CoordinationCatalog
        {
            Actors = catalog.Actors, People = catalog.People, Territories = catalog.Territories, Lines = catalog.Lines,
            Mechanisms = catalog.Mechanisms, Support = catalog.Support, Sources = catalog.Sources, Statements = catalog.Statements,
            Incidents = [.. catalog.Incidents, .. incidents],
        };

    internal static Gen<DateRange> Ranges() =>
        from start in Gen.Choose(-400, 365 * 5 + 400)
        from length in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 60)), (1, Gen.Choose(61, 2500)))
        select new DateRange(First.PlusDays(start), First.PlusDays(start + length));

    private static Gen<Query> AnyQuery() =>
        from catalog in Catalogs()
        from territory in Gen.Frequency(
            (8, catalog.Territories.IsEmpty ? Gen.Constant(Unknown) : Gen.Elements(catalog.Territories.Select(t => t.Id).ToArray())),
            (1, Gen.Constant(Unknown)))
        from dates in Ranges()
        select new Query(catalog, territory, dates);

    // An incident of the generators, moved to one of the territories (or none), dated in the window; now and then a null element.
    private static Gen<Incident> Incident(TerritoryId?[] territories) =>
        Gen.Frequency(
            (1, Gen.Constant<Incident>(null!)),
            (30, from incident in CatalogGenerators.Incident()
                 from territory in Gen.Elements(territories)
                 from date in ValueGenerators.ReportedDatesBetween(First, Last)
                 select incident with { Date = date, Location = incident.Location with { Territory = territory } }));

    /// <summary>A catalog, a territory and a range of dates to ask about.</summary>
    /// <param name="Catalog">The catalog.</param>
    /// <param name="Territory">The territory.</param>
    /// <param name="Dates">The dates.</param>
    public sealed record Query(CoordinationCatalog Catalog, TerritoryId Territory, DateRange Dates)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Catalog} {Territory} {Dates}";
    }
}
