using System;
using System.Collections.Immutable;
using Coordination.Domain.Internal;
using NodaTime;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Where an imported record came from: the data set and its release, the record's id there, when the data
/// set last changed it, and every column of the row it was read from.
/// </summary>
/// <remarks>
/// <para>An incident read from an ACLED export or a UCDP GED file carries its origin in
/// <see cref="Incidents.Incident.Origin"/>; a record written by hand has none. The origin is what lets a living
/// data set be updated (<see cref="EventId"/> and <see cref="UpdatedAt"/>), and what lets an export reproduce
/// the columns the model has no concept for (<see cref="Fields"/>).</para>
/// <para>When the file held no event id (curated files often have no id column), the importer derives one
/// from the row's content and sets <see cref="IsEventIdDerived"/>. Equality compares every member.</para>
/// </remarks>
/// <example>
/// <code>
/// var origin = new RecordOrigin
/// {
///     DataSet = "ACLED",
///     EventId = "IRQ12345",
///     UpdatedAt = Instant.FromUnixTimeSeconds(1_700_000_000),
///     Fields = [new OriginField("event_id_cnty", "IRQ12345"), new OriginField("fatalities", "2")],
/// };
/// </code>
/// </example>
public sealed record RecordOrigin
{
    /// <summary>Gets the data set's name, for example <c>ACLED</c> or <c>UCDP GED</c>.</summary>
    public required string DataSet { get; init; }

    /// <summary>Gets the data set's release, for example <c>25.1</c> (UCDP's yearly release) or <c>25.0.3</c>; <see langword="null"/> when not known.</summary>
    public string? Release { get; init; }

    /// <summary>Gets the record's id in the data set (ACLED <c>event_id_cnty</c>, UCDP <c>id</c>), or the id derived from the row's content.</summary>
    public required string EventId { get; init; }

    /// <summary>Gets a value indicating whether <see cref="EventId"/> was derived from the row's content because the file held none.</summary>
    public bool IsEventIdDerived { get; init; }

    /// <summary>Gets when the data set last changed the record (ACLED's <c>timestamp</c>); <see langword="null"/> when the data set does not say.</summary>
    public Instant? UpdatedAt { get; init; }

    /// <summary>Gets every column of the row the record was read from, in the file's order; never default.</summary>
    public ImmutableArray<OriginField> Fields { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the value of the first field named <paramref name="column"/> (compared ordinally, ignoring case).</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The field's value, or <see langword="null"/> when the row had no such column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is <see langword="null"/>.</exception>
    public string? FieldValue(string column)
    {
        Preconditions.CheckNotNull(column, nameof(column));
        foreach (var field in Fields)
        {
            if (string.Equals(field.Column, column, StringComparison.OrdinalIgnoreCase))
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(RecordOrigin? other) =>
        other is not null && DataSet == other.DataSet && Release == other.Release && EventId == other.EventId
        && IsEventIdDerived == other.IsEventIdDerived && UpdatedAt == other.UpdatedAt && Equality.Sequence(Fields, other.Fields);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DataSet, Release, EventId, IsEventIdDerived, UpdatedAt, Equality.Hash(Fields));
}
