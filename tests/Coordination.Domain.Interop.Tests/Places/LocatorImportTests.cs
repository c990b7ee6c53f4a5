using System.Collections.Generic;
using System.Linq;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Interop.Tests.Acled;
using Coordination.Domain.Interop.Tests.Ucdp;
using Coordination.Domain.Interop.Ucdp;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Places;

/// <summary>ImportOptions.Locator: a row whose names do not resolve is placed by its coordinates.</summary>
public sealed class LocatorImportTests
{
    private static readonly TerritoryId Kirkuk = TerritoryId.Parse("kirkuk");

    [Fact]
    public void A_row_with_coordinates_and_no_names_is_placed_by_the_locator()
    {
        var locator = new FixedLocator(Kirkuk);
        var row = AcledWithout("admin1", "admin2", "admin3", "location", "country", "iso");

        var imported = Imported(AcledTesting.Map(row, AcledTesting.Context(new ImportOptions { Locator = locator })));

        Assert.Equal(Kirkuk, imported.Incident.Location.Territory);
        Assert.Equal([new GeoPoint(37.2312, 43.4514)], locator.Asked);
        Assert.Empty(imported.UnresolvedPlaces);
    }

    [Fact]
    public void Names_that_do_not_resolve_stay_unresolved_when_the_coordinates_place_the_row()
    {
        var locator = new FixedLocator(Kirkuk);
        var row = AcledTesting.Sample();
        (row["admin1"], row["admin2"], row["admin3"], row["location"]) = ("Nowhere Province", "Nowhere", "", "Qaryat Nowhere");

        var imported = Imported(AcledTesting.Map(row, AcledTesting.Context(new ImportOptions { Locator = locator })));

        Assert.Equal(Kirkuk, imported.Incident.Location.Territory);
        Assert.Equal(["Nowhere Province", "Nowhere", "Qaryat Nowhere"], imported.UnresolvedPlaces);
    }

    [Fact]
    public void Names_that_resolve_win_and_the_locator_is_not_asked()
    {
        var locator = new FixedLocator(Kirkuk);

        var imported = Imported(AcledTesting.Map(AcledTesting.Sample(), AcledTesting.Context(new ImportOptions { Locator = locator })));

        Assert.NotEqual(Kirkuk, imported.Incident.Location.Territory);
        Assert.NotNull(imported.Incident.Location.Territory);
        Assert.Empty(locator.Asked);
    }

    [Fact]
    public void Without_a_locator_a_row_with_only_coordinates_has_no_territory_as_before()
    {
        var imported = Imported(AcledTesting.Map(AcledWithout("admin1", "admin2", "admin3", "location", "country", "iso")));

        Assert.Null(imported.Incident.Location.Territory);
        Assert.Equal(new GeoPoint(37.2312, 43.4514), imported.Incident.Location.Point);
    }

    [Fact]
    public void A_row_of_another_country_is_never_placed_in_Iraq_by_its_coordinates()
    {
        var locator = new FixedLocator(Kirkuk);
        var row = AcledWithout("admin1", "admin2", "admin3", "location", "iso", "iso3");
        row["country"] = "Syria";

        var imported = Imported(AcledTesting.Map(row, AcledTesting.Context(new ImportOptions { Locator = locator })));

        Assert.Null(imported.Incident.Location.Territory);
        Assert.Empty(locator.Asked);
    }

    [Fact]
    public void A_territory_the_gazetteer_does_not_know_is_not_taken()
    {
        var locator = new FixedLocator(TerritoryId.Parse("atlantis"));
        var row = AcledWithout("admin1", "admin2", "admin3", "location", "country", "iso");

        var imported = Imported(AcledTesting.Map(row, AcledTesting.Context(new ImportOptions { Locator = locator })));

        Assert.Null(imported.Incident.Location.Territory);
    }

    [Fact]
    public void A_point_the_locator_cannot_place_leaves_the_country_level_result()
    {
        var locator = new FixedLocator(null);
        var row = AcledWithout("admin1", "admin2", "admin3", "location");

        var withLocator = Imported(AcledTesting.Map(row, AcledTesting.Context(new ImportOptions { Locator = locator })));
        var without = Imported(AcledTesting.Map(row));

        Assert.Single(locator.Asked);
        Assert.Equal(without.Incident.Location.Territory, withLocator.Incident.Location.Territory);
    }

    [Fact]
    public void A_UCDP_row_without_names_is_placed_by_its_coordinates()
    {
        var locator = new FixedLocator(Kirkuk);
        var row = UcdpRows.Row(("adm_1", ""), ("adm_2", ""), ("where_coordinates", ""));
        var context = new ImportContext(new ImportOptions { Release = "25.1", Locator = locator });

        var imported = Imported(new UcdpRowMapper().Map(row, context));

        Assert.Equal(Kirkuk, imported.Incident.Location.Territory);
        Assert.Single(locator.Asked);
    }

    [Fact]
    public void A_UCDP_row_without_names_and_without_a_locator_has_no_territory()
    {
        var imported = Imported(new UcdpRowMapper().Map(UcdpRows.Row(("adm_1", ""), ("adm_2", ""), ("where_coordinates", "")), UcdpRows.Context()));

        Assert.Null(imported.Incident.Location.Territory);
    }

    private static Dictionary<string, string> AcledWithout(params string[] columns)
    {
        var row = AcledTesting.Sample();
        foreach (var column in columns)
        {
            row[column] = string.Empty;
        }

        return row;
    }

    private static ImportedRow Imported(RowResult result) =>
        result as ImportedRow ?? throw new Xunit.Sdk.XunitException($"Expected the row to be imported, but: {((RejectedRow)result).Reason}");

    private sealed class FixedLocator(TerritoryId? answer) : ITerritoryLocator
    {
        public List<GeoPoint> Asked { get; } = [];

        public TerritoryId? Locate(GeoPoint point)
        {
            Asked.Add(point);
            return answer;
        }
    }
}
