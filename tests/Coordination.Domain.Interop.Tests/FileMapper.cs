using System.Globalization;
using Coordination.Domain.Actors;
using Coordination.Domain.Geography;
using Coordination.Domain.Incidents;
using Coordination.Domain.Temporal;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Domain.Interop.Tests;

/// <summary>
/// A mapper for tests of the file side of the importer, independent of the data sets' mappers: an ISO <c>event_date</c>
/// (else rejected naming the column), the event id from <c>event_id_cnty</c> or <c>id</c> (derived when blank or absent),
/// <c>actor1</c> resolved as the perpetrator, <c>location</c> as the place name, <c>timestamp</c> as Unix seconds.
/// </summary>
internal sealed class FileMapper : IRowMapper
{
    public RowResult Map(SourceRow row, ImportContext context)
    {
        var date = row["event_date"] ?? row["date_start"];
        if (date is null || !LocalDatePattern.Iso.Parse(date).TryGetValue(default, out var day))
        {
            return context.Reject(row, row["event_date"] is null ? "date_start" : "event_date", "Expected an ISO date uuuu-MM-dd.");
        }

        Instant? updatedAt = long.TryParse(row["timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? Instant.FromUnixTimeSeconds(seconds) : null;
        var id = context.IdentifyIncident(row, row["event_id_cnty"] ?? row["id"], updatedAt, out var origin);
        var actor = row["actor1"];
        return new ImportedRow
        {
            Line = row.Line,
            Row = row,
            Incident = new Incident
            {
                Id = id,
                Kind = IncidentKind.ArmedClash,
                Date = ReportedDate.OnDay(day),
                Location = new IncidentLocation { PlaceName = string.IsNullOrWhiteSpace(row["location"]) ? "unknown" : row["location"], Precision = LocationPrecision.NearNamedPlace },
                Perpetrators = string.IsNullOrWhiteSpace(actor) ? [] : [new Perpetrator(context.ResolveActor(actor, row.Header.DataSet, ActorKind.NonStateArmedGroup), Attribution.Attributed)],
                Sources = [context.DataSetSource(row.Header.DataSet)],
                Origin = origin,
            },
        };
    }
}
