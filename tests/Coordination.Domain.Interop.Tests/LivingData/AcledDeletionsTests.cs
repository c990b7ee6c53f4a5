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
    [InlineData("", "The deletion list is empty; it has a header naming event_id_cnty and deleted_timestamp.")]
    [InlineData("event_id_cnty\nIRQ1\n", "The deletion list's header has no column deleted_timestamp; it has event_id_cnty.")]
    [InlineData("note,event_id_cnty\nx,IRQ1\n", "The deletion list's header has no column deleted_timestamp; it has note, event_id_cnty.")]
    [InlineData("id,deleted_timestamp\nIRQ1,1\n", "The deletion list's header has no column event_id_cnty; it has id, deleted_timestamp.")]
    public void A_file_without_the_two_columns_cannot_be_read_and_the_message_names_the_missing_one(string text, string message)
    {
        var e = Assert.Throws<InteropFormatException>(() => Read(text));

        Assert.Equal(1, e.Line);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_quoted_event_id_is_read_without_its_quotes()
    {
        var list = Read("event_id_cnty,deleted_timestamp\n\"IRQ8\",\"1700000000\"\n");

        Assert.Equal(new AcledDeletion { EventId = "IRQ8", DeletedAt = Instant.FromUnixTimeSeconds(1_700_000_000), Line = 2 }, Assert.Single(list.Deletions));
    }

    [Fact]
    public void The_last_second_of_the_year_9999_is_the_latest_deletion_time()
    {
        var list = Read("event_id_cnty,deleted_timestamp\nIRQ1,253402300799\nIRQ2,253402300800\n");

        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 59, 59), Assert.Single(list.Deletions).DeletedAt);
        Assert.Equal(3, Assert.Single(list.Rejected).Line);
    }

    [Fact]
    public void A_cancelled_read_stops_with_OperationCanceledException()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<System.OperationCanceledException>(() =>
            AcledDeletions.Read(new MemoryStream(Encoding.UTF8.GetBytes("event_id_cnty,deleted_timestamp\nIRQ1,1\n")), cancelled.Token));
    }

    [Fact]
    public void A_null_stream_is_refused()
    {
        Assert.Equal("stream", Assert.Throws<System.ArgumentNullException>(() => AcledDeletions.Read(null!, TestContext.Current.CancellationToken)).ParamName);
    }

    [Fact]
    public void A_list_made_with_default_arrays_holds_empty_ones()
    {
        var list = new AcledDeletionList { Deletions = default, Rejected = default };

        Assert.True(list.Deletions.IsEmpty);
        Assert.True(list.Rejected.IsEmpty);
        Assert.Equal(new AcledDeletionList(), list);
        Assert.False(list.Equals(null));
        Assert.NotEqual(list, Read("event_id_cnty,deleted_timestamp\nIRQ1,1\n"));
        Assert.NotEqual(list, Read("event_id_cnty,deleted_timestamp\n,1\n"));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_cannot_be_read()
    {
        var bytes = Encoding.UTF8.GetBytes("event_id_cnty,deleted_timestamp\nIRQ").Concat(new byte[] { 0xFF, 0xFE, 0x00 }).Concat(Encoding.UTF8.GetBytes(",1\n")).ToArray();

        var e = Assert.Throws<InteropFormatException>(() => AcledDeletions.Read(new MemoryStream(bytes), TestContext.Current.CancellationToken));

        Assert.StartsWith("The deletion list is not UTF-8: ", e.Message, System.StringComparison.Ordinal);
    }
}
