using System;
using System.Diagnostics;
using Coordination.Domain.Catalog;
using FluentValidation;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Where the time and the allocations of <see cref="CoordinationCatalog.Validate"/> go
/// (<c>dotnet run -c Release -- --validation-profile</c>): the whole run, the incidents' own validator alone,
/// and each of the catalog's cross-record rules alone, per incident of a valid catalog of each shape.
/// A rough profile (one run after a warm-up, wall clock); BenchmarkDotNet's <see cref="ValidationBenchmarks"/> is the measurement.
/// </summary>
internal static class ValidationProfile
{
    private const int Count = 100_000;

    internal static void Run()
    {
        foreach (var shape in Enum.GetValues<IncidentShape>())
        {
            var catalog = SyntheticCatalog.CreateValid(Count, shape);
            var incidentValidator = CatalogRecordKinds.Incidents.CreateValidator();
            Console.WriteLine($"{shape}, {Count:N0} incidents:");
            Measure("  Validate()", () => catalog.Validate());
            Measure("  IncidentValidator on each incident", () =>
            {
                foreach (var incident in catalog.Incidents)
                {
                    incidentValidator.Validate(incident);
                }
            });
            Measure("  CatalogIdentityRules", () => new CatalogIdentityRules().Validate(catalog));
            Measure("  CatalogReferenceRules", () => new CatalogReferenceRules().Validate(catalog));
            Measure("  TerritoryHierarchyRules", () => new TerritoryHierarchyRules().Validate(catalog));
            Measure("  CatalogChronologyRules", () => new CatalogChronologyRules().Validate(catalog));
        }
    }

    private static void Measure(string what, Action action)
    {
        action(); // warm-up
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        action();
        var elapsed = clock.Elapsed;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"{what,-40} {elapsed.TotalMilliseconds,9:F1} ms {Count / elapsed.TotalSeconds,12:N0} records/s {allocated / (double)Count,10:N0} B/record");
    }
}
