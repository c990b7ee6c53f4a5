using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Geo.Internal;
using Coordination.Domain.Internal;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;
using Coordination.Domain.Provenance;
using NetTopologySuite.Geometries;

namespace Coordination.Domain.Geo;

/// <summary>
/// Where a coordination line runs: a <see cref="LineString"/> or <see cref="MultiLineString"/> in WGS 84 (longitude
/// as X). The sources give no trace of the Kurdish Coordination Line; <see cref="InferredKcl"/> is an inference,
/// marked as one, and a user's own trace replaces it (<see cref="CatalogGeometry.WithTrace"/>).
/// </summary>
/// <remarks>Equality compares every member: the geometry exactly, vertex by vertex
/// (<see cref="Geometry.EqualsExact(Geometry)"/>), and the sources in order.</remarks>
public sealed record LineTrace
{
    private const string KclResource = "Coordination.Domain.Geo.Boundaries.kcl-inferred.geojson";

    private static readonly Lazy<LineTrace> Kcl = new(LoadInferredKcl);

    /// <summary>Gets the line traced.</summary>
    public required CoordinationLineId Line { get; init; }

    /// <summary>Gets the trace: a non-empty <see cref="LineString"/> or <see cref="MultiLineString"/>, every coordinate a
    /// longitude in [-180, 180] and a latitude in [-90, 90].</summary>
    /// <remarks>Setting it checks that: <see langword="null"/> throws <see cref="ArgumentNullException"/>; another kind of
    /// geometry, an empty one, or a NaN, infinite or out-of-range coordinate throws <see cref="ArgumentException"/>.</remarks>
    public required Geometry Geometry { get; init => field = Checked(value); }

    /// <summary>Gets the sources of the trace (for an inferred trace, those its reasoning rests on).</summary>
    public ImmutableArray<SourceId> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the reasoning when the trace is inferred rather than reported, or <see langword="null"/>.</summary>
    public Inference? Inference { get; init; }

    /// <summary>Gets a value indicating whether the trace is inferred (<see cref="Inference"/> is set).</summary>
    public bool IsInferred => Inference is not null;

    /// <summary>Gets the length of the trace in kilometres, measured on the sphere.</summary>
    public double LengthKm => GeoMeasure.LengthKm(Geometry);

    /// <summary>
    /// Gets the inferred trace of the Kurdish Coordination Line (<c>kcl</c>): the boundary the three Kurdistan Region
    /// governorates share with Ninewa, Kirkuk, Salah al-Din and Diyala, to which the Peshmerga withdrew after
    /// October 2017 (see <c>docs/geo.md</c>).
    /// </summary>
    /// <remarks>Its <see cref="Inference"/> gives the reasoning; its sources are the reference catalog's reports of
    /// the October 2017 withdrawal. Loaded once, on first use.</remarks>
    public static LineTrace InferredKcl => Kcl.Value;

    /// <summary>Makes a trace from a catalog line's own points (its sources, and no inference unless the line record
    /// itself is inferred, when its inference is carried over).</summary>
    /// <param name="line">The line.</param>
    /// <returns>The trace, or <see langword="null"/> when the line has fewer than two points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public static LineTrace? FromPoints(CoordinationLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Points.Length < 2)
        {
            return null;
        }

        var coordinates = line.Points.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray();
        return new LineTrace
        {
            Line = line.Id,
            Geometry = GeoJsonResource.Factory.CreateLineString(coordinates),
            Sources = line.Sources,
            Inference = line.Inference,
        };
    }

    /// <inheritdoc />
    public bool Equals(LineTrace? other) =>
        other is not null && Line == other.Line && GeometryEquality.Equal(Geometry, other.Geometry)
        && Equality.Sequence(Sources, other.Sources) && Equals(Inference, other.Inference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, GeometryEquality.Hash(Geometry), Equality.Hash(Sources), Inference);

    private static LineTrace LoadInferredKcl()
    {
        var features = GeoJsonResource.ReadFeatures(KclResource);
        var geometry = features.Count == 1
            ? features[0].Geometry
            : GeoJsonResource.Factory.CreateMultiLineString([.. features.SelectMany(f => Parts(f.Geometry))]);
        ImmutableArray<SourceId> sources =
        [
            SourceId.Parse("rojinfo-2003-lines"),
            SourceId.Parse("wikipedia-2017-iraqi-kurdish-conflict"),
            SourceId.Parse("rudaw-2018-06-04"),
            SourceId.Parse("ap-2017-10-17-latest"),
            SourceId.Parse("rferl-28801770"),
        ];
        return new LineTrace
        {
            Line = CoordinationLineId.Parse("kcl"),
            Geometry = geometry,
            Sources = sources,
            Inference = new Inference
            {
                Reasoning =
                    "The sources give no trace of the Kurdish Coordination Line. In October 2017 Iraqi forces retook Kirkuk and "
                    + "the other disputed territories (Rudaw; Wikipedia; AP) and the Peshmerga withdrew from Sinjar, Makhmour, "
                    + "Gwer, Khanaqin and Jalawla to about the lines they held in 2003 (Rojinfo; RFE/RL), which run close to the "
                    + "boundaries of the three Kurdistan Region governorates. So the line is approximated by the boundary that "
                    + "Duhok, Erbil and Sulaymaniyah share with Ninewa, Kirkuk, Salah al-Din and Diyala, taken from Natural "
                    + "Earth's admin-1 polygons. It is an approximation: the 2003 lines and the positions held since depart from "
                    + "the governorate boundaries in places (Makhmour, for one), by kilometres to tens of kilometres.",
                From = sources,
            },
        };
    }

    private static System.Collections.Generic.IEnumerable<LineString> Parts(Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<LineString>();

    private static Geometry Checked(Geometry value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not (LineString or MultiLineString))
        {
            throw new ArgumentException($"A trace is a LineString or MultiLineString, not a {value.GeometryType}.", nameof(value));
        }

        if (value.IsEmpty)
        {
            throw new ArgumentException($"The trace is an empty {value.GeometryType}.", nameof(value));
        }

        foreach (var coordinate in value.Coordinates)
        {
            GeoMeasure.CheckCoordinate(coordinate.X, coordinate.Y, nameof(value));
        }

        return value;
    }
}
