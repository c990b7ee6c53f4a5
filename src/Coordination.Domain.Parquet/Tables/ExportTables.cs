using System;
using System.Collections.Immutable;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;
using Parquet.Schema;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>The four exported tables and their columns: the schema that docs/parquet.md documents.</summary>
internal static class ExportTables
{
    /// <summary>The name of the partition key column (and of the hive folders, <c>year=YYYY</c>).</summary>
    public const string YearColumn = "year";

    /// <summary>Gets the <c>incidents</c> table: one row per incident.</summary>
    public static ExportTable<Incident> Incidents { get; } = new("incidents", "one row per incident", [
        Text<Incident>("incident_id", false, "The incident's id (`Incident.Id`); unique in a catalog.", i => i.Id.ToString()),
        Year<Incident>(i => i),
        Text<Incident>("kind", false, "What happened (`Incident.Kind`), camelCase as in the JSON contract: `armedClash`, `suicideBomb`, …", i => EnumNames<IncidentKind>.Of(i.Kind)),
        Value<Incident, DateOnly>("date_start", "The first day the reported date covers (`ReportedDate.Earliest`): the day itself for a day, the first of the week, month or year. For a one-sided date, the first day of its anchor.", i => i.Date.Earliest.ToDateOnly()),
        Value<Incident, DateOnly>("date_end", "The last day the reported date covers (`ReportedDate.Latest`), inclusive; equal to `date_start` for a day. For a one-sided date, the last day of its anchor.", i => i.Date.Latest.ToDateOnly()),
        Text<Incident>("date_precision", false, "How precise the date is: `day`, `week`, `month` or `year` (`ReportedDate.Precision`).", i => EnumNames<DatePrecision>.Of(i.Date.Precision)),
        Text<Incident>("date_bound", false, "`within`: the incident happened between `date_start` and `date_end`; `onOrBefore`: on or before `date_end`; `notBefore`: on or after `date_start` (`ReportedDate.Bound`).", i => EnumNames<DateBound>.Of(i.Date.Bound)),
        new OptionalValueColumn<Incident, int>("time_of_day", "The local time of day in Asia/Baghdad when the source gives one (`ReportedDate.TimeOfDay`), to the millisecond; only with `day` precision.", i => i.Date.TimeOfDay is { } time ? checked((int)(time.TickOfDay / NodaTime.NodaConstants.TicksPerMillisecond)) : null, new TimeDataField("time_of_day", TimeUnitPrecision.Millis, isNullable: true) { IsAdjustedToUtc = false }, "INT32 (TIME, ms)"),
        Value<Incident, bool>("is_time_approximate", "Whether `time_of_day` is approximate (\"about 3 a.m.\"); false when there is no time.", i => i.Date.IsTimeApproximate),
        Text<Incident>("part_of_day", true, "The part of the day when the source gives one instead of a time: `earlyHours`, `morning`, `afternoon`, `evening`, `night`.", i => i.Date.PartOfDay is { } part ? EnumNames<PartOfDay>.Of(part) : null),
        Text<Incident>("place_name", true, "The place as the source names it (`IncidentLocation.PlaceName`).", i => i.Location.PlaceName),
        Text<Incident>("territory_id", true, "The id of the territory it happened in (`IncidentLocation.Territory`).", i => i.Location.Territory?.ToString()),
        Optional<Incident, double>("latitude", "WGS 84 latitude in degrees of the incident's point (`IncidentLocation.Point`).", i => i.Location.Point?.Latitude),
        Optional<Incident, double>("longitude", "WGS 84 longitude in degrees of the incident's point.", i => i.Location.Point?.Longitude),
        Text<Incident>("location_precision", false, "How precise the location is (`IncidentLocation.Precision`): `exactLocation`, `nearNamedPlace`, `secondOrderDivision`, `firstOrderDivision`, `region`, `country`, `internationalWatersOrAirspace`.", i => EnumNames<LocationPrecision>.Of(i.Location.Precision)),
        Optional<Incident, int>("total_killed_low", "Low estimate of everyone killed (`Incident.TotalKilled`: the reported total if any, else the sum over `casualties`); null when no figure is known.", i => i.TotalKilled?.Low),
        Optional<Incident, int>("total_killed_best", "Best estimate of everyone killed; null when no figure is known (unknown, not zero).", i => i.TotalKilled?.Best),
        Optional<Incident, int>("total_killed_high", "High estimate of everyone killed; null when no figure is known.", i => i.TotalKilled?.High),
        Value<Incident, bool>("is_total_killed_partial", "Whether the killed total is a sum over some parties only, others' figures being unknown (`Incident.IsTotalKilledPartial`).", i => i.IsTotalKilledPartial),
        Optional<Incident, int>("total_injured_low", "Low estimate of everyone injured (`Incident.TotalInjured`); null when no figure is known.", i => i.TotalInjured?.Low),
        Optional<Incident, int>("total_injured_best", "Best estimate of everyone injured; null when no figure is known.", i => i.TotalInjured?.Best),
        Optional<Incident, int>("total_injured_high", "High estimate of everyone injured; null when no figure is known.", i => i.TotalInjured?.High),
        Value<Incident, bool>("is_total_injured_partial", "Whether the injured total is a sum over some parties only (`Incident.IsTotalInjuredPartial`).", i => i.IsTotalInjuredPartial),
        Value<Incident, int>("perpetrator_count", "The number of rows of this incident in `perpetrators`.", i => i.Perpetrators.Length),
        Value<Incident, int>("target_count", "The number of rows of this incident in `targets`.", i => i.Targets.Length),
        Value<Incident, int>("casualty_count", "The number of rows of this incident in `casualties`.", i => i.Casualties.Length),
        Value<Incident, int>("source_count", "The number of sources the incident rests on (`Incident.Sources`).", i => i.Sources.Length),
        Value<Incident, bool>("is_inferred", "Whether the incident is an inference rather than reported (`Incident.Inference` is set).", i => i.Inference is not null),
        Text<Incident>("summary", true, "The incident's summary (`Incident.Summary`).", i => i.Summary),
        Text<Incident>("origin_data_set", true, "The data set the incident was imported from (`RecordOrigin.DataSet`: `ACLED`, `UCDP GED`).", i => i.Origin?.DataSet),
        Text<Incident>("origin_event_id", true, "The event's id in that data set (`RecordOrigin.EventId`).", i => i.Origin?.EventId),
    ]);

