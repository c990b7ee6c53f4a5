using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Reference;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Coordination.Domain.Interop.Tests.Acled.AcledTesting;

namespace Coordination.Domain.Interop.Tests.Acled;

public sealed class AcledRoundTripTests
{

    [Property(Arbitrary = new[] { typeof(AcledGenerators) }, MaxTest = 300)]
    public Property Exporting_what_was_imported_gives_back_every_column_of_every_row(GeneratedFile file)
    {
        var context = Context();
        var header = Header(file.Columns, file.Layout);
        var mapper = new AcledRowMapper();
        var incidents = new List<Incident>();
        foreach (var values in file.Rows)
        {
            var row = new SourceRow(header, incidents.Count + 2, [.. file.Columns.Select(c => values[c])]);
            if (mapper.Map(row, context) is not ImportedRow imported)
            {
                return false.Label($"row {incidents.Count + 2} was rejected: {mapper.Map(row, context)}");
            }

            incidents.Add(imported.Incident);
        }

        var catalog = CatalogAfter(context);
        var problems = new List<string>();
        for (var r = 0; r < incidents.Count; r++)
        {
            var exported = Export(incidents[r], catalog, file.Columns, file.Layout);
            foreach (var column in file.Columns)
            {
                var original = file.Rows[r][column];
                if (!SameAfterNormalising(column, original, exported[column]))
                {
                    problems.Add($"row {r + 2}, {column}: '{original}' became '{exported[column]}'");
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("\n", problems));
    }

    [Property(Arbitrary = new[] { typeof(AcledGenerators) }, MaxTest = 300)]
    public Property Importing_what_was_exported_gives_back_the_incident_origin_aside(Incident incident)
    {
        var catalog = ReferenceCatalog.Load().With(new Provenance.Source { Id = Identifiers.SourceId.Parse("acled"), Publisher = "ACLED", Title = "ACLED event data" });
        var results = new List<string>();
        foreach (var layout in (DataLayout[])[DataLayout.AcledSince2023, DataLayout.AcledBefore2023])
        {
            var columns = DataLayouts.ColumnsOf(layout);
            var exported = Export(incident, catalog, columns, layout);
            var result = new AcledRowMapper().Map(Row(exported, columns), Context());
            if (result is not ImportedRow imported)
            {
                results.Add($"{layout}: rejected: {result}");
            }
            else if (!imported.Incident.Equals(incident with { Origin = imported.Incident.Origin }))
            {
                results.Add($"{layout}: read back as {Describe(imported.Incident)}\nfrom {string.Join(" | ", columns.Select(c => exported[c]))}");
            }
        }

        return (results.Count == 0).Label($"{Describe(incident)}\n{string.Join("\n", results)}");
    }

    private static string Describe(Incident incident) =>
        $"{incident.Id} {incident.Kind} {incident.Date} at {incident.Location} by [{string.Join(", ", incident.Perpetrators)}] on [{string.Join(", ", incident.Targets)}] killed {incident.ReportedTotals?.Killed} '{incident.Summary}'";
}
