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
/// <see cref="CoordinationJson"/> reads catalogs through this type and writes exactly the bytes the serializer
/// writes for it (by a faster, direct path); use it directly to embed a catalog in a document of your own,
/// serialized with <see cref="CoordinationJson.Options"/>. A document
/// whose major schema version is not <see cref="SupportedMajorVersion"/> is refused when read.
/// </remarks>
public sealed class CoordinationCatalogDocument
{
    /// <summary>The schema version this library writes: <c>1.2</c> (1.0 plus optional members; see docs/json.md, "Versions").</summary>
    public const string CurrentSchemaVersion = "1.2";

    /// <summary>The major schema version this library reads: documents of version <c>1.x</c>.</summary>
    public const int SupportedMajorVersion = 1;

    /// <summary>Gets the schema version the document follows, <c>major.minor</c>.</summary>
    [JsonConverter(typeof(SchemaVersionJsonConverter))]
    public required string SchemaVersion { get; init; }

    /// <summary>Gets the actors.</summary>
    public ImmutableArray<Actor> Actors { get => CatalogRecordKinds.Actors.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Actors.WithRecords(Catalog, value); }

    /// <summary>Gets the people.</summary>
    public ImmutableArray<Person> People { get => CatalogRecordKinds.People.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.People.WithRecords(Catalog, value); }

    /// <summary>Gets the territories.</summary>
    public ImmutableArray<Territory> Territories { get => CatalogRecordKinds.Territories.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Territories.WithRecords(Catalog, value); }

    /// <summary>Gets the coordination lines.</summary>
    public ImmutableArray<CoordinationLine> Lines { get => CatalogRecordKinds.Lines.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Lines.WithRecords(Catalog, value); }

    /// <summary>Gets the coordination mechanisms.</summary>
    public ImmutableArray<CoordinationMechanism> Mechanisms { get => CatalogRecordKinds.Mechanisms.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Mechanisms.WithRecords(Catalog, value); }

    /// <summary>Gets the incidents.</summary>
    public ImmutableArray<Incident> Incidents { get => CatalogRecordKinds.Incidents.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Incidents.WithRecords(Catalog, value); }

    /// <summary>Gets the support records.</summary>
    public ImmutableArray<EnablingSupport> Support { get => CatalogRecordKinds.Support.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Support.WithRecords(Catalog, value); }

    /// <summary>Gets the sources.</summary>
    public ImmutableArray<Source> Sources { get => CatalogRecordKinds.Sources.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Sources.WithRecords(Catalog, value); }

    /// <summary>Gets the statements.</summary>
    public ImmutableArray<Statement> Statements { get => CatalogRecordKinds.Statements.RecordsOf(Catalog); init => Catalog = CatalogRecordKinds.Statements.WithRecords(Catalog, value); }

    // The records, held as the catalog they make: the properties above read and write its collections, so the
    // mapping to and from the catalog names no kind of record.
    private CoordinationCatalog Catalog { get; init; } = CoordinationCatalog.Empty;

    /// <summary>Creates the document of a catalog, at <see cref="CurrentSchemaVersion"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The document, sharing the catalog's (immutable) records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static CoordinationCatalogDocument FromCatalog(CoordinationCatalog catalog) =>
        new() { SchemaVersion = CurrentSchemaVersion, Catalog = Preconditions.CheckNotNull(catalog) };

    /// <summary>Creates the catalog the document holds.</summary>
    /// <returns>The catalog, sharing the document's (immutable) records.</returns>
    public CoordinationCatalog ToCatalog() => Catalog;
}
