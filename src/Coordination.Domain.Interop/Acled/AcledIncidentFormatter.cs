using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Actors;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// Formats an incident as an ACLED row: dates in ISO, precision and inter codes as numbers, the kind as ACLED's event
/// and sub-event types, actors by the names the row came with (or the catalog's names). Where the incident's origin
/// holds a value that still says what the model says (the same day, the same point, the same actor), the origin's
/// value is kept, so that exporting what was imported reproduces the file; columns with no model concept (source,
/// tags, admin names …) are left unset, for the exporter to take from the origin.
/// </summary>
internal sealed class AcledIncidentFormatter : IIncidentFormatter
{
    private const string DefaultCountry = "Iraq";

    private static readonly Dictionary<string, string> HxlTags = new(StringComparer.OrdinalIgnoreCase)
    {
        [AcledColumns.EventIdCnty] = "#event+code",
        [AcledColumns.EventIdNoCnty] = "#event+code+num",
        [AcledColumns.DataId] = "#meta+id",
        [AcledColumns.EventDate] = "#date+occurred",
        [AcledColumns.Year] = "#date+year",
        [AcledColumns.TimePrecision] = "#date+precision",
        [AcledColumns.DisorderType] = "#event+type+disorder",
        [AcledColumns.EventType] = "#event+type",
        [AcledColumns.SubEventType] = "#event+type+sub",
        [AcledColumns.Actor1] = "#group+name+first",
        [AcledColumns.AssocActor1] = "#group+name+first+assoc",
        [AcledColumns.Inter1] = "#group+type+first",
        [AcledColumns.Actor2] = "#group+name+second",
        [AcledColumns.AssocActor2] = "#group+name+second+assoc",
        [AcledColumns.Inter2] = "#group+type+second",
        [AcledColumns.Interaction] = "#group+interaction",
        [AcledColumns.CivilianTargeting] = "#targeted+civilians",
        [AcledColumns.Iso] = "#country+code+num",
        [AcledColumns.Iso3] = "#country+code",
        [AcledColumns.Region] = "#region+name",
        [AcledColumns.Country] = "#country+name",
        [AcledColumns.Admin1] = "#adm1+name",
        [AcledColumns.Admin2] = "#adm2+name",
        [AcledColumns.Admin3] = "#adm3+name",
        [AcledColumns.Location] = "#loc+name",
        [AcledColumns.Latitude] = "#geo+lat",
        [AcledColumns.Longitude] = "#geo+lon",
        [AcledColumns.GeoPrecision] = "#geo+precision",
        [AcledColumns.Source] = "#meta+source",
        [AcledColumns.SourceScale] = "#meta+source+scale",
        [AcledColumns.Notes] = "#description",
        [AcledColumns.Fatalities] = "#affected+killed",
        [AcledColumns.Tags] = "#meta+tags",
        [AcledColumns.Timestamp] = "#date+updated",
    };

