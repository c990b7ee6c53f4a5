using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Ucdp;

public sealed class UcdpHostileRowTests
{
    private static readonly string[] Hostile =
    [
        "", " ", "\0", "\u0001\u0002", "-1", "1e400", "NaN", "-0", "0x10", "99999999999999999999", "1.", ".5", "١٢", "१", "Ⅻ",
        "2017-13-01", "2017-00-10", "9999-12-31", "0001-01-01", "2017-02-29", "2016-02-29 24:00:00", "2016-02-29 23:59:60",
        "2016-02-29T23:59:59.9999999Z", "\"", "\"\"", "a,b", "\r\n", "\uFEFF1", "\uD800", "Civilians", "civilians", "Government of Iraq",
        "900, 200, 2", ",", ";;", "1,2,", new string('9', 5000), new string('x', 100_000), "1", "2", "3", "4", "5", "7", "8",
    ];

    public static class Arbitraries
    {
        public static Arbitrary<SourceRow> Rows() =>
            (from layout in Gen.Elements(DataLayout.UcdpGed, DataLayout.UcdpGed42, DataLayout.UcdpGedHdx)
             from count in Gen.Choose(0, 60)
             from fields in Gen.OneOf(Gen.Elements(Hostile), UcdpRowGenerators.Row().Select(r => r.Fields[0])).ArrayOf(count)
             select new SourceRow(new SourceHeader(DataLayouts.ColumnsOf(layout), layout), 7, [.. fields])).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public void Any_row_is_imported_or_rejected_with_a_reason_never_a_crash(SourceRow row)
    {
        var result = UcdpRows.Map(row);
        Assert.Equal(7, result.Line);
        if (result is RejectedRow rejected)
        {
            Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
            Assert.True(rejected.Reason.Length < 300, rejected.Reason);
            Assert.True(rejected.Column is null || row.Header.IndexOf(rejected.Column) >= 0, rejected.Column);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void A_generated_valid_row_with_one_column_spoiled_is_still_never_a_crash(SourceRow spoiler, int column)
    {
        var row = UcdpRows.Row();
        var fields = row.Fields.SetItem(System.Math.Abs(column % row.Fields.Length), spoiler.Fields.FirstOrDefault() ?? string.Empty);
        Assert.NotNull(UcdpRows.Map(new SourceRow(row.Header, row.Line, fields)));
    }

    [Fact]
    public void A_short_row_reads_its_missing_cells_as_empty()
    {
        var header = new SourceHeader(DataLayouts.ColumnsOf(DataLayout.UcdpGed), DataLayout.UcdpGed);
        var rejected = Assert.IsType<RejectedRow>(UcdpRows.Map(new SourceRow(header, 3, ["1", "", "2017"])));
        Assert.Equal("type_of_violence", rejected.Column);
    }
}
