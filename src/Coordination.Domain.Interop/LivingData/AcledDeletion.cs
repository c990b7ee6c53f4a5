using NodaTime;

namespace Coordination.Domain.Interop.LivingData;

/// <summary>One entry of an ACLED deletion list: an event the data set removed (a duplicate, an error), and when.</summary>
public sealed record AcledDeletion
{
    /// <summary>Gets the deleted event's id, <c>event_id_cnty</c> (for example <c>IRQ12345</c>).</summary>
    public required string EventId { get; init; }

    /// <summary>Gets when ACLED deleted the event (<c>deleted_timestamp</c>, Unix seconds).</summary>
    public required Instant DeletedAt { get; init; }

    /// <summary>Gets the 1-based line of the deletion list the entry was read from; 0 when it was not read from a file.</summary>
    public long Line { get; init; }
}
