using System.Text;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Interop.Actors;
using Coordination.Domain.Interop.Places;

namespace Coordination.Domain.Interop;

/// <summary>How an <see cref="IncidentImporter"/> reads a file. Every member has a default that reads an ACLED or UCDP file against the reference catalog.</summary>
public sealed record ImportOptions
{
    /// <summary>Gets the layout to read the file as; <see langword="null"/> (the default) detects it from the header.</summary>
    public DataLayout? Layout { get; init; }

    /// <summary>Gets the file's encoding; <see langword="null"/> (the default) reads UTF-8 with or without a byte-order mark and rejects a row holding an invalid byte sequence.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets the catalog the imported incidents join: its actors, territories and sources are resolved and its ids avoided; <see langword="null"/> (the default) is the reference catalog.</summary>
    public CoordinationCatalog? Catalog { get; init; }

    /// <summary>Gets the gazetteer that resolves place names and codes to territories; <see langword="null"/> (the default) is <see cref="Gazetteer.For"/> the <see cref="Catalog"/>.</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>
    /// Gets the locator that places a row by its coordinates when none of its place names or codes resolves below the
    /// country (or the row names no place at all); <see langword="null"/> (the default) leaves such a row without a
    /// territory. The <c>Coordination.Domain.Geo</c> package's <c>TerritoryGeometry.IraqGovernorates</c> is one. A row whose
    /// country is not Iraq is never placed by its coordinates; a territory so found is reported at
    /// <see cref="PlaceLevel.Coordinates"/>, and the row's names stay in its unresolved places.
    /// </summary>
    public ITerritoryLocator? Locator { get; init; }

    /// <summary>Gets the map from the data set's actor names to the catalog's actors; <see langword="null"/> (the default) is <see cref="ActorMap.Reference"/>.</summary>
    public ActorMap? ActorMap { get; init; }

    /// <summary>Gets the data set's release the file belongs to (UCDP <c>25.1</c>, <c>25.0.3</c>; an ACLED download date), kept in each incident's origin; <see langword="null"/> when not known.</summary>
    public string? Release { get; init; }

    /// <summary>Gets the longest field accepted, in characters; a longer field rejects its row. The default is 1 048 576.</summary>
    public int MaxFieldLength { get; init; } = 1_048_576;
}
