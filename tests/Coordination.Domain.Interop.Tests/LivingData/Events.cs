using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Temporal;
using NodaTime;

namespace Coordination.Domain.Interop.Tests.LivingData;

/// <summary>Hand-made versions of data-set events, as the importer would make them.</summary>
internal static class Events
{
    public static readonly SourceId AcledSource = SourceId.Parse("acled");

    public static readonly SourceId UcdpSource = SourceId.Parse("ucdp-ged");

    public static ImportedRecords Records => new()
    {
        Sources =
        [
            new Source { Id = AcledSource, Publisher = "ACLED", Title = "ACLED events" },
            new Source { Id = UcdpSource, Publisher = "UCDP", Title = "UCDP Georeferenced Event Dataset" },
        ],
    };

    /// <summary>An ACLED event's version: <paramref name="fatalities"/> killed, last updated at Unix second <paramref name="timestamp"/> (null: no timestamp column).</summary>
    public static Incident AcledEvent(string eventId, long? timestamp, int fatalities = 1, string? release = null)
    {
        var fields = ImmutableArray.Create(
            new OriginField("event_id_cnty", eventId),
            new OriginField("event_date", "2021-05-01"),
            new OriginField("fatalities", fatalities.ToString(CultureInfo.InvariantCulture)));
        if (timestamp is { } t)
        {
            fields = fields.Add(new OriginField("timestamp", t.ToString(CultureInfo.InvariantCulture)));
        }

        return Incident("acled-" + eventId.ToLowerInvariant(), AcledSource, fatalities, new RecordOrigin
        {
            DataSet = "ACLED",
            Release = release,
            EventId = eventId,
            UpdatedAt = timestamp is { } s ? Instant.FromUnixTimeSeconds(s) : null,
            Fields = fields,
        });
    }

    /// <summary>A UCDP GED event's version in a release.</summary>
    public static Incident UcdpEvent(long id, string? release, int best = 1)
    {
        var text = id.ToString(CultureInfo.InvariantCulture);
        return Incident("ucdp-ged-" + text, UcdpSource, best, new RecordOrigin
        {
            DataSet = "UCDP GED",
            Release = release,
            EventId = text,
            Fields = [new OriginField("id", text), new OriginField("best", best.ToString(CultureInfo.InvariantCulture))],
        });
    }

    public static ImportedRow Row(Incident incident, long line = 2)
    {
        var columns = incident.Origin!.Fields.Select(f => f.Column).ToImmutableArray();
        var layout = incident.Origin.DataSet == "ACLED" ? DataLayout.AcledSubset : DataLayout.UcdpGed;
        var header = new SourceHeader(columns, layout);
        return new ImportedRow
        {
            Line = line,
            Row = new SourceRow(header, line, incident.Origin.Fields.Select(f => f.Value).ToImmutableArray()),
            Incident = incident,
        };
    }

    public static Incident HandWritten(string id) => new()
    {
        Id = IncidentId.Parse(id),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1)),
        Location = new IncidentLocation { PlaceName = "Makhmour", Precision = LocationPrecision.Region },
        Sources = [AcledSource],
    };

    public static Actor Actor(string id) => new() { Id = ActorId.Parse(id), Kind = ActorKind.NonStateArmedGroup, Names = NameSet.Of("Group " + id) };

    private static Incident Incident(string id, SourceId source, int killed, RecordOrigin origin) => new()
    {
        Id = IncidentId.Parse(id),
        Kind = IncidentKind.ArmedClash,
        Date = ReportedDate.OnDay(new LocalDate(2021, 5, 1)),
        Location = new IncidentLocation { PlaceName = "Makhmour", Precision = LocationPrecision.Region },
        ReportedTotals = new CasualtyTotals { Killed = CasualtyEstimate.Exactly(killed) },
        Sources = [source],
        Origin = origin,
    };
}
