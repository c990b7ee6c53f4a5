using System.IO;
using System.Linq;
using System.Text;
using Coordination.Domain.Interop.LivingData;
using NodaTime;
using Xunit;

namespace Coordination.Domain.Interop.Tests.LivingData;

public sealed class AcledDeletionsTests
{
    private static AcledDeletionList Read(string text) => AcledDeletions.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

    [Fact]
    public void Entries_are_read_with_their_lines_and_instants()
    {
        var list = Read("event_id_cnty,deleted_timestamp\nIRQ1,1700000000\r\nIRQ2,1700000100\n");

        Assert.Equal(
            [
                new AcledDeletion { EventId = "IRQ1", DeletedAt = Instant.FromUnixTimeSeconds(1_700_000_000), Line = 2 },
                new AcledDeletion { EventId = "IRQ2", DeletedAt = Instant.FromUnixTimeSeconds(1_700_000_100), Line = 3 },
            ],
            list.Deletions);
        Assert.Empty(list.Rejected);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case_other_columns_ignored_and_a_BOM_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Deleted_Timestamp,note, EVENT_ID_CNTY \n1700000000,\"a, quoted\"\"note\",IRQ7\n")).ToArray();

        var list = AcledDeletions.Read(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.Equal("IRQ7", Assert.Single(list.Deletions).EventId);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_line_column_value_reason_and_text_and_the_rest_read()
    {
        var list = Read("event_id_cnty,deleted_timestamp\n,1700000000\nIRQ2,yesterday\nIRQ3\nIRQ4,-5\nIRQ5,99999999999999\nIRQ6,1700000000\n");

        Assert.Equal(["IRQ6"], list.Deletions.Select(d => d.EventId));
        Assert.Equal([2L, 3, 4, 5, 6], list.Rejected.Select(r => r.Line));
        Assert.Equal(["event_id_cnty", "deleted_timestamp", null, "deleted_timestamp", "deleted_timestamp"], list.Rejected.Select(r => r.Column));
        Assert.Equal("yesterday", list.Rejected[1].Value);
        Assert.Equal("IRQ2,yesterday", list.Rejected[1].Text);
        Assert.Equal("IRQ3", list.Rejected[2].Text);
        Assert.All(list.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.All(list.Rejected, r => Assert.Null(r.Row));
    }

    [Fact]
    public void Blank_lines_are_not_rows()
    {
        var list = Read("event_id_cnty,deleted_timestamp\n\nIRQ1,1700000000\n\n");

        Assert.Single(list.Deletions);
        Assert.Empty(list.Rejected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("event_id_cnty\nIRQ1\n")]
    [InlineData("id,deleted_timestamp\nIRQ1,1\n")]
    public void A_file_without_the_two_columns_cannot_be_read(string text)
    {
        var e = Assert.Throws<InteropFormatException>(() => Read(text));

        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_cannot_be_read()
    {
        var bytes = Encoding.UTF8.GetBytes("event_id_cnty,deleted_timestamp\nIRQ").Concat(new byte[] { 0xFF, 0xFE, 0x00 }).Concat(Encoding.UTF8.GetBytes(",1\n")).ToArray();

        Assert.Throws<InteropFormatException>(() => AcledDeletions.Read(new MemoryStream(bytes), TestContext.Current.CancellationToken));
    }
}
