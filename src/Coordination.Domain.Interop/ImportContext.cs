using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.Actors;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Interop;

/// <summary>
/// What a mapper needs beyond its row, owned by the <see cref="IncidentImporter"/> for the whole import (so that an
/// actor or governorate is created once however many rows name it). The members below are the contract
/// between the importer and the mappers. ACLED HELPER'S STAND-IN: a minimal implementation so that the mappers can
/// be tested before the importer's helper lands the real one (which replaces this file at the merge).
/// </summary>
internal sealed class ImportContext
{
    private readonly CoordinationCatalog catalog;
    private readonly Gazetteer gazetteer;
    private readonly ActorMap actorMap;
    private readonly Dictionary<ActorId, Actor> actors = [];
    private readonly Dictionary<TerritoryId, Territory> territories = [];
    private readonly Dictionary<SourceId, Source> sources = [];

    /// <summary>Initializes a new context.</summary>
    /// <param name="options">The options of the import; <see langword="null"/> for the defaults.</param>
    public ImportContext(ImportOptions? options = null)
    {
        Options = options ?? new();
        catalog = Options.Catalog ?? ReferenceCatalog.Load();
        gazetteer = Options.Gazetteer ?? Gazetteer.For(catalog);
        actorMap = Options.ActorMap ?? ActorMap.Reference;
    }

    /// <summary>Gets the options of the import.</summary>
    public ImportOptions Options { get; }

    /// <summary>Gets the records created so far.</summary>
    public ImportedRecords Records => new() { Actors = [.. actors.Values], Territories = [.. territories.Values], Sources = [.. sources.Values] };

    /// <summary>
    /// Resolves an actor name through the actor map, then the catalog's actor names; an unknown name becomes a new
    /// actor of <paramref name="kindIfNew"/> (id derived deterministically from the data set and the name, for example
    /// <c>acled-unidentified-armed-group-iraq</c>), recorded in <see cref="IncidentImporter.Records"/>.
    /// </summary>
    /// <param name="name">The name as the row holds it (not blank).</param>
    /// <param name="dataSet">The row's data set.</param>
    /// <param name="kindIfNew">The kind a new actor gets (from the inter code or side).</param>
    /// <returns>The actor's id.</returns>
    public ActorId ResolveActor(string name, ConflictDataSet dataSet, ActorKind kindIfNew)
    {
        if (actorMap.TryResolve(name, dataSet, out var mapped))
        {
            return mapped;
        }

        foreach (var actor in catalog.Actors)
        {
            if (name.Length <= NameFolding.MaxInputLength && actor.Names.Matches(name))
            {
                return actor.Id;
            }
        }

        var id = ActorId.Parse(Slugged(dataSet == ConflictDataSet.Acled ? "acled" : "ucdp", name));
        if (!actors.ContainsKey(id))
        {
            actors[id] = new Actor { Id = id, Kind = kindIfNew, Names = NameSet.Of(name.Trim()), Sources = [DataSetSource(dataSet)] };
        }

        return id;
    }

    /// <summary>Resolves a row's places through the gazetteer; a governorate the catalog lacks is added to the records.</summary>
    /// <param name="query">The row's names and codes.</param>
    /// <returns>The match, or <see langword="null"/> when nothing resolves.</returns>
    public PlaceMatch? ResolvePlace(PlaceQuery query)
    {
        var match = gazetteer.Resolve(query);
        if (match?.Added is { } added)
        {
            territories.TryAdd(added.Id, added);
        }

        return match;
    }

    /// <summary>Gets the id of the source the incidents of <paramref name="dataSet"/> cite (one per data set and release), adding it to the records.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The source's id, for example <c>acled</c> or <c>ucdp-ged-25-1</c>.</returns>
    public SourceId DataSetSource(ConflictDataSet dataSet)
    {
        var prefix = dataSet == ConflictDataSet.Acled ? "acled" : "ucdp-ged";
        var id = SourceId.Parse(Options.Release is { } release ? Slugged(prefix, release) : prefix);
        if (!sources.ContainsKey(id))
        {
            sources[id] = new Source
            {
                Id = id,
                Publisher = dataSet == ConflictDataSet.Acled ? "ACLED" : "UCDP",
                Title = dataSet == ConflictDataSet.Acled ? "ACLED event data" : "UCDP Georeferenced Event Dataset",
            };
        }

        return id;
    }

    /// <summary>
    /// Builds an incident's id from the data set's event id (<c>acled-irq12345</c>, <c>ucdp-ged-123456</c>), or — when
    /// <paramref name="eventId"/> is <see langword="null"/> or empty — from a hash of the row's fields (<c>acled-derived-…</c>).
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="eventId">The row's event id, or <see langword="null"/> when it has none.</param>
    /// <param name="updatedAt">When the data set last changed the row, when it says.</param>
    /// <param name="origin">The incident's origin: data set, release, event id (derived or not), <paramref name="updatedAt"/>, every field.</param>
    /// <returns>The incident's id.</returns>
    public IncidentId IdentifyIncident(SourceRow row, string? eventId, Instant? updatedAt, out RecordOrigin origin)
    {
        var dataSet = row.Header.DataSet;
        var prefix = dataSet == ConflictDataSet.Acled ? "acled" : "ucdp-ged";
        var fields = ImmutableArray.CreateBuilder<OriginField>(row.Header.Columns.Length);
        for (var i = 0; i < row.Header.Columns.Length; i++)
        {
            fields.Add(new OriginField(row.Header.Columns[i] ?? string.Empty, i < row.Fields.Length ? row.Fields[i] : string.Empty));
        }

        var derived = string.IsNullOrEmpty(eventId);
        var text = derived ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', row.Fields))))[..16] : eventId!;
        origin = new RecordOrigin
        {
            DataSet = dataSet == ConflictDataSet.Acled ? "ACLED" : "UCDP GED",
            Release = Options.Release,
            EventId = text,
            IsEventIdDerived = derived,
            UpdatedAt = updatedAt,
            Fields = fields.MoveToImmutable(),
        };
        return IncidentId.Parse(Slugged(derived ? prefix + "-derived" : prefix, text));
    }

    /// <summary>Makes the rejection of a row for one column's value.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column at fault, or <see langword="null"/> for the row as a whole.</param>
    /// <param name="reason">One sentence naming what was expected.</param>
    /// <returns>The rejected row, with the value and the row's text filled in.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance member of the importer's contract.")]
    public RejectedRow Reject(SourceRow row, string? column, string reason) => new()
    {
        Line = row.Line,
        Row = row,
        Column = column,
        Value = column is null ? null : row[column],
        Reason = reason,
        Text = string.Join(',', row.Fields),
    };

    private static string Slugged(string prefix, string text)
    {
        var slug = new StringBuilder(prefix.Length + text.Length + 1).Append(prefix);
        var dash = true;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (dash)
                {
                    slug.Append('-');
                }

                slug.Append(c);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        var value = slug.Length > Slug.MaxLength ? slug.ToString(0, Slug.MaxLength).TrimEnd('-') : slug.ToString();
        return value;
    }
}
