using System;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Provenance;
using NodaTime;

namespace Coordination.Domain.Interop;

/// <summary>
/// What a mapper needs beyond its row, owned by the <see cref="IncidentImporter"/> for the whole import (so that an
/// actor or governorate is created once however many rows name it). SKELETON: the members below are the contract
/// between the importer and the mappers; the importer's helper implements them.
/// </summary>
internal sealed class ImportContext
{
    /// <summary>Gets the options of the import.</summary>
    public ImportOptions Options { get; } = new();

    /// <summary>
    /// Resolves an actor name through the actor map, then the catalog's actor names; an unknown name becomes a new
    /// actor of <paramref name="kindIfNew"/> (id derived deterministically from the data set and the name, for example
    /// <c>acled-unidentified-armed-group-iraq</c>), recorded in <see cref="IncidentImporter.Records"/>.
    /// </summary>
    /// <param name="name">The name as the row holds it (not blank).</param>
    /// <param name="dataSet">The row's data set.</param>
    /// <param name="kindIfNew">The kind a new actor gets (from the inter code or side).</param>
    /// <returns>The actor's id.</returns>
    public ActorId ResolveActor(string name, ConflictDataSet dataSet, ActorKind kindIfNew) => throw new NotImplementedException();

    /// <summary>Resolves a row's places through the gazetteer; a governorate the catalog lacks is added to the records.</summary>
    /// <param name="query">The row's names and codes.</param>
    /// <returns>The match, or <see langword="null"/> when nothing resolves.</returns>
    public PlaceMatch? ResolvePlace(PlaceQuery query) => throw new NotImplementedException();

    /// <summary>Gets the id of the source the incidents of <paramref name="dataSet"/> cite (one per data set and release), adding it to the records.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The source's id, for example <c>acled</c> or <c>ucdp-ged-25-1</c>.</returns>
    public SourceId DataSetSource(ConflictDataSet dataSet) => throw new NotImplementedException();

    /// <summary>
    /// Builds an incident's id from the data set's event id (<c>acled-irq12345</c>, <c>ucdp-ged-123456</c>), or — when
    /// <paramref name="eventId"/> is <see langword="null"/> or empty — from a hash of the row's fields (<c>acled-derived-…</c>).
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="eventId">The row's event id, or <see langword="null"/> when it has none.</param>
    /// <param name="origin">The incident's origin: data set, release, event id (derived or not), <paramref name="updatedAt"/>, every field.</param>
    /// <param name="updatedAt">When the data set last changed the row, when it says.</param>
    /// <returns>The incident's id.</returns>
    public IncidentId IdentifyIncident(SourceRow row, string? eventId, Instant? updatedAt, out RecordOrigin origin) => throw new NotImplementedException();

    /// <summary>Makes the rejection of a row for one column's value.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column at fault, or <see langword="null"/> for the row as a whole.</param>
    /// <param name="reason">One sentence naming what was expected.</param>
    /// <returns>The rejected row, with the value and the row's text filled in.</returns>
    public RejectedRow Reject(SourceRow row, string? column, string reason) => throw new NotImplementedException();
}
