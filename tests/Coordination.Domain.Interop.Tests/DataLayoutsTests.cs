using System.Linq;
using Xunit;

namespace Coordination.Domain.Interop.Tests;

public sealed class DataLayoutsTests
{
    [Theory]
    [InlineData(DataLayout.AcledSince2023)]
    [InlineData(DataLayout.AcledBefore2023)]
    [InlineData(DataLayout.UcdpGed)]
    [InlineData(DataLayout.UcdpGed42)]
    [InlineData(DataLayout.UcdpGedHdx)]
    public void A_layouts_own_columns_are_detected_as_that_layout(DataLayout layout) =>
        Assert.Equal(layout, DataLayouts.Detect(DataLayouts.ColumnsOf(layout)));

    [Fact]
    public void Column_counts_are_those_the_data_sets_publish()
    {
        Assert.Equal(31, DataLayouts.ColumnsOf(DataLayout.AcledSince2023).Length);
        Assert.Equal(31, DataLayouts.ColumnsOf(DataLayout.AcledBefore2023).Length);
        Assert.Equal(49, DataLayouts.ColumnsOf(DataLayout.UcdpGed).Length);
        Assert.Equal(42, DataLayouts.ColumnsOf(DataLayout.UcdpGed42).Length);
    }

    [Fact]
    public void Detection_goes_by_name_ignoring_case_order_and_surrounding_space()
    {
        var shuffled = DataLayouts.ColumnsOf(DataLayout.AcledSince2023).Reverse().Select(c => " " + c.ToUpperInvariant() + " ").ToArray();
        Assert.Equal(DataLayout.AcledSince2023, DataLayouts.Detect(shuffled));
    }

    [Fact]
    public void A_subset_of_acled_columns_is_a_subset_layout() =>
        Assert.Equal(DataLayout.AcledSubset, DataLayouts.Detect(["EVENT_DATE", "EVENT_TYPE", "FATALITIES"]));

    [Fact]
    public void A_header_of_neither_data_set_is_not_detected() =>
        Assert.Null(DataLayouts.Detect(["name", "date", "value"]));
}
