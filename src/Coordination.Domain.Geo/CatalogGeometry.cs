using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Lines;

namespace Coordination.Domain.Geo;

/// <summary>
/// The geometry that goes beside a catalog: territory shapes and line traces. <see cref="Reference"/> holds the
/// embedded governorates and the inferred trace of the KCL.
/// </summary>
public sealed class CatalogGeometry
{
    /// <summary>Initializes the geometry.</summary>
    /// <param name="territories">The territory shapes.</param>
    /// <param name="traces">The line traces, at most one per line.</param>
    /// <exception cref="ArgumentNullException">An argument or a trace is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two traces are given for one line.</exception>
    public CatalogGeometry(TerritoryGeometry territories, IEnumerable<LineTrace> traces) => throw new NotImplementedException();

    /// <summary>Gets the embedded geometry: <see cref="TerritoryGeometry.IraqGovernorates"/> and <see cref="LineTrace.InferredKcl"/>.</summary>
    public static CatalogGeometry Reference => throw new NotImplementedException();

    /// <summary>Gets the territory shapes.</summary>
    public TerritoryGeometry Territories => throw new NotImplementedException();

    /// <summary>Gets the traces given, in line order.</summary>
    public ImmutableArray<LineTrace> Traces => throw new NotImplementedException();

    /// <summary>
    /// Gets the trace of a line: the trace given for it, unless that trace is inferred and the line has two or more
    /// points of its own (reported points replace an inference); otherwise the line's points; otherwise none.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <returns>The trace, or <see langword="null"/> when the line cannot be traced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public LineTrace? TraceOf(CoordinationLine line) => throw new NotImplementedException();

    /// <summary>Returns a copy in which <paramref name="trace"/> replaces the trace of its line.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The new geometry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trace"/> is <see langword="null"/>.</exception>
    public CatalogGeometry WithTrace(LineTrace trace) => throw new NotImplementedException();
}
