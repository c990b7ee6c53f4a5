using System.Collections.Immutable;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Interop;

/// <summary>A row read as an incident. The incident's <see cref="Incident.Origin"/> holds the row's columns, data set, release and event id.</summary>
public sealed record ImportedRow : RowResult
{
    /// <summary>Gets the row's fields as read.</summary>
    public required SourceRow Row { get; init; }

    /// <summary>Gets the incident the row maps to.</summary>
    public required Incident Incident { get; init; }

    /// <summary>Gets the place names of the row that no territory matched (the incident then holds the most specific territory that did match); empty when every name resolved.</summary>
    public ImmutableArray<string> UnresolvedPlaces { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc/>
    public bool Equals(ImportedRow? other) =>
        other is not null && Line == other.Line && ReferenceEquals(Row, other.Row) && Incident.Equals(other.Incident)
        && System.Linq.Enumerable.SequenceEqual(UnresolvedPlaces, other.UnresolvedPlaces);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Line, Incident);
}
