using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Names;
using Coordination.Domain.Temporal;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// Maps a UCDP GED row (49-column, 42-column or HDX layout; columns found by name) onto an incident. Each rule is
/// written in docs/interop.md, "The UCDP GED mapping". A row that breaks a rule is rejected naming the column, never
/// repaired in silence.
/// </summary>
internal sealed class UcdpRowMapper : IRowMapper
{
    /// <inheritdoc/>
    public RowResult Map(SourceRow row, ImportContext context)
    {
        string? Field(string column) => row[column];
        if (!TryReadViolence(Field, out var violence, out var problem))
        {
            return context.Reject(row, UcdpColumns.TypeOfViolence, problem!);
        }

        if (ReadDate(Field, out var column, out problem) is not { } date)
        {
            return context.Reject(row, column, problem!);
        }

        if (ReadLocation(Field, out var point, out column, out problem) is not { } precision)
        {
            return context.Reject(row, column, problem!);
        }

        if (!TryReadCountries(row, column = UcdpColumns.GwnoA, out var governmentsA, out problem)
            || !TryReadCountries(row, column = UcdpColumns.GwnoB, out var governmentsB, out problem)
            || !TryReadCountries(row, column = UcdpColumns.CountryId, out var country, out problem))
        {
            return context.Reject(row, column, problem!);
        }

        if (UcdpDeaths.Read(Field, out column, out problem) is not { } deaths)
        {
            return context.Reject(row, column, problem!);
        }

        var sideA = UcdpValues.Trimmed(row[UcdpColumns.SideA]);
        var sideB = UcdpValues.Trimmed(row[UcdpColumns.SideB]);
        if (TooLong(sideA) || TooLong(sideB))
        {
            return context.Reject(row, TooLong(sideA) ? UcdpColumns.SideA : UcdpColumns.SideB, $"An actor's name is at most {Name.MaxLength} characters long.");
        }

        var civiliansB = sideB is not null && string.Equals(sideB, UcdpColumns.Civilians, StringComparison.OrdinalIgnoreCase);
        if (violence == UcdpViolenceType.OneSided && sideB is not null && !civiliansB)
        {
            return context.Reject(row, UcdpColumns.SideB, "One-sided violence (type_of_violence 3) has side_b Civilians.");
        }

        var perpetrator = sideA is null
            ? Perpetrator.Unidentified
            : new Perpetrator(context.ResolveActor(sideA, ConflictDataSet.UcdpGed, KindOf(sideA, governmentsA, violence, isSideA: true)), Attribution.Attributed);
        var target = violence == UcdpViolenceType.OneSided || civiliansB ? AffectedParty.Civilians
            : sideB is null ? AffectedParty.Unidentified
            : AffectedParty.Of(context.ResolveActor(sideB, ConflictDataSet.UcdpGed, KindOf(sideB, governmentsB, violence, isSideA: false)));
        var (casualties, totals) = deaths.ToModel(perpetrator.Actor is { } a ? AffectedParty.Of(a) : AffectedParty.Unidentified, target);

        var placeName = UcdpValues.Trimmed(row[UcdpColumns.WhereCoordinates]);
        var query = QueryOf(Field, country);
        var match = query.Admin1 is null && query.Admin2 is null && query.Location is null
            ? (point is not null && context.Options.Locator is not null && context.ResolvePlace(query, point) is { Level: PlaceLevel.Coordinates } located ? located : null)
            : context.ResolvePlace(query, point);
        ImmutableArray<string> unresolved = match is not null ? match.Unresolved
            : [.. new[] { query.Location, query.Admin2, query.Admin1 }.OfType<string>()];

        var id = context.IdentifyIncident(row, UcdpValues.Trimmed(row[UcdpColumns.Id]), null, out var origin);
        var incident = new Incident
        {
            Id = id,
            Kind = UcdpScales.ToIncidentKind(violence),
            Date = date,
            Location = new IncidentLocation { PlaceName = placeName, Territory = match?.Territory, Point = point, Precision = precision },
            Perpetrators = [perpetrator],
            Targets = [target],
            Casualties = casualties,
            ReportedTotals = totals,
            Sources = context.DataSetSources(ConflictDataSet.UcdpGed),
            Origin = origin,
        };
        return new ImportedRow { Line = row.Line, Row = row, Incident = incident, UnresolvedPlaces = unresolved };
    }

    /// <summary>
    /// The kind of a new actor named by a side: a side with several Gleditsch–Ward numbers is a coalition, with one a
    /// government; so is side A of state-based conflict, and a side named "Government of …" outside non-state conflict
    /// (the HDX layout has no gwno columns); any other side is a non-state armed group.
    /// </summary>
    internal static ActorKind KindOf(string name, ImmutableArray<int> governments, UcdpViolenceType violence, bool isSideA) =>
        governments.Length > 1 ? ActorKind.Coalition
        : governments.Length == 1 ? ActorKind.Government
        : violence == UcdpViolenceType.NonState ? ActorKind.NonStateArmedGroup
        : (violence == UcdpViolenceType.StateBased && isSideA) || name.StartsWith("Government of ", StringComparison.OrdinalIgnoreCase) ? ActorKind.Government
        : ActorKind.NonStateArmedGroup;

