using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// Formats an incident as a UCDP GED row (any GED layout). Each group of columns (dates, location, place names, sides,
/// deaths, type of violence) is left unset while the incident's UCDP origin still reads as what the incident says, so
/// that the exporter writes it back exactly as the file held it and exporting what was imported reproduces the file; a
/// group the incident no longer agrees with (or every group of an incident without a UCDP origin) is written from the model.
/// </summary>
internal sealed class UcdpIncidentFormatter : IIncidentFormatter
{
    private const string UcdpDataSet = "UCDP GED";
    private const string IdPrefix = "ucdp-ged-";
    private static readonly Dictionary<DataLayout, HashSet<string>> LayoutColumns = Enum.GetValues<DataLayout>()
        .ToDictionary(static l => l, static l => new HashSet<string>(DataLayouts.ColumnsOf(l), StringComparer.Ordinal));

    private PlacesOf? places;

    /// <inheritdoc/>
    public void Format(Incident incident, CoordinationCatalog catalog, DataLayout layout, IDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(values);
        var columns = ColumnsOf(layout);
        var origin = incident.Origin is { } o && string.Equals(o.DataSet, UcdpDataSet, StringComparison.OrdinalIgnoreCase) ? o : null;
        Func<string, string?> field = origin is null ? static _ => null : origin.FieldValue;
        void Set(string column, string value)
        {
            if (columns.Contains(column))
            {
                values[column] = value;
            }
        }

        Set(UcdpColumns.Id, origin is { IsEventIdDerived: false } ? origin.EventId
            : origin is not null ? string.Empty
            : incident.Id.ToString() is var id && id.StartsWith(IdPrefix, StringComparison.Ordinal) && !id.StartsWith(IdPrefix + "derived-", StringComparison.Ordinal) ? id[IdPrefix.Length..] : id);

        var sideA = incident.Perpetrators.FirstOrDefault()?.Actor is { } a ? AffectedParty.Of(a) : AffectedParty.Unidentified;
        var sideB = incident.Targets.IsEmpty ? AffectedParty.Unidentified : incident.Targets[0];

        // Each group below is written only when the origin no longer says what the incident says: a group left unset is
        // written by the exporter from the origin, as the file held it.

        // Type of violence.
        if (origin is null || !SaysKind(field, incident.Kind))
        {
            var stateInvolved = IsState(catalog, sideA) || IsState(catalog, sideB);
            Set(UcdpColumns.TypeOfViolence, UcdpScales.ToViolenceType(incident.Kind, sideB.Kind == AffectedPartyKind.Civilians, stateInvolved) is { } type ? UcdpValues.Write((int)type) : string.Empty);
        }

        // Dates.
        if (origin is null || UcdpRowMapper.ReadDate(field, out _, out _) != incident.Date)
        {
            Set(UcdpColumns.DateStart, UcdpValues.Write(incident.Date.Earliest));
            Set(UcdpColumns.DateEnd, UcdpValues.Write(incident.Date.Latest));
            Set(UcdpColumns.DatePrecision, UcdpValues.Write((int)UcdpScales.ToUcdpDatePrecision(incident.Date)));
            Set(UcdpColumns.Year, UcdpValues.Write(incident.Date.Earliest.Year));
            Set(UcdpColumns.StartYear, UcdpValues.Write(incident.Date.Earliest.Year));
            Set(UcdpColumns.EndYear, UcdpValues.Write(incident.Date.Latest.Year));
        }

        // Precision and point.
        var location = incident.Location;
        if (origin is null || !SaysLocation(field, location))
        {
            Set(UcdpColumns.WherePrecision, UcdpValues.Write((int)UcdpScales.ToWherePrecision(location.Precision)));
            Set(UcdpColumns.Latitude, location.Point is { } p ? UcdpValues.Write(p.Latitude) : string.Empty);
            Set(UcdpColumns.Longitude, location.Point is { } q ? UcdpValues.Write(q.Longitude) : string.Empty);
            Set(UcdpColumns.GeometryWkt, location.Point is { } r ? $"POINT ({UcdpValues.Write(r.Longitude)} {UcdpValues.Write(r.Latitude)})" : string.Empty);
        }

        // Place names.
        if (origin is null || UcdpValues.Trimmed(field(UcdpColumns.WhereCoordinates)) != location.PlaceName)
        {
            Set(UcdpColumns.WhereCoordinates, location.PlaceName ?? string.Empty);
        }

        if (origin is null || ResolveTerritory(catalog, field) != location.Territory)
        {
            var (admin1, admin2) = AdminNames(catalog, location.Territory);
            Set(UcdpColumns.Admin1, admin1 is null ? string.Empty : admin1 + " province");
            Set(UcdpColumns.Admin2, admin2 is null ? string.Empty : admin2 + " district");
            var iraq = location.Territory is not null;
            Set(UcdpColumns.Country, iraq ? Countries.Iraq.Name : string.Empty);
            Set(UcdpColumns.CountryId, iraq ? UcdpValues.Write(Countries.Iraq.GleditschWard!.Value) : string.Empty);
            Set(UcdpColumns.Iso3, iraq ? Countries.Iraq.Iso3 : string.Empty);
        }

        // Sides.
        var oneSided = UcdpRowMapper.TryReadViolence(field, out var originViolence, out _) && originViolence == UcdpViolenceType.OneSided;
        var sidesKept = origin is not null && UcdpSides.Matches(catalog, field(UcdpColumns.SideA), sideA) && UcdpSides.Matches(catalog, field(UcdpColumns.SideB), sideB, oneSided);
        if (!sidesKept)
        {
            var nameA = UcdpSides.NameOf(catalog, sideA);
            var nameB = UcdpSides.NameOf(catalog, sideB);
            Set(UcdpColumns.SideA, nameA);
            Set(UcdpColumns.SideB, nameB);
            Set(UcdpColumns.GwnoA, UcdpSides.GleditschWardOf(catalog, sideA));
            Set(UcdpColumns.GwnoB, UcdpSides.GleditschWardOf(catalog, sideB));
            Set("dyad_name", nameA.Length > 0 && nameB.Length > 0 ? $"{nameA} - {nameB}" : string.Empty);
        }

        // Deaths.
        var deathsKept = sidesKept && UcdpDeaths.Read(field, out _, out _) is { } deaths && deaths.ToModel(sideA, sideB) is var (casualties, totals)
            && casualties.SequenceEqual(incident.Casualties) && Equals(totals, incident.ReportedTotals);
        if (!deathsKept)
        {
            UcdpSides.WriteDeaths(incident, sideA, sideB, Set);
        }
    }