    /// <inheritdoc/>
    public void Format(Incident incident, CoordinationCatalog catalog, DataLayout layout, IDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(values);
        var origin = incident.Origin is { } o && string.Equals(o.DataSet, "ACLED", StringComparison.OrdinalIgnoreCase) ? o : null;

        // Identity and time.
        if (origin is null)
        {
            var id = incident.Id.ToString();
            values[AcledColumns.EventIdCnty] = (id.StartsWith("acled-", StringComparison.Ordinal) ? id["acled-".Length..] : id).ToUpperInvariant();
        }
        else if (!origin.IsEventIdDerived)
        {
            values[AcledColumns.EventIdCnty] = origin.EventId;
        }

        if (origin?.UpdatedAt is { } updated)
        {
            values[AcledColumns.Timestamp] = updated.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        var day = OriginDay(origin, incident) ?? AcledScales.EventDateOf(incident.Date);
        values[AcledColumns.EventDate] = AcledDates.Format(day);
        values[AcledColumns.Year] = day.Year.ToString(CultureInfo.InvariantCulture);
        values[AcledColumns.TimePrecision] = Code((int)AcledScales.TimePrecisionOf(incident.Date));

        // What happened.
        values[AcledColumns.EventType] = AcledEventTypes.EventTypeOf(incident.Kind);
        values[AcledColumns.SubEventType] = AcledEventTypes.SubEventTypeOf(incident.Kind);
        if (origin is null)
        {
            values[AcledColumns.DisorderType] = AcledEventTypes.DisorderTypeOf(incident.Kind);
            values[AcledColumns.CivilianTargeting] = incident.Targets.Contains(AffectedParty.Civilians) && AcledEventTypes.DisorderTypeOf(incident.Kind).StartsWith("Political violence", StringComparison.Ordinal)
                ? "Civilian targeting"
                : string.Empty;
        }

        // Who.
        var country = origin?.FieldValue(AcledColumns.Country) is { Length: > 0 } c ? c.Trim() : DefaultCountry;
        var originFirst = Names(origin, AcledColumns.Actor1, AcledColumns.AssocActor1);
        var inter1 = AcledActorType.None;
        var perpetrators = new List<string>(incident.Perpetrators.Length);
        for (var i = 0; i < incident.Perpetrators.Length; i++)
        {
            var perpetrator = incident.Perpetrators[i];
            var kept = i < originFirst.Count && SameActor(originFirst[i], perpetrator.Actor, catalog) ? originFirst[i] : null;
            perpetrators.Add(kept ?? NameOf(perpetrator.Actor, catalog, country));
            if (i == 0)
            {
                inter1 = kept is not null && OriginType(origin, AcledColumns.Inter1) is { } t && t != AcledActorType.None ? t : TypeOf(perpetrator.Actor, catalog);
            }
        }

        values[AcledColumns.Actor1] = perpetrators.Count > 0 ? perpetrators[0] : string.Empty;
        values[AcledColumns.AssocActor1] = string.Join("; ", perpetrators.Skip(1));
        values[AcledColumns.Inter1] = Code((int)inter1);

        var originSecond = Names(origin, AcledColumns.Actor2, AcledColumns.AssocActor2);
        var originInter2 = OriginType(origin, AcledColumns.Inter2);
        var originCivilians = originSecond.Count > 0 && (originInter2 == AcledActorType.Civilians || (originInter2 is null && AcledActors.IsCivilians(originSecond[0])));
        var inter2 = AcledActorType.None;
        var targets = new List<string>(incident.Targets.Length);
        for (var i = 0; i < incident.Targets.Length; i++)
        {
            var target = incident.Targets[i];
            string? kept;
            AcledActorType type;
            if (target.Kind == AffectedPartyKind.Civilians)
            {
                kept = i == 0 && originCivilians ? originSecond[0] : null;
                targets.Add(kept ?? $"Civilians ({country})");
                type = AcledActorType.Civilians;
            }
            else
            {
                var actor = target.Actor; // null for unidentified parties
                kept = i < originSecond.Count && !originCivilians && SameActor(originSecond[i], actor, catalog) ? originSecond[i] : null;
                targets.Add(kept ?? NameOf(actor, catalog, country));
                type = kept is not null && originInter2 is { } t && t != AcledActorType.None ? t : TypeOf(actor, catalog);
            }

            if (i == 0)
            {
                inter2 = type;
            }
        }

        values[AcledColumns.Actor2] = targets.Count > 0 ? targets[0] : string.Empty;
        if (incident.Targets is [{ Kind: AffectedPartyKind.Civilians }] && originCivilians)
        {
            // The groups associated with the civilians hit stay as the origin holds them (the exporter copies them).
            values.Remove(AcledColumns.AssocActor2);
        }
        else
        {
            values[AcledColumns.AssocActor2] = string.Join("; ", targets.Skip(1));
        }

        values[AcledColumns.Inter2] = Code((int)inter2);
        values[AcledColumns.Interaction] = inter1 == AcledActorType.None ? string.Empty : Code(new AcledInteraction(inter1, inter2).Code);

        // Where.
        var location = incident.Location;
        if (origin is null)
        {
            values[AcledColumns.Iso] = "368";
            values[AcledColumns.Iso3] = "IRQ";
            values[AcledColumns.Region] = "Middle East";
            values[AcledColumns.Country] = DefaultCountry;
            WriteAdmins(location.Territory, catalog, values);
        }

        if (origin is null || !string.Equals(OriginPlaceName(origin), location.PlaceName, StringComparison.Ordinal))
        {
            values[AcledColumns.Location] = location.PlaceName ?? string.Empty;
        }

        if (location.Point is { } point)
        {
            if (!SamePoint(origin, point))
            {
                values[AcledColumns.Latitude] = point.Latitude.ToString(CultureInfo.InvariantCulture);
                values[AcledColumns.Longitude] = point.Longitude.ToString(CultureInfo.InvariantCulture);
            }
        }
        else
        {
            values[AcledColumns.Latitude] = string.Empty;
            values[AcledColumns.Longitude] = string.Empty;
        }

        values[AcledColumns.GeoPrecision] = Code((int)(OriginGeoPrecision(origin, location.Precision) ?? AcledScales.FromLocationPrecision(location.Precision)));

        // What the sources say.
        if (origin is null)
        {
            values[AcledColumns.Source] = string.Join("; ", incident.Sources.Select(s => catalog.FindSource(s)?.Publisher).OfType<string>().Distinct(StringComparer.Ordinal));
        }

        if (origin is null || !string.Equals(AcledText.Summary(origin.FieldValue(AcledColumns.Notes)), incident.Summary, StringComparison.Ordinal))
        {
            values[AcledColumns.Notes] = incident.Summary ?? string.Empty;
        }

        values[AcledColumns.Fatalities] = incident.TotalKilled is { } killed ? Code(killed.Best) : string.Empty;
    }

    /// <inheritdoc/>
    public string? HxlTagOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return HxlTags.TryGetValue(column.Trim(), out var tag) ? tag : null;
    }

