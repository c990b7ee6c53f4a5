using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Analysis;
using NodaTime;

namespace Coordination.Domain.Geo.Maps;

/// <summary>
/// The situation on a date as an SVG map: territory outlines and names, disputed territories hatched (by their shape,
/// or as a disk around the point of one without a shape), each coordination line coloured stretch by stretch as
/// covered or open (<see cref="CoverageAnalysis.CoverageOn(CoordinationCatalog, CatalogGeometry, LocalDate)"/>), mechanisms by status at their site, incidents as
/// circles whose area grows with the killed (hollow where the toll is unknown, dashed where only the territory is
/// known) and each marked with its placement by <see cref="GapAnalysis"/> (the stretch it falls on, covered or open on
/// its own date), a legend of exactly the kinds of mark drawn, the date, and the sources cited.
/// </summary>
/// <remarks>
/// <para>The drawing projection is equirectangular, longitudes scaled by the cosine of the latitude of the map's
/// centre; the root element records it (<c>data-projection</c>, <c>data-extent</c> as west south east north in
/// degrees, <c>data-frame</c> as left top width height in pixels, <c>data-centre-latitude</c>) so that a reader can
/// invert it. The extent is that of the lines, disputed territories, mechanisms and incidents drawn, padded; the
/// territory shapes' extent when there are none; Iraq's when there is nothing at all.</para>
/// <para>Marks carry <c>data-*</c> attributes: <c>data-territory</c> (a shape, a disputed territory, or the
/// territory whose shape holds an incident), <c>data-stretch</c> and <c>data-status</c> (a stretch, covered or open),
/// <c>data-mechanism</c> and <c>data-status</c>, <c>data-incident</c>, <c>data-killed</c>, <c>data-gap-placement</c>,
/// <c>data-stretch</c> and <c>data-gap-status</c> (the incident's placement by the gap analysis), and <c>data-legend</c>
/// (the kinds of mark, matched by the legend's <c>data-legend-entry</c>). Where marks are placed is described in
/// <c>docs/geo.md</c>. The output is deterministic: the same input gives the same bytes.</para>
/// </remarks>
public static class SituationMap
{
    /// <summary>Draws the map of a catalog on a date.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it (for the reference catalog, <see cref="CatalogGeometry.Reference"/>).</param>
    /// <param name="date">The date.</param>
    /// <param name="options">How to draw, or <see langword="null"/> for <see cref="SituationMapOptions.Default"/>.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="geometry"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SituationMapOptions.Width"/> is outside its range.</exception>
    public static XDocument Render(CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, SituationMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(geometry);
        options = Checked(options);
        var gaps = options.IncidentsFrom is { } from && from <= date
            ? catalog.GapsBetween(geometry, from, date)
            : catalog.GapsOn(geometry, date);
        return SvgMapWriter.Write(MapScene.Build(catalog, geometry, date, gaps.Coverage, options, gaps.Placements));
    }

    /// <summary>Draws the map of a catalog on a date and writes it as UTF-8 (no byte-order mark), indented.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry beside it.</param>
    /// <param name="date">The date.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="options">How to draw, or <see langword="null"/> for <see cref="SituationMapOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="geometry"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SituationMapOptions.Width"/> is outside its range.</exception>
    public static void Write(CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, Stream stream, SituationMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Save(Render(catalog, geometry, date, options), stream);
    }

    /// <summary>Draws the map from coverage worked out already (the tests give hand-made coverage).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="geometry">The geometry.</param>
    /// <param name="date">The date.</param>
    /// <param name="coverage">The coverage of each line on the date.</param>
    /// <param name="options">How to draw.</param>
    /// <returns>The SVG document.</returns>
    internal static XDocument Render(CoordinationCatalog catalog, CatalogGeometry geometry, LocalDate date, ImmutableArray<LineCoverage> coverage, SituationMapOptions? options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(geometry);
        return SvgMapWriter.Write(MapScene.Build(catalog, geometry, date, coverage, Checked(options)));
    }

    /// <summary>Writes an SVG document as UTF-8 (no byte-order mark), indented, with an XML declaration.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; left open.</param>
    internal static void Save(XDocument document, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(stream, settings);
        document.Save(writer);
    }

    private static SituationMapOptions Checked(SituationMapOptions? options)
    {
        options ??= SituationMapOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Width, SituationMapOptions.MinimumWidth, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Width, SituationMapOptions.MaximumWidth, nameof(options));
        return options;
    }
}
