using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Interop;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coordination.Domain.Testing.Tests;

public sealed class ImportRowGeneratorsTests
{
    private static readonly ImportRow Row = new(
        DataLayout.AcledSubset,
        ["event_date", "NOTES", "sub_event_type"],
        ["2024-01-05", "a, \"b\"\nc", "Armed clash"],
        []);

    public static TheoryData<DataLayout> Layouts() => [.. Enum.GetValues<DataLayout>()];

    [Fact]
    public void A_row_finds_its_fields_by_column_ignoring_case_and_changes_one()
    {
        Assert.Equal("a, \"b\"\nc", Row["notes"]);
        Assert.Null(Row["latitude"]);
        Assert.Equal("Attack", Row.With("SUB_EVENT_TYPE", "Attack")["sub_event_type"]);
        Assert.Equal("Armed clash", Row["sub_event_type"]);
        Assert.Throws<ArgumentException>(() => Row.With("latitude", "35"));
    }

    [Fact]
    public void Rows_are_equal_by_content_and_unequal_when_any_member_differs()
    {
        var copy = new ImportRow(DataLayout.AcledSubset, [.. Row.Columns], [.. Row.Fields], default);

        Assert.Equal(Row, copy);
        Assert.Equal(Row.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(Row, copy with { Layout = DataLayout.AcledSince2023 });
        Assert.NotEqual(Row, copy with { Columns = ["event_date", "notes", "sub_event_type"] });
        Assert.NotEqual(Row, copy.With("notes", "other"));
        Assert.NotEqual(Row, copy with { HxlTags = ["#date", "#description", "#event+type"] });
        Assert.False(Row.Equals(null));
    }

    [Fact]
    public void A_file_quotes_fields_as_CSV_does_and_writes_the_HXL_row_under_the_header()
    {
        Assert.Equal("event_date,NOTES,sub_event_type\n2024-01-05,\"a, \"\"b\"\"\nc\",Armed clash\n", Row.ToFileText());

        var tagged = Row with { HxlTags = ["#date", "#description", "#event+type"] };
        Assert.Equal("event_date,NOTES,sub_event_type\n#date,#description,#event+type\n2024-01-05,\"a, \"\"b\"\"\nc\",Armed clash\n2024-01-05,\"a, \"\"b\"\"\nc\",Armed clash\n", ImportRow.FileText([tagged, tagged]));
        Assert.Throws<ArgumentException>(() => ImportRow.FileText([]));
        Assert.Throws<ArgumentException>(() => ImportRow.FileText([Row, Row with { Columns = ["a", "b", "c"] }]));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_file_of_a_layout_has_one_header_and_distinct_event_ids(DataLayout layout)
    {
        var files = ImportRowGenerators.ValidFile(layout, 6).Sample(40);
        var idColumn = DataLayouts.DataSetOf(layout) == ConflictDataSet.Acled ? "event_id_cnty" : "id";

        Assert.All(files, rows =>
        {
            Assert.InRange(rows.Length, 1, 6);
            Assert.All(rows, r => Assert.Equal(rows[0].Columns, r.Columns));
            Assert.Equal(rows.Length, rows.Select(r => r[idColumn]).Distinct().Count());
            Assert.Equal(layout == DataLayout.UcdpGedHdx, !rows[0].HxlTags.IsDefaultOrEmpty);
        });
        Assert.Contains(files, f => f.Length == 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportRowGenerators.ValidFile(layout, 0));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_malformed_row_changes_the_column_it_names_and_that_column_is_in_the_header(DataLayout layout)
    {
        var malformed = ImportRowGenerators.MalformedRow(layout).Sample(200);

        Assert.All(malformed, m =>
        {
            Assert.Equal(layout, m.Row.Layout);
            Assert.Contains(m.ExpectedColumn, m.Row.Columns);
            Assert.False(string.IsNullOrWhiteSpace(m.ExpectedReason));
        });
        Assert.Contains(malformed, m => m.ExpectedColumn.Equals("latitude", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_layouts_are_every_defined_layout() =>
        Assert.Equal(Enum.GetValues<DataLayout>().ToImmutableArray(), ImportRowGenerators.Layouts);
}
