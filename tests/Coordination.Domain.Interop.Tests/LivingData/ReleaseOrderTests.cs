using Coordination.Domain.Interop.LivingData;
using Xunit;

namespace Coordination.Domain.Interop.Tests.LivingData;

public sealed class ReleaseOrderTests
{
    [Theory]
    [InlineData("25.1", "25.0.1")]
    [InlineData("25.0.1", "25.0.2")]
    [InlineData("25.0.2", "25.01.25.03")]
    [InlineData("25.01.25.03", "25.0.4")]
    [InlineData("25.0.12", "26.1")]
    [InlineData("24.1", "25.1")]
    public void Releases_are_ordered_by_the_period_their_data_reaches(string earlier, string later)
    {
        Assert.True(ReleaseOrder.Compare(earlier, later) < 0);
        Assert.True(ReleaseOrder.Compare(later, earlier) > 0);
        Assert.Equal(0, ReleaseOrder.Compare(later, " " + later));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-06-01")]
    [InlineData("25")]
    [InlineData("25.2")]
    [InlineData("25.0.13")]
    [InlineData("v25.1")]
    public void What_is_not_a_UCDP_release_name_cannot_be_ordered(string? release) =>
        Assert.Null(ReleaseOrder.Compare(release, "25.1"));
}
