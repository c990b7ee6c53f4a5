using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Provenance;
using NodaTime;

namespace Coordination.Domain.Interop.LivingData;

/// <summary>
/// A catalog kept up to date with a living data set: incidents are upserted by their data set's event id
/// (<see cref="RecordOrigin.DataSet"/> and <see cref="RecordOrigin.EventId"/>, compared ignoring case), ACLED deletion
/// lists remove events, and the records an import created are added once. Start from a catalog (the reference
/// catalog, or one an earlier import wrote), feed it the imported rows of any number of files, and take
/// <see cref="ToCatalog"/>.
/// </summary>
/// <remarks>
/// <para><b>Which version wins.</b> Of two versions of one event, the one with the later release wins when both
/// are UCDP GED releases (<see cref="UcdpRelease"/>: <c>25.1</c>, <c>25.0.3</c>, <c>25.01.25.03</c>); otherwise the one with
/// the later <see cref="RecordOrigin.UpdatedAt"/> (ACLED's <c>timestamp</c>). On a tie, or when either has no
/// update time, the version upserted later wins, so that reading files oldest first gives the newest data.</para>
/// <para><b>Deletions.</b> A deletion removes the held event unless the held version was updated after it; it is
/// remembered, so that a version read later is added back only when it is newer than the deletion.</para>
/// <para><b>Ids.</b> A replaced incident keeps the id the catalog held it under, so that records citing it stay
/// valid. An incoming incident whose id is held by a record of another origin is left out
/// (<see cref="UpsertOutcome.Conflicting"/>), never merged into it.</para>
/// <para>Incidents are held in a <see cref="CoordinationCatalog.Builder"/>: N upserts cost O(N). Not thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var living = new LivingDataSet(catalog);
/// var importer = new IncidentImporter(new ImportOptions { Catalog = catalog });
/// foreach (var result in importer.Read(stream))
/// {
///     if (result is ImportedRow row)
///     {
///         living.Upsert(row);
///     }
/// }
///
/// living.Add(importer.Records);
/// living.Apply(AcledDeletions.Read(deletionsStream));
/// var updated = living.ToCatalog();
/// </code>
/// </example>
public sealed class LivingDataSet
{
    private const string UcdpGed = "UCDP GED";