    /// <summary>Reads <c>type_of_violence</c>: 1, 2 or 3.</summary>
    internal static bool TryReadViolence(Func<string, string?> row, out UcdpViolenceType violence, out string? problem)
    {
        violence = default;
        problem = null;
        if (UcdpValues.Trimmed(row(UcdpColumns.TypeOfViolence)) is { } text && UcdpValues.TryReadCode(text, 1, 3, out var code))
        {
            violence = (UcdpViolenceType)code;
            return true;
        }

        problem = "type_of_violence is 1 (state-based), 2 (non-state) or 3 (one-sided).";
        return false;
    }

    /// <summary>Reads <c>date_start</c>, <c>date_end</c> (blank: the start) and <c>date_prec</c> (blank: read from the bounds).</summary>
    internal static ReportedDate? ReadDate(Func<string, string?> row, out string? column, out string? problem)
    {
        column = UcdpColumns.DateStart;
        if (UcdpValues.Trimmed(row(UcdpColumns.DateStart)) is not { } startText)
        {
            problem = "date_start is required: the first day the event may have happened on, yyyy-mm-dd.";
            return null;
        }

        if (UcdpValues.ReadDate(startText, out problem) is not { } start)
        {
            problem = $"date_start: {problem}.";
            return null;
        }

        column = UcdpColumns.DateEnd;
        var end = start;
        if (UcdpValues.Trimmed(row(UcdpColumns.DateEnd)) is { } endText)
        {
            if (UcdpValues.ReadDate(endText, out problem) is not { } read)
            {
                problem = $"date_end: {problem}.";
                return null;
            }

            if (read < start)
            {
                problem = "date_end is before date_start.";
                return null;
            }

            end = read;
        }

        column = UcdpColumns.DatePrecision;
        UcdpDatePrecision? precision = null;
        if (UcdpValues.Trimmed(row(UcdpColumns.DatePrecision)) is { } precisionText)
        {
            if (!UcdpValues.TryReadCode(precisionText, 1, 5, out var code))
            {
                problem = "date_prec is 1 (exact date) to 5 (year), or blank.";
                return null;
            }

            precision = (UcdpDatePrecision)code;
        }

        column = null;
        problem = null;
        return UcdpDates.ToReportedDate(start, end, precision);
    }

    /// <summary>Reads <c>where_prec</c> (required, 1 to 7) and <c>latitude</c>/<c>longitude</c> (both or neither).</summary>
    internal static LocationPrecision? ReadLocation(Func<string, string?> row, out GeoPoint? point, out string? column, out string? problem)
    {
        point = null;
        column = UcdpColumns.WherePrecision;
        if (UcdpValues.Trimmed(row(UcdpColumns.WherePrecision)) is not { } precisionText || !UcdpValues.TryReadCode(precisionText, 1, 7, out var code))
        {
            problem = "where_prec is 1 (exact location) to 7 (over water or in international airspace).";
            return null;
        }

        var latitude = UcdpValues.Trimmed(row(UcdpColumns.Latitude));
        var longitude = UcdpValues.Trimmed(row(UcdpColumns.Longitude));
        if (latitude is not null || longitude is not null)
        {
            if (latitude is null || !FieldValues.TryReadDegrees(latitude, 90, out var lat))
            {
                column = UcdpColumns.Latitude;
                problem = "latitude is decimal degrees from -90 to 90 with a point as the decimal separator, given with longitude.";
                return null;
            }

            if (longitude is null || !FieldValues.TryReadDegrees(longitude, 180, out var lon))
            {
                column = UcdpColumns.Longitude;
                problem = "longitude is decimal degrees from -180 to 180 with a point as the decimal separator, given with latitude.";
                return null;
            }

            point = new GeoPoint(lat, lon);
        }

        column = null;
        problem = null;
        return UcdpScales.ToLocationPrecision((UcdpWherePrecision)code);
    }

    /// <summary>
    /// The place names of a row, from the country (<c>country</c>, else the name of <c>country_id</c>) to
    /// <c>where_coordinates</c> — the named place only when <c>where_prec</c> is 1 or 2: from 3 on it names a division,
    /// a region, the country or a body of water (<c>Kirkuk province</c>), which is no town to look for.
    /// </summary>
    internal static PlaceQuery QueryOf(Func<string, string?> row, ImmutableArray<int> country) => new()
    {
        Country = UcdpValues.Trimmed(row(UcdpColumns.Country)) ?? CountryName(country),
        Admin1 = UcdpValues.Trimmed(row(UcdpColumns.Admin1)),
        Admin2 = UcdpValues.Trimmed(row(UcdpColumns.Admin2)),
        Location = UcdpValues.Trimmed(row(UcdpColumns.WherePrecision)) is { } precision && UcdpValues.TryReadCode(precision, 3, 7, out _)
            ? null
            : UcdpValues.Trimmed(row(UcdpColumns.WhereCoordinates)),
    };

    private static bool TryReadCountries(SourceRow row, string column, out ImmutableArray<int> codes, out string? problem)
    {
        problem = null;
        codes = [];
        if (UcdpValues.Trimmed(row[column]) is not { } text)
        {
            return true;
        }

        if (UcdpValues.TryReadCodeList(text, out codes))
        {
            return true;
        }

        problem = $"{column} holds Gleditsch–Ward country numbers (645 for Iraq), separated by commas, or is blank.";
        return false;
    }

    private static string? CountryName(ImmutableArray<int> codes) =>
        codes.Length == 1 ? Countries.Resolve(UcdpValues.Write(codes[0]), CountryCodeKind.GleditschWard).Country?.Name : null;

    private static bool TooLong(string? name) => name is { Length: > Name.MaxLength };
}