    /// <summary>Gets the place name the mapper gives the origin's row: its location, else (with no location) its narrowest admin name or country.</summary>
    private static string? OriginPlaceName(RecordOrigin origin) =>
        AcledText.PlaceName(origin.FieldValue(AcledColumns.Location)) is { } location
            ? location
            : AcledRowMapper.FallbackPlace(new Places.PlaceQuery
            {
                Country = AcledText.PlaceName(origin.FieldValue(AcledColumns.Country)),
                Admin1 = AcledText.PlaceName(origin.FieldValue(AcledColumns.Admin1)),
                Admin2 = AcledText.PlaceName(origin.FieldValue(AcledColumns.Admin2)),
                Admin3 = AcledText.PlaceName(origin.FieldValue(AcledColumns.Admin3)),
            });

    /// <summary>Gets the origin's geo_precision when it still gives the incident's location precision (a named place without coordinates reads as near it).</summary>
    private static AcledGeoPrecision? OriginGeoPrecision(RecordOrigin? origin, LocationPrecision precision)
    {
        if (origin is null)
        {
            return null;
        }

        var geo = AcledGeoPrecision.LargerRegion;
        if (origin.FieldValue(AcledColumns.GeoPrecision) is { } text && !string.IsNullOrWhiteSpace(text) && !AcledScales.TryParseGeoPrecision(text, out geo))
        {
            return null;
        }

        var hasPoint = !string.IsNullOrWhiteSpace(origin.FieldValue(AcledColumns.Latitude)) || !string.IsNullOrWhiteSpace(origin.FieldValue(AcledColumns.Longitude));
        return AcledRowMapper.PrecisionOf(geo, hasPoint) == precision ? geo : null;
    }

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    private static NodaTime.LocalDate? OriginDay(RecordOrigin? origin, Incident incident)
    {
        if (origin?.FieldValue(AcledColumns.EventDate) is not { } text || !AcledDates.TryParse(text, out var day, out _))
        {
            return null;
        }

        var precision = AcledTimePrecision.Day;
        if (origin.FieldValue(AcledColumns.TimePrecision) is { } tp && !string.IsNullOrWhiteSpace(tp) && !AcledScales.TryParseTimePrecision(tp, out precision))
        {
            return null;
        }

        return AcledScales.ToReportedDate(day, precision) == incident.Date ? day : null;
    }

    private static List<string> Names(RecordOrigin? origin, string actor, string associated)
    {
        var names = new List<string>();
        if (origin is null)
        {
            return names;
        }

        if (origin.FieldValue(actor)?.Trim() is { Length: > 0 } first)
        {
            names.Add(first);
        }

        names.AddRange(AcledActors.SplitAssociated(origin.FieldValue(associated)));
        return names;
    }

    private static AcledActorType? OriginType(RecordOrigin? origin, string column) =>
        origin?.FieldValue(column) is { } text && AcledScales.TryParseActorType(text, out var type) ? type : null;

    private static bool SameActor(string name, ActorId? actor, CoordinationCatalog catalog)
    {
        if (actor is not { } id)
        {
            return AcledActors.IsUnidentified(name);
        }

        if (ActorMap.Reference.TryResolve(name, ConflictDataSet.Acled, out var mapped))
        {
            return mapped == id;
        }

        return name.Length <= NameFolding.MaxInputLength && catalog.FindActor(id) is { } record && record.Names.Matches(name);
    }

    private static string NameOf(ActorId? actor, CoordinationCatalog catalog, string country) =>
        actor is { } id
            ? catalog.FindActor(id)?.Names.Primary.Text ?? id.ToString()
            : $"{AcledActors.UnidentifiedArmedGroup} ({country})";

    private static AcledActorType TypeOf(ActorId? actor, CoordinationCatalog catalog) =>
        actor is { } id
            ? catalog.FindActor(id) is { } record ? AcledActors.TypeFor(record.Kind) : AcledActorType.PoliticalMilitia
            : AcledActorType.PoliticalMilitia;

    private static bool SamePoint(RecordOrigin? origin, GeoPoint point) =>
        origin?.FieldValue(AcledColumns.Latitude) is { } lat && origin.FieldValue(AcledColumns.Longitude) is { } lon
        && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
        && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
        && la >= -90 && la <= 90 && lo >= -180 && lo <= 180
        && new GeoPoint(la, lo) == point;

    private static void WriteAdmins(TerritoryId? territory, CoordinationCatalog catalog, IDictionary<string, string> values)
    {
        values[AcledColumns.Admin1] = string.Empty;
        values[AcledColumns.Admin2] = string.Empty;
        values[AcledColumns.Admin3] = string.Empty;
        // Up the parents, each territory once: a catalog read from outside may hold a cycle (validation reports it).
        var seen = new HashSet<TerritoryId>();
        for (var record = territory is { } id ? catalog.FindTerritory(id) : null; record is not null && seen.Add(record.Id); record = record.Parent is { } parent ? catalog.FindTerritory(parent) : null)
        {
            var column = record.Kind switch
            {
                TerritoryKind.Governorate => AcledColumns.Admin1,
                TerritoryKind.District => AcledColumns.Admin2,
                TerritoryKind.SubDistrict => AcledColumns.Admin3,
                _ => null,
            };
            if (column is not null && values[column].Length == 0)
            {
                values[column] = record.Names.Primary.Text;
            }
        }
    }
}