    /// <inheritdoc/>
    public string? HxlTagOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return UcdpHxlTags.Of(column);
    }

    private static bool SaysKind(Func<string, string?> field, IncidentKind kind) =>
        UcdpRowMapper.TryReadViolence(field, out var read, out _) && UcdpScales.ToIncidentKind(read) == kind;

    private static bool SaysLocation(Func<string, string?> field, IncidentLocation location) =>
        UcdpRowMapper.ReadLocation(field, out var point, out _, out _) == location.Precision && point == location.Point;

    private static HashSet<string> ColumnsOf(DataLayout layout) =>
        LayoutColumns.TryGetValue(layout, out var columns) ? columns : throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a defined DataLayout.");

    private static bool IsState(CoordinationCatalog catalog, AffectedParty party) =>
        party.Actor is { } actor && catalog.FindActor(actor)?.Kind is ActorKind.Government or ActorKind.Ministry or ActorKind.Command or ActorKind.ArmedForce or ActorKind.Coalition or ActorKind.ForeignMission;

    private TerritoryId? ResolveTerritory(CoordinationCatalog catalog, Func<string, string?> field)
    {
        var query = UcdpRowMapper.QueryOf(field, []);
        if (query.Admin1 is null && query.Admin2 is null && query.Location is null)
        {
            return null;
        }

        var cached = places;
        if (cached is null || !ReferenceEquals(cached.Catalog, catalog))
        {
            cached = new PlacesOf(catalog, Gazetteer.For(catalog));
            places = cached;
        }

        return cached.Gazetteer.Resolve(query)?.Territory;
    }

    // The governorate and district names of a territory: itself or its nearest ancestors of those kinds.
    private static (string? Admin1, string? Admin2) AdminNames(CoordinationCatalog catalog, TerritoryId? id)
    {
        string? admin1 = null, admin2 = null;
        var seen = new HashSet<TerritoryId>();
        for (var territory = id is { } start ? catalog.FindTerritory(start) ?? Gazetteer.Governorates.FirstOrDefault(g => g.Id == start) : null;
             territory is not null && seen.Add(territory.Id);
             territory = territory.Parent is { } parent ? catalog.FindTerritory(parent) : null)
        {
            if (territory.Kind == TerritoryKind.District)
            {
                admin2 ??= territory.Names.Primary.Text;
            }
            else if (territory.Kind == TerritoryKind.Governorate)
            {
                admin1 ??= territory.Names.Primary.Text;
            }
        }

        return (admin1, admin2);
    }

    // The gazetteer of the catalog last formatted against, replaced as one reference so that formatting stays thread-safe.
    private sealed record PlacesOf(CoordinationCatalog Catalog, Gazetteer Gazetteer);
}