    /// <summary>Gets the <c>casualties</c> table: one row per element of an incident's casualties.</summary>
    public static ExportTable<ElementRow<Casualties>> Casualties { get; } = new("casualties", "one row per party an incident reports casualties for (`Incident.Casualties`)", [
        IncidentId<Casualties>(),
        Year<ElementRow<Casualties>>(r => r.Incident),
        Position<Casualties>("casualties"),
        Text<ElementRow<Casualties>>("party_kind", false, "Who was hit: `actor` (see `actor_id`), `civilians` or `unidentified` (`AffectedParty.Kind`).", r => EnumNames<AffectedPartyKind>.Of(r.Element.Party.Kind)),
        Text<ElementRow<Casualties>>("actor_id", true, "The actor hit, when `party_kind` is `actor`.", r => r.Element.Party.Actor?.ToString()),
        Optional<ElementRow<Casualties>, int>("killed_low", "Low estimate of the party's killed; null when the source gives no figure (unknown, not zero).", r => r.Element.Killed?.Low),
        Optional<ElementRow<Casualties>, int>("killed_best", "Best estimate of the party's killed; null when unknown.", r => r.Element.Killed?.Best),
        Optional<ElementRow<Casualties>, int>("killed_high", "High estimate of the party's killed; null when unknown.", r => r.Element.Killed?.High),
        Optional<ElementRow<Casualties>, int>("injured_low", "Low estimate of the party's injured; null when unknown.", r => r.Element.Injured?.Low),
        Optional<ElementRow<Casualties>, int>("injured_best", "Best estimate of the party's injured; null when unknown.", r => r.Element.Injured?.Best),
        Optional<ElementRow<Casualties>, int>("injured_high", "High estimate of the party's injured; null when unknown.", r => r.Element.Injured?.High),
    ]);

