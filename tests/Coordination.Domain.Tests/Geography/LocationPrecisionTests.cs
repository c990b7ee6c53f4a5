using System;
using Coordination.Domain.Geography;
using Xunit;

namespace Coordination.Domain.Tests.Geography;

public sealed class LocationPrecisionTests
{
    [Theory]
    [InlineData(1, LocationPrecision.ExactLocation)]
    [InlineData(2, LocationPrecision.NearNamedPlace)]
    [InlineData(3, LocationPrecision.SecondOrderDivision)]
    [InlineData(4, LocationPrecision.FirstOrderDivision)]
    [InlineData(5, LocationPrecision.Region)]
    [InlineData(6, LocationPrecision.Country)]
    [InlineData(7, LocationPrecision.InternationalWatersOrAirspace)]
    public void The_numeric_values_are_UCDP_GED_where_prec_codes(int code, LocationPrecision precision)
    {
        Assert.Equal(code, (int)precision);
        Assert.True(Enum.IsDefined((LocationPrecision)code));
    }

    [Fact]
    public void There_are_exactly_the_seven_UCDP_levels()
    {
        Assert.Equal(7, Enum.GetValues<LocationPrecision>().Length);
        Assert.False(Enum.IsDefined((LocationPrecision)0));
    }
}
