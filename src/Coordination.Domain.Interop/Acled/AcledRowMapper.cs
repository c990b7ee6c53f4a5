using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Places;
using NodaTime;

namespace Coordination.Domain.Interop.Acled;

/// <summary>
/// Maps an ACLED row (any ACLED layout, columns found by name) onto an incident, each rule as docs/interop.md
/// "The ACLED mapping" writes it. Every value is checked before any actor or place is resolved, so that a rejected
/// row creates nothing; a bad value rejects the row naming its column and what was expected.
/// </summary>
/// <remarks>Thread-safe: the column positions of the last header are cached in an immutable object.</remarks>
internal sealed class AcledRowMapper : IRowMapper
{
    private AcledColumns? columns;
    private CountryCheck? lastCountryCheck;

    /// <inheritdoc/>
    public RowResult Map(SourceRow row, ImportContext context)
    {
        var c = ColumnsOf(row.Header);
        var fields = row.Fields;
        string? Cell(int at) => at < 0 ? null : at < fields.Length ? fields[at] : string.Empty;
        RejectedRow Reject(int at, string reason) => context.Reject(row, at < 0 ? null : c.NameAt(at), reason);

        // What happened.
        var subEventType = Cell(c.SubEventTypeAt);
        if (string.IsNullOrWhiteSpace(subEventType))
        {
            return c.SubEventTypeAt < 0
                ? context.Reject(row, null, "The file has no sub_event_type column; an incident's kind is read from it.")
                : Reject(c.SubEventTypeAt, "Expected a sub-event type such as 'Armed clash' or 'Air/drone strike'; the cell is empty.");
        }

        if (!AcledEventTypes.TryParseSubEventType(subEventType, out var kind))
        {
            return Reject(c.SubEventTypeAt, "Expected one of ACLED's 25 sub-event types, such as 'Armed clash', 'Remote explosive/landmine/IED' or 'Peaceful protest'.");
        }

        var eventType = Cell(c.EventTypeAt);
        if (!string.IsNullOrWhiteSpace(eventType) && !AcledEventTypes.IsEventTypeOf(kind, eventType))
        {
            return Reject(c.EventTypeAt, $"The sub-event type '{AcledEventTypes.SubEventTypeOf(kind)}' belongs to the event type '{AcledEventTypes.EventTypeOf(kind)}'.");
        }

        // When.
        var eventDate = Cell(c.EventDateAt);
        if (string.IsNullOrWhiteSpace(eventDate))
        {
            return c.EventDateAt < 0
                ? context.Reject(row, null, "The file has no event_date column; an incident's date is read from it.")
                : Reject(c.EventDateAt, "Expected a date such as 2022-01-05; the cell is empty.");
        }

        if (!AcledDates.TryParse(eventDate, out var day, out var dateProblem))
        {
            return Reject(c.EventDateAt, dateProblem!);
        }

        var timePrecision = AcledTimePrecision.Day;
        if (Cell(c.TimePrecisionAt) is { } tp && !string.IsNullOrWhiteSpace(tp) && !AcledScales.TryParseTimePrecision(tp, out timePrecision))
        {
            return Reject(c.TimePrecisionAt, "Expected a time precision of 1 (the day), 2 (within a week) or 3 (the month).");
        }

        if (Cell(c.YearAt) is { } yearText && !string.IsNullOrWhiteSpace(yearText)
            && (!int.TryParse(yearText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year != day.Year))
        {
            return Reject(c.YearAt, $"Expected the year of event_date, {day.Year.ToString(CultureInfo.InvariantCulture)}.");
        }

        // Where: the point and its precision.
        var geoPrecision = AcledGeoPrecision.LargerRegion;
        if (Cell(c.GeoPrecisionAt) is { } gp && !string.IsNullOrWhiteSpace(gp) && !AcledScales.TryParseGeoPrecision(gp, out geoPrecision))
        {
            return Reject(c.GeoPrecisionAt, "Expected a geo precision of 1 (a named place), 2 (near a named place) or 3 (a larger region).");
        }

        var latitude = Cell(c.LatitudeAt);
        var longitude = Cell(c.LongitudeAt);
        GeoPoint? point = null;
        if (!string.IsNullOrWhiteSpace(latitude) || !string.IsNullOrWhiteSpace(longitude))
        {
            if (!FieldValues.TryReadDegrees(latitude, 90, out var lat))
            {
                return Reject(c.LatitudeAt, "Expected a latitude in decimal degrees from -90 to 90 (with a longitude).");
            }

            if (!FieldValues.TryReadDegrees(longitude, 180, out var lon))
            {
                return Reject(c.LongitudeAt, "Expected a longitude in decimal degrees from -180 to 180 (with a latitude).");
            }

            point = new GeoPoint(lat, lon);
        }

        // Who: the actor types, checked against each other and the names.
        if (!TryActorType(Cell(c.Inter1At), out var inter1))
        {
            return Reject(c.Inter1At, "Expected an actor type: a code 0 to 8 or a label such as 'State forces' or 'Rebel groups'.");
        }

        if (!TryActorType(Cell(c.Inter2At), out var inter2))
        {
            return Reject(c.Inter2At, "Expected an actor type: a code 0 to 8 or a label such as 'Civilians' or 'External/Other forces'.");
        }

        var actor1 = Cell(c.Actor1At)?.Trim() ?? string.Empty;
        var actor2 = Cell(c.Actor2At)?.Trim() ?? string.Empty;
        if (c.Inter1At >= 0 && c.Actor1At >= 0 && (actor1.Length == 0) != (inter1 == AcledActorType.None))
        {
            return Reject(c.Inter1At, actor1.Length == 0 ? "inter1 gives an actor type but actor1 is empty." : "actor1 is named, so inter1 must give its type (1 to 8).");
        }

        if (c.Inter2At >= 0 && c.Actor2At >= 0 && (actor2.Length == 0) != (inter2 == AcledActorType.None))
        {
            return Reject(c.Inter2At, actor2.Length == 0 ? "inter2 gives an actor type but actor2 is empty." : "actor2 is named, so inter2 must give its type (1 to 8).");
        }

        if (inter1 == AcledActorType.None && inter2 != AcledActorType.None)
        {
            return Reject(c.Inter1At, "An event with a second actor has a first actor: inter1 is 0 while inter2 is not.");
        }

        if (Cell(c.InteractionAt) is { } interactionText && !string.IsNullOrWhiteSpace(interactionText))
        {
            if (!AcledInteraction.TryParse(interactionText, out var interaction))
            {
                return Reject(c.InteractionAt, "Expected an interaction: a code such as 13 or 60, or a label such as 'State forces-Political militia' or 'Protesters only'.");
            }

            // Checked when both codes are in the file; a reduced file with one of them cannot say.
            if (c.Inter1At >= 0 && c.Inter2At >= 0 && interaction != new AcledInteraction(inter1, inter2))
            {
                var expected = new AcledInteraction(inter1, inter2);
                return Reject(c.InteractionAt, string.Create(CultureInfo.InvariantCulture, $"inter1 {(int)inter1} and inter2 {(int)inter2} make the interaction {expected.Code} ({expected.Label}), 10 × the lower code + the higher (10 × inter1 for one actor)."));
            }
        }

        foreach (var (at, cell) in (ReadOnlySpan<(int, string?)>)[(c.Actor1At, actor1), (c.AssocActor1At, Cell(c.AssocActor1At)), (c.Actor2At, actor2), (c.AssocActor2At, Cell(c.AssocActor2At))])
        {
            if (cell is not null && !AcledText.IsActorName(cell))
            {
                return Reject(at, "An actor's name is one line of at most 256 characters without control characters.");
            }
        }

        // How many were killed: the total, not attributed to a side; an empty cell is unknown, never zero.
        CasualtyTotals? totals = null;
        if (Cell(c.FatalitiesAt) is { } fatalities && !string.IsNullOrWhiteSpace(fatalities))
        {
            if (!FieldValues.TryReadWholeNumber(fatalities, out var killed))
            {
                return Reject(c.FatalitiesAt, "Expected a number of fatalities, a whole number of 0 or more (an empty cell is unknown).");
            }

            totals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(killed) };
        }

        // When ACLED last changed the row.
        Instant? updatedAt = null;
        if (Cell(c.TimestampAt) is { } timestamp && !string.IsNullOrWhiteSpace(timestamp))
        {
            if (!long.TryParse(timestamp.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
            {
                return Reject(c.TimestampAt, "Expected a timestamp in Unix seconds, such as 1700000000.");
            }

            updatedAt = Instant.FromUnixTimeSeconds(seconds);
        }

        // Countries: the codes and the name must not name two different countries.
        var countryName = Blank(Cell(c.CountryAt));
        if (CountryConflictOf(Cell(c.IsoAt), Cell(c.Iso3At), countryName) is { } conflict)
        {
            return Reject(conflict.At < 0 ? c.CountryAt : conflict.At == 0 ? c.IsoAt : c.Iso3At, conflict.Reason);
        }

        // Everything is checked: now resolve names, which may create actors and add governorates.
        // A party named twice (or two names of one actor) is one party.
        // Each array sized to what it can hold, so that the usual row (no duplicates) hands it over uncopied.
        var associated1 = AcledActors.SplitAssociated(Cell(c.AssocActor1At));
        var perpetrators = new Perpetrator[(actor1.Length > 0 ? 1 : 0) + associated1.Count];
        var perpetratorCount = 0;
        if (actor1.Length > 0)
        {
            perpetrators[perpetratorCount++] = Perpetrator(actor1, inter1, context);
        }

        foreach (var name in associated1)
        {
            AddOnce(perpetrators, ref perpetratorCount, Perpetrator(name, inter1, context));
        }

        var civilians = inter2 == AcledActorType.Civilians || (c.Inter2At < 0 && AcledActors.IsCivilians(actor2));

        // The groups associated with civilians (Farmers (Iraq), Women (Iraq)) describe the civilians hit; they stay in the origin.
        var associated2 = civilians ? [] : AcledActors.SplitAssociated(Cell(c.AssocActor2At));
        var targets = new AffectedParty[(actor2.Length > 0 ? 1 : 0) + associated2.Count];
        var targetCount = 0;
        if (actor2.Length > 0)
        {
            targets[targetCount++] = civilians ? AffectedParty.Civilians : Target(actor2, inter2, context);
        }

        foreach (var name in associated2)
        {
            AddOnce(targets, ref targetCount, Target(name, inter2, context));
        }

        var query = new PlaceQuery
        {
            Country = AcledText.PlaceName(countryName),
            Admin1 = AcledText.PlaceName(Cell(c.Admin1At)),
            Admin2 = AcledText.PlaceName(Cell(c.Admin2At)),
            Admin3 = AcledText.PlaceName(Cell(c.Admin3At)),
            Location = AcledText.PlaceName(Cell(c.LocationAt)),
            Code = AcledText.PlaceName(Cell(c.PcodeAt)),
        };
        if (query.Location is null && point is null && FallbackPlace(query) is null)
        {
            return context.Reject(row, null, "The row does not place the event: it has no location, admin names, country or coordinates.");
        }

        var match = context.ResolvePlace(query, point);
        var unresolved = match?.Unresolved ?? Names(query);

        var id = context.IdentifyIncident(row, Blank(Cell(c.EventIdAt)), updatedAt, out var origin);
        var incident = new Incident
        {
            Id = id,
            Kind = kind,
            Date = AcledScales.ToReportedDate(day, timePrecision),
            Location = new IncidentLocation
            {
                PlaceName = query.Location ?? (match is null && point is null ? FallbackPlace(query) : null),
                Territory = match?.Territory,
                Point = point,
                Precision = PrecisionOf(geoPrecision, point is not null),
            },
            Perpetrators = Sized(perpetrators, perpetratorCount),
            Targets = Sized(targets, targetCount),
            ReportedTotals = totals,
            Summary = AcledText.Summary(Cell(c.NotesAt)),
            Sources = context.DataSetSources(ConflictDataSet.Acled),
            Origin = origin,
        };
        return new ImportedRow { Line = row.Line, Row = row, Incident = incident, UnresolvedPlaces = unresolved };
    }

    private static Perpetrator Perpetrator(string name, AcledActorType type, ImportContext context) =>
        AcledActors.IsUnidentified(name)
            ? Incidents.Perpetrator.Unidentified
            : new Perpetrator(context.ResolveActor(name, ConflictDataSet.Acled, AcledActors.KindFor(type, name)), Attribution.Attributed);

    private static AffectedParty Target(string name, AcledActorType type, ImportContext context) =>
        AcledActors.IsUnidentified(name)
            ? AffectedParty.Unidentified
            : AffectedParty.Of(context.ResolveActor(name, ConflictDataSet.Acled, AcledActors.KindFor(type, name)));

    // A party named twice (or two names of one actor) is one party: added unless the first count already hold it.
    private static void AddOnce<T>(T[] parties, ref int count, T party)
    {
        if (Array.IndexOf(parties, party, 0, count) < 0)
        {
            parties[count++] = party;
        }
    }

    // The first count parties as an immutable array: the array itself when it is full (made here, never written again).
    private static ImmutableArray<T> Sized<T>(T[] parties, int count) =>
        count == 0 ? [] : count == parties.Length ? ImmutableCollectionsMarshal.AsImmutableArray(parties) : ImmutableArray.Create(parties, 0, count);

    private static bool TryActorType(string? cell, out AcledActorType type)
    {
        type = AcledActorType.None;
        return cell is null || AcledScales.TryParseActorType(cell, out type);
    }

    // The countries of the last row checked, and their verdict: a file's rows name the same country row after row, and the
    // verdict depends on the three cells alone. Kept in one immutable object, so that the mapper stays thread-safe.
    private (int At, string Reason)? CountryConflictOf(string? iso, string? iso3, string? name)
    {
        var last = lastCountryCheck;
        if (last is not null && string.Equals(last.Iso, iso, StringComparison.Ordinal) && string.Equals(last.Iso3, iso3, StringComparison.Ordinal)
            && string.Equals(last.Name, name, StringComparison.Ordinal))
        {
            return last.Conflict;
        }

        var conflict = CountryConflict(iso, CountryCodeKind.IsoNumeric, iso3, name);
        lastCountryCheck = new CountryCheck(iso, iso3, name, conflict);
        return conflict;
    }

    private static (int At, string Reason)? CountryConflict(string? iso, CountryCodeKind isoKind, string? iso3, string? name)
    {
        Country? byIso = Blank(iso) is { } isoCode ? Countries.Resolve(isoCode, isoKind).Country : null;
        Country? byIso3 = Blank(iso3) is { } iso3Code ? Countries.Resolve(iso3Code, CountryCodeKind.Iso3).Country : null;
        Country? byName = name is not null ? Countries.ResolveName(name).Country : null;
        if (byIso is not null && byName is not null && byIso != byName)
        {
            return (0, $"iso {iso!.Trim()} is {byIso.Name}, but country is '{name}' ({byName.Name}).");
        }

        if (byIso3 is not null && (byIso ?? byName) is { } other && byIso3 != other)
        {
            return (1, $"iso3 {iso3!.Trim()} is {byIso3.Name}, but the row's other country columns name {other.Name}.");
        }

        return null;
    }

    /// <summary>
    /// Gets the location precision of a row: <see cref="AcledScales.ToLocationPrecision"/>, except that a named place whose
    /// coordinates the row does not give is near that place, since the model's exact location carries its point.
    /// </summary>
    internal static LocationPrecision PrecisionOf(AcledGeoPrecision precision, bool hasPoint) =>
        precision == AcledGeoPrecision.NamedPlace && !hasPoint ? LocationPrecision.NearNamedPlace : AcledScales.ToLocationPrecision(precision);

    /// <summary>Gets the place name of a row without a location, territory or point: its narrowest admin name, else its country.</summary>
    internal static string? FallbackPlace(PlaceQuery query) => query.Admin3 ?? query.Admin2 ?? query.Admin1 ?? query.Country;

    private static string? Blank(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    private static ImmutableArray<string> Names(PlaceQuery query)
    {
        var names = new List<string>(5);
        foreach (var name in (ReadOnlySpan<string?>)[query.Admin1, query.Admin2, query.Admin3, query.Location, query.Code])
        {
            if (name is not null)
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    private AcledColumns ColumnsOf(SourceHeader header)
    {
        var cached = columns;
        if (cached is null || !ReferenceEquals(cached.Header, header))
        {
            cached = new AcledColumns(header);
            columns = cached;
        }

        return cached;
    }

    private sealed record CountryCheck(string? Iso, string? Iso3, string? Name, (int At, string Reason)? Conflict);
}
