using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Serialization.Converters;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Serialization;

/// <summary>
/// The JSON document of a <see cref="CoordinationCatalog"/>: its records under the version of the schema
/// they follow, <c>{ "schemaVersion": "1.0", "actors": [], "people": [], … }</c>.
/// </summary>
/// <remarks>
/// <see cref="CoordinationJson"/> reads and writes catalogs through this type; use it directly to embed a
/// catalog in a document of your own, serialized with <see cref="CoordinationJson.Options"/>. A document
/// whose major schema version is not <see cref="SupportedMajorVersion"/> is refused when read.
/// </remarks>
public sealed class CoordinationCatalogDocument
{
    /// <summary>The schema version this library writes: <c>1.0</c>.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The major schema version this library reads: documents of version <c>1.x</c>.</summary>
    public const int SupportedMajorVersion = 1;

    /// <summary>Gets the schema version the document follows, <c>major.minor</c>.</summary>
    [JsonConverter(typeof(SchemaVersionJsonConverter))]
    public required string SchemaVersion { get; init; }

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the people.</summary>
    public ImmutableArray<Person> People { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the territories.</summary>
    public ImmutableArray<Territory> Territories { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the coordination lines.</summary>
    public ImmutableArray<CoordinationLine> Lines { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the coordination mechanisms.</summary>
    public ImmutableArray<CoordinationMechanism> Mechanisms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the incidents.</summary>
    public ImmutableArray<Incident> Incidents { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the support records.</summary>
    public ImmutableArray<EnablingSupport> Support { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the sources.</summary>
    public ImmutableArray<Source> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the statements.</summary>
    public ImmutableArray<Statement> Statements { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Creates the document of a catalog, at <see cref="CurrentSchemaVersion"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The document, sharing the catalog's (immutable) records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static CoordinationCatalogDocument FromCatalog(CoordinationCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return new()
        {
            SchemaVersion = CurrentSchemaVersion,
            Actors = catalog.Actors,
            People = catalog.People,
            Territories = catalog.Territories,
            Lines = catalog.Lines,
            Mechanisms = catalog.Mechanisms,
            Incidents = catalog.Incidents,
            Support = catalog.Support,
            Sources = catalog.Sources,
            Statements = catalog.Statements,
        };
    }

    /// <summary>Creates the catalog the document holds.</summary>
    /// <returns>The catalog, sharing the document's (immutable) records.</returns>
    public CoordinationCatalog ToCatalog() => new()
    {
        Actors = Actors,
        People = People,
        Territories = Territories,
        Lines = Lines,
        Mechanisms = Mechanisms,
        Incidents = Incidents,
        Support = Support,
        Sources = Sources,
        Statements = Statements,
    };
}
