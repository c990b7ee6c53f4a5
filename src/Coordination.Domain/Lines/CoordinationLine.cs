using System;
using System.Collections.Immutable;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;

namespace Coordination.Domain.Lines;

/// <summary>
/// A named line between two forces, such as the Kurdish Coordination Line (KCL, once the "trigger
/// line"): an ordered list of points, with the actor holding each side.
/// </summary>
/// <remarks>
/// The trace may be unknown (no points); when given it has at least two points. Equality compares
/// every member, collections in order.
/// </remarks>
public sealed record CoordinationLine : ICatalogRecord<CoordinationLineId>
{
    /// <summary>Gets the line's identifier.</summary>
    public required CoordinationLineId Id { get; init; }

    /// <summary>Gets the line's names and acronyms.</summary>
    public required NameSet Names { get; init; }

    /// <summary>Gets the actor holding the first side of the line.</summary>
    public required ActorId SideA { get; init; }

    /// <summary>Gets the actor holding the other side of the line.</summary>
    public required ActorId SideB { get; init; }

    /// <summary>Gets the trace of the line, in order; empty when not known.</summary>
    public ImmutableArray<GeoPoint> Points { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a short description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources the record rests on.</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets how the line was inferred, when it is not stated by its sources; <see langword="null"/> when it is stated.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets the length of the trace along its points, in metres (zero when the trace is not known).</summary>
    public double LengthInMetres
    {
        get
        {
            var length = 0.0;
            for (var i = 1; i < Points.Length; i++)
            {
                length += Points[i - 1].DistanceTo(Points[i]);
            }

            return length;
        }
    }

    /// <inheritdoc />
    public bool Equals(CoordinationLine? other) =>
        other is not null && Id == other.Id && Equals(Names, other.Names) && SideA == other.SideA && SideB == other.SideB
        && Description == other.Description && Equality.Sequence(Points, other.Points) && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Names, SideA, SideB, Description, Equality.Hash(Points), Equality.Hash(Sources), Inference);
}