    /// <summary>Gets the <c>perpetrators</c> table: one row per element of an incident's perpetrators.</summary>
    public static ExportTable<ElementRow<Perpetrator>> Perpetrators { get; } = new("perpetrators", "one row per perpetrator of an incident (`Incident.Perpetrators`)", [
        IncidentId<Perpetrator>(),
        Year<ElementRow<Perpetrator>>(r => r.Incident),
        Position<Perpetrator>("perpetrators"),
        Text<ElementRow<Perpetrator>>("actor_id", true, "The actor who did it; null when the attribution is `unknown`.", r => r.Element.Actor?.ToString()),
        Text<ElementRow<Perpetrator>>("attribution", false, "On what grounds: `claimed`, `attributed`, `suspected` or `unknown` (`Perpetrator.Attribution`).", r => EnumNames<Attribution>.Of(r.Element.Attribution)),
    ]);

    /// <summary>Gets the <c>targets</c> table: one row per element of an incident's targets.</summary>
    public static ExportTable<ElementRow<AffectedParty>> Targets { get; } = new("targets", "one row per party an incident targeted (`Incident.Targets`)", [
        IncidentId<AffectedParty>(),
        Year<ElementRow<AffectedParty>>(r => r.Incident),
        Position<AffectedParty>("targets"),
        Text<ElementRow<AffectedParty>>("party_kind", false, "Who was targeted: `actor` (see `actor_id`), `civilians` or `unidentified`.", r => EnumNames<AffectedPartyKind>.Of(r.Element.Kind)),
        Text<ElementRow<AffectedParty>>("actor_id", true, "The actor targeted, when `party_kind` is `actor`.", r => r.Element.Actor?.ToString()),
    ]);

    /// <summary>Gets the names of the four tables, in the order they are written.</summary>
    public static ImmutableArray<string> Names { get; } = [Incidents.Name, Casualties.Name, Perpetrators.Name, Targets.Name];

    /// <summary>The year an incident is partitioned under: the year of the first day its reported date covers.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The year.</returns>
    public static int YearOf(Incident incident) => incident.Date.Earliest.Year;

    private static TextColumn<TRow> Text<TRow>(string name, bool isNullable, string meaning, Func<TRow, string?> value) => new(name, isNullable, meaning, value);

    private static ValueColumn<TRow, T> Value<TRow, T>(string name, string meaning, Func<TRow, T> value)
        where T : struct => new(name, meaning, value);

    private static OptionalValueColumn<TRow, T> Optional<TRow, T>(string name, string meaning, Func<TRow, T?> value)
        where T : struct => new(name, meaning, value);

    private static ValueColumn<TRow, int> Year<TRow>(Func<TRow, Incident> incident) =>
        new(YearColumn, "The year of `date_start`, which partitions the incident and its elements. A column of the file when the files are not partitioned; the `year=YYYY` folder when they are (readers with hive partitioning give it back as a column).", row => YearOf(incident(row)))
        {
            IsPartitionKey = true,
        };

    private static TextColumn<ElementRow<T>> IncidentId<T>() =>
        new("incident_id", false, "The id of the incident (`incidents.incident_id`).", r => r.Incident.Id.ToString());

    private static ValueColumn<ElementRow<T>, int> Position<T>(string list) =>
        new("position", $"The zero-based position of the element in the incident's {list}; with `incident_id`, the row's key.", r => r.Position);
}
