using System;
using System.Globalization;
using Coordination.Domain.Geography;
using Coordination.Domain.Testing;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Geography;

public sealed class GeoPointTests
{
    private static readonly GeoPoint Erbil = new(36.183, 44.000);
    private static readonly GeoPoint Kirkuk = new(35.46667, 44.31667);

    [Fact]
    public void A_point_keeps_its_coordinates()
    {
        Assert.Equal(36.183, Erbil.Latitude);
        Assert.Equal(44.000, Erbil.Longitude);
    }

    [Theory]
    [InlineData(90.0, 180.0)]
    [InlineData(-90.0, -180.0)]
    [InlineData(0.0, 179.99999999999997)]
    [InlineData(-89.99999999999999, 0.0)]
    public void The_limits_of_both_ranges_are_accepted(double latitude, double longitude)
    {
        var point = new GeoPoint(latitude, longitude);

        Assert.Equal(latitude, point.Latitude);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(90.000001)]
    [InlineData(-90.000001)]
    [InlineData(double.MaxValue)]
    public void A_latitude_that_is_not_a_number_or_beyond_the_poles_is_refused_naming_latitude(double latitude)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, 44.0));

        Assert.Equal("latitude", error.ParamName);
        Assert.Equal(latitude, error.ActualValue);
        Assert.Contains("-90", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(180.000001)]
    [InlineData(-180.000001)]
    [InlineData(360.0)]
    public void A_longitude_that_is_not_a_number_or_beyond_the_antimeridian_is_refused_naming_longitude(double longitude)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(36.0, longitude));

        Assert.Equal("longitude", error.ParamName);
        Assert.Equal(longitude, error.ActualValue);
    }

    [Fact]
    public void Longitude_180_is_stored_as_minus_180_so_the_two_are_equal()
    {
        var east = new GeoPoint(10.0, 180.0);
        var west = new GeoPoint(10.0, -180.0);

        Assert.Equal(-180.0, east.Longitude);
        Assert.Equal(west, east);
        Assert.Equal(west.GetHashCode(), east.GetHashCode());
        Assert.Equal(0.0, east.DistanceTo(west));
    }

    [Theory]
    [InlineData(90.0)]
    [InlineData(-90.0)]
    public void At_a_pole_every_longitude_is_the_same_point(double pole)
    {
        var a = new GeoPoint(pole, 44.0);
        var b = new GeoPoint(pole, -120.5);

        Assert.Equal(0.0, a.Longitude);
        Assert.Equal(a, b);
        Assert.Equal(0.0, a.DistanceTo(b));
    }

    [Fact]
    public void Negative_zero_is_stored_as_zero()
    {
        var point = new GeoPoint(-0.0, -0.0);

        Assert.False(double.IsNegative(point.Latitude));
        Assert.False(double.IsNegative(point.Longitude));
        Assert.Equal(default, point);
    }

    [Fact]
    public void The_default_point_is_0N_0E()
    {
        Assert.Equal(new GeoPoint(0, 0), default);
    }

    [Fact]
    public void Erbil_to_Kirkuk_is_about_85_km()
    {
        var metres = Erbil.DistanceTo(Kirkuk);

        Assert.InRange(metres, 84_500.0, 84_700.0);
    }

    [Fact]
    public void A_quarter_meridian_and_half_the_equator_have_their_spherical_lengths()
    {
        var quarter = Math.PI / 2 * GeoPoint.MeanEarthRadiusMetres;

        Assert.Equal(quarter, new GeoPoint(0, 0).DistanceTo(new GeoPoint(90, 0)), 1e-6);
        Assert.Equal(2 * quarter, new GeoPoint(0, 0).DistanceTo(new GeoPoint(0, 180)), 1e-6);
        Assert.Equal(2 * quarter, new GeoPoint(90, 0).DistanceTo(new GeoPoint(-90, 0)), 1e-6);
    }

    [Fact]
    public void A_distance_across_the_antimeridian_is_the_short_way_round()
    {
        var metres = new GeoPoint(0, 179.5).DistanceTo(new GeoPoint(0, -179.5));

        Assert.Equal(Math.PI / 180 * GeoPoint.MeanEarthRadiusMetres, metres, 1e-6);
    }

    [Fact]
    public void A_point_is_formatted_with_a_decimal_point_in_any_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("36.183,44", Erbil.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Distance_is_symmetric(GeoPoint a, GeoPoint b) => a.DistanceTo(b) == b.DistanceTo(a);

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Distance_is_non_negative_and_at_most_half_the_circumference(GeoPoint a, GeoPoint b)
    {
        var metres = a.DistanceTo(b);
        return metres >= 0.0 && metres <= (Math.PI * GeoPoint.MeanEarthRadiusMetres) + 1e-6;
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Distance_is_zero_exactly_for_equal_points(GeoPoint a, GeoPoint b) =>
        (a.DistanceTo(b) == 0.0) == a.Equals(b) && a.DistanceTo(a) == 0.0;

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Distance_obeys_the_triangle_inequality_within_a_millimetre(GeoPoint a, GeoPoint b, GeoPoint c) =>
        a.DistanceTo(c) <= a.DistanceTo(b) + b.DistanceTo(c) + 1e-3;

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Points_near_one_another_are_near_in_metres(GeoPoint a)
    {
        // A millionth of a degree of latitude is about 11 cm anywhere.
        var north = new GeoPoint(Math.Min(90.0, a.Latitude + 1e-6), a.Longitude);
        return north == a || Math.Abs(a.DistanceTo(north) - 0.1112) < 0.001;
    }

    [Property(Arbitrary = new[] { typeof(ValueArbitraries) })]
    public bool Rebuilding_from_the_coordinates_gives_an_equal_point(GeoPoint a) =>
        new GeoPoint(a.Latitude, a.Longitude) == a
        && new GeoPoint(a.Latitude, a.Longitude).GetHashCode() == a.GetHashCode()
        && a.Latitude is >= -90.0 and <= 90.0 && a.Longitude is >= -180.0 and < 180.0;
}
