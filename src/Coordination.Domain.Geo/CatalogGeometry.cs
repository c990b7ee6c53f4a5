using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Lines;

namespace Coordination.Domain.Geo;

/// <summary>
/// The geometry that goes beside a catalog: territory shapes and line traces. <see cref="Reference"/> holds the
/// embedded governorates and the inferred trace of the KCL.
/// </summary>
/// <remarks>Immutable; <see cref="WithTrace"/> returns a copy.</remarks>
public sealed class CatalogGeometry
{
    private static readonly Lazy<CatalogGeometry> ReferenceGeometry =
        new(() => new CatalogGeometry(TerritoryGeometry.IraqGovernorates, [LineTrace.InferredKcl]));

    private readonly Dictionary<CoordinationLineId, LineTrace> byLine;

    /// <summary>Initializes the geometry.</summary>
    /// <param name="territories">The territory shapes.</param>
    /// <param name="traces">The line traces, at most one per line.</param>
    /// <exception cref="ArgumentNullException">An argument or a trace is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two traces are given for one line.</exception>
    public CatalogGeometry(TerritoryGeometry territories, IEnumerable<LineTrace> traces)
    {
        ArgumentNullException.ThrowIfNull(territories);
        ArgumentNullException.ThrowIfNull(traces);
        byLine = [];
        foreach (var trace in traces)
        {
            if (trace is null)
            {
                throw new ArgumentNullException(nameof(traces), "A trace is null.");
            }

            if (!byLine.TryAdd(trace.Line, trace))
            {
                throw new ArgumentException($"Line '{trace.Line}' has a second trace; give at most one per line.", nameof(traces));
            }
        }

        Territories = territories;
        Traces = [.. byLine.Values.OrderBy(t => t.Line)];
    }

    /// <summary>Gets the embedded geometry: <see cref="TerritoryGeometry.IraqGovernorates"/> and <see cref="LineTrace.InferredKcl"/>.</summary>
    public static CatalogGeometry Reference => ReferenceGeometry.Value;

    /// <summary>Gets the territory shapes.</summary>
    public TerritoryGeometry Territories { get; }

    /// <summary>Gets the traces given, in line order.</summary>
    public ImmutableArray<LineTrace> Traces { get; }

    /// <summary>
    /// Gets the trace of a line: the trace given for it, unless that trace is inferred and the line has two or more
    /// points of its own (reported points replace an inference); otherwise the line's points; otherwise none.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <returns>The trace, or <see langword="null"/> when the line cannot be traced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public LineTrace? TraceOf(CoordinationLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (byLine.TryGetValue(line.Id, out var given) && !(given.IsInferred && line.Points.Length >= 2))
        {
            return given;
        }

        return LineTrace.FromPoints(line);
    }

    /// <summary>Returns a copy in which <paramref name="trace"/> replaces the trace of its line.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The new geometry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trace"/> is <see langword="null"/>.</exception>
    public CatalogGeometry WithTrace(LineTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        // Stryker disable once Linq : the constructor orders the traces by line, so where the new one is added makes no difference
        return new CatalogGeometry(Territories, Traces.Where(t => t.Line != trace.Line).Append(trace));
    }
}
