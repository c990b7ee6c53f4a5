using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Xunit;
using static Coordination.Domain.Interop.Tests.Ucdp.UcdpRows;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpRowMapperLocationTests
{
    [Theory]
    [InlineData("1", LocationPrecision.ExactLocation)]
    [InlineData("2", LocationPrecision.NearNamedPlace)]
    [InlineData("3", LocationPrecision.SecondOrderDivision)]
    [InlineData("4", LocationPrecision.FirstOrderDivision)]
    [InlineData("5", LocationPrecision.Region)]
    [InlineData("6", LocationPrecision.Country)]
    [InlineData("7", LocationPrecision.InternationalWatersOrAirspace)]
    public void Where_prec_maps_onto_the_location_precision_of_the_same_level(string code, LocationPrecision precision) =>
        Assert.Equal(precision, Imported(Row(("where_prec", code))).Incident.Location.Precision);

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("8")]
    [InlineData("exact")]
    public void A_where_prec_outside_1_to_7_is_rejected(string code) =>
        Assert.Equal("where_prec", Rejected(Row(("where_prec", code))).Column);

    [Fact]
    public void Blank_coordinates_are_no_point() =>
        Assert.Null(Imported(Row(("latitude", ""), ("longitude", ""), ("where_prec", "4"))).Incident.Location.Point);

    [Theory]
    [InlineData("35,3287", "43.7713", "latitude")]
    [InlineData("91", "43.7713", "latitude")]
    [InlineData("NaN", "43.7713", "latitude")]
    [InlineData("", "43.7713", "latitude")]
    [InlineData("35.3287", "", "longitude")]
    [InlineData("35.3287", "Infinity", "longitude")]
    [InlineData("35.3287", "-180.5", "longitude")]
    public void Malformed_or_lone_coordinates_are_rejected(string latitude, string longitude, string column) =>
        Assert.Equal(column, Rejected(Row(("latitude", latitude), ("longitude", longitude))).Column);

    [Fact]
    public void Unresolved_place_names_are_reported_with_the_row_and_the_country_is_kept()
    {
        var imported = Imported(Row(("adm_1", "Atlantis province"), ("adm_2", "Nowhere district"), ("where_coordinates", "Nowhere town")));
        Assert.Equal(TerritoryId.Parse("iraq"), imported.Incident.Location.Territory);
        Assert.Contains("Nowhere town", imported.UnresolvedPlaces);
        Assert.Contains("Nowhere district", imported.UnresolvedPlaces);
        Assert.Contains("Atlantis province", imported.UnresolvedPlaces);
    }

    [Fact]
    public void Without_any_place_name_or_country_no_territory_is_looked_up()
    {
        var imported = Imported(Row(("adm_1", ""), ("adm_2", ""), ("where_coordinates", ""), ("country", ""), ("country_id", "")));
        Assert.Null(imported.Incident.Location.Territory);
        Assert.Empty(imported.UnresolvedPlaces);
    }

    [Theory]
    [InlineData("Nīnawá province", "", "ninewa")]
    [InlineData("Şalāḩ ad Dīn province", "", "salah-al-din")]
    [InlineData("Arbīl province", "", "erbil")]
    [InlineData("Kirkuk province", "", "kirkuk")]
    [InlineData("Diyala province", "", "diyala")]
    [InlineData("Al Anbār province", "", "anbar")]
    public void Adm_1_as_ucdp_spells_it_resolves_to_the_governorate(string admin1, string admin2, string territory)
    {
        var imported = Imported(Row(("adm_1", admin1), ("adm_2", admin2), ("where_coordinates", ""), ("where_prec", "4")));
        Assert.Equal(TerritoryId.Parse(territory), imported.Incident.Location.Territory);
    }

    [Fact]
    public void A_governorate_the_catalog_lacks_is_added_to_the_records()
    {
        var context = Context();
        var imported = (ImportedRow)new Coordination.Domain.Interop.Ucdp.UcdpRowMapper().Map(Row(("adm_1", "Al Anbār province"), ("adm_2", ""), ("where_coordinates", "Ramadi town")), context);
        Assert.Equal(TerritoryId.Parse("anbar"), imported.Incident.Location.Territory);
        Assert.Contains(context.Records.Territories, t => t.Id == TerritoryId.Parse("anbar"));
    }
}