    /// <summary>The columns that only say when the data set published a version (they change with every update of an unchanged event).</summary>
    private static readonly ImmutableHashSet<string> BookkeepingColumns = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "timestamp");

    private readonly CoordinationCatalog.Builder builder;
    private readonly Dictionary<EventKey, Incident> held = [];
    private readonly HashSet<IncidentId> incidentIds = [];
    private readonly HashSet<ActorId> actorIds = [];
    private readonly HashSet<TerritoryId> territoryIds = [];
    private readonly HashSet<SourceId> sourceIds = [];
    private readonly Dictionary<EventKey, Instant> deletions = [];
    private readonly int[] outcomes = new int[6];
    private int deleted;
    private int actorsAdded;
    private int territoriesAdded;
    private int sourcesAdded;

    /// <summary>Initializes a living data set that starts from a catalog's records.</summary>
    /// <param name="start">The catalog: its incidents with an origin are the events held; every other record is kept as it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="start"/> is <see langword="null"/>.</exception>
    public LivingDataSet(CoordinationCatalog start)
    {
        ArgumentNullException.ThrowIfNull(start);
        builder = start.ToBuilder();
        foreach (var incident in start.Incidents)
        {
            if (incident is null)
            {
                continue;
            }

            incidentIds.Add(incident.Id);
            if (KeyOf(incident) is { } key)
            {
                held.TryAdd(key, incident);
            }
        }

        foreach (var actor in start.Actors)
        {
            if (actor is not null)
            {
                actorIds.Add(actor.Id);
            }
        }

        foreach (var territory in start.Territories)
        {
            if (territory is not null)
            {
                territoryIds.Add(territory.Id);
            }
        }

        foreach (var source in start.Sources)
        {
            if (source is not null)
            {
                sourceIds.Add(source.Id);
            }
        }
    }

    /// <summary>Gets what the living data set has done so far.</summary>
    public LivingDataCounts Counts => new()
    {
        New = outcomes[(int)UpsertOutcome.New],
        Modified = outcomes[(int)UpsertOutcome.Modified],
        Unchanged = outcomes[(int)UpsertOutcome.Unchanged],
        Outdated = outcomes[(int)UpsertOutcome.Outdated],
        Conflicting = outcomes[(int)UpsertOutcome.Conflicting],
        Deleted = deleted,
        ActorsAdded = actorsAdded,
        TerritoriesAdded = territoriesAdded,
        SourcesAdded = sourcesAdded,
    };

    /// <summary>Gets the number of data-set events held (incidents with an origin).</summary>
    public int EventCount => held.Count;

    /// <summary>Upserts the incident of an imported row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The row's incident has no <see cref="Incident.Origin"/>.</exception>
    public UpsertOutcome Upsert(ImportedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Upsert(row.Incident);
    }

    /// <summary>Upserts an incident read from a data set: adds it, replaces the held version of its event, or leaves it out (see the remarks of <see cref="LivingDataSet"/>).</summary>
    /// <param name="incident">The incident, with its <see cref="Incident.Origin"/>.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="incident"/> has no origin, or its origin has a blank data set or event id.</exception>
    public UpsertOutcome Upsert(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var key = KeyOf(incident) ?? throw new ArgumentException("An upserted incident has an origin with a data set and an event id.", nameof(incident));
        var origin = incident.Origin!;
        if (!held.TryGetValue(key, out var current))
        {
            if (deletions.TryGetValue(key, out var deletedAt) && !(origin.UpdatedAt > deletedAt))
            {
                return Count(UpsertOutcome.Outdated);
            }

            if (incidentIds.Contains(incident.Id))
            {
                return Count(UpsertOutcome.Conflicting);
            }

            deletions.Remove(key);
            held.Add(key, incident);
            incidentIds.Add(incident.Id);
            builder.Set(incident);
            return Count(UpsertOutcome.New);
        }

        if (IsOlder(origin, current.Origin!))
        {
            return Count(UpsertOutcome.Outdated);
        }

        var replacement = incident.Id == current.Id ? incident : incident with { Id = current.Id };
        var outcome = SameContent(replacement, current) ? UpsertOutcome.Unchanged : UpsertOutcome.Modified;
        held[key] = replacement;
        builder.Set(replacement);
        return Count(outcome);
    }

    /// <summary>Adds the records an import created — actors, territories, sources — that the catalog does not hold yet (by id); a record it holds is left as it is.</summary>
    /// <param name="records">The records, for example <see cref="IncidentImporter.Records"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public void Add(ImportedRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var actor in records.Actors)
        {
            if (actor is not null && actorIds.Add(actor.Id))
            {
                builder.Set(actor);
                actorsAdded++;
            }
        }

        foreach (var territory in records.Territories)
        {
            if (territory is not null && territoryIds.Add(territory.Id))
            {
                builder.Set(territory);
                territoriesAdded++;
            }
        }

        foreach (var source in records.Sources)
        {
            if (source is not null && sourceIds.Add(source.Id))
            {
                builder.Set(source);
                sourcesAdded++;
            }
        }
    }

    /// <summary>Applies one entry of an ACLED deletion list.</summary>
    /// <param name="deletion">The entry.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deletion"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The entry's event id is blank.</exception>
    public DeletionOutcome Delete(AcledDeletion deletion)
    {
        ArgumentNullException.ThrowIfNull(deletion);
        if (string.IsNullOrWhiteSpace(deletion.EventId))
        {
            throw new ArgumentException("A deletion names an event id.", nameof(deletion));
        }

        var key = new EventKey("ACLED", deletion.EventId);
        if (!deletions.TryGetValue(key, out var known) || known < deletion.DeletedAt)
        {
            deletions[key] = deletion.DeletedAt;
        }

        if (!held.TryGetValue(key, out var current))
        {
            return DeletionOutcome.NotHeld;
        }

        if (current.Origin!.UpdatedAt > deletion.DeletedAt)
        {
            return DeletionOutcome.Outdated;
        }

        held.Remove(key);
        incidentIds.Remove(current.Id);
        builder.Remove(current.Id);
        deleted++;
        return DeletionOutcome.Deleted;
    }

    /// <summary>Applies every entry of an ACLED deletion list, in order (its rejected rows are the caller's to report).</summary>
    /// <param name="list">The list, from <see cref="AcledDeletions.Read"/>.</param>
    /// <returns>The number of held incidents removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
    public int Apply(AcledDeletionList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var removed = 0;
        foreach (var deletion in list.Deletions)
        {
            if (deletion is not null && !string.IsNullOrWhiteSpace(deletion.EventId) && Delete(deletion) == DeletionOutcome.Deleted)
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Makes a catalog of the records held, in O(N): the starting catalog's records in their order, the incidents replaced in place, the new ones and the added records at the end of their kinds. The living data set stays usable.</summary>
    /// <returns>The catalog. It validates when the starting catalog did and every upserted incident cites only records it or <see cref="Add"/> holds.</returns>
    public CoordinationCatalog ToCatalog() => builder.ToCatalog();

    private static EventKey? KeyOf(Incident incident) =>
        incident.Origin is { } origin && !string.IsNullOrWhiteSpace(origin.DataSet) && !string.IsNullOrWhiteSpace(origin.EventId)
            ? new EventKey(origin.DataSet, origin.EventId)
            : null;

    private static bool IsOlder(RecordOrigin incoming, RecordOrigin current)
    {
        if (string.Equals(incoming.DataSet.Trim(), UcdpGed, StringComparison.OrdinalIgnoreCase)
            && UcdpRelease.TryParse(incoming.Release, out var incomingRelease)
            && UcdpRelease.TryParse(current.Release, out var currentRelease)
            && incomingRelease != currentRelease)
        {
            return incomingRelease < currentRelease;
        }

        return incoming.UpdatedAt < current.UpdatedAt;
    }

    private static bool SameContent(Incident incoming, Incident current) =>
        Normalized(incoming).Equals(Normalized(current));

    private static Incident Normalized(Incident incident)
    {
        var origin = incident.Origin!;
        var fields = ImmutableArray.CreateBuilder<OriginField>(origin.Fields.Length);
        foreach (var field in origin.Fields)
        {
            if (!BookkeepingColumns.Contains(field.Column))
            {
                fields.Add(field);
            }
        }

        return incident with { Origin = origin with { Release = null, UpdatedAt = null, Fields = fields.DrainToImmutable() } };
    }

    private UpsertOutcome Count(UpsertOutcome outcome)
    {
        outcomes[(int)outcome]++;
        return outcome;
    }

    /// <summary>An event's identity: its data set and its id there, both compared ignoring case and surrounding white space.</summary>
    private readonly record struct EventKey
    {
        public EventKey(string dataSet, string eventId)
        {
            DataSet = dataSet.Trim().ToUpperInvariant();
            EventId = eventId.Trim().ToUpperInvariant();
        }

        public string DataSet { get; }

        public string EventId { get; }
    }
}
