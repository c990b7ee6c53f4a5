using System;
using System.Diagnostics;
using Coordination.Domain.Catalog;
using FluentValidation;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// Where the time and the allocations of <see cref="CoordinationCatalog.Validate"/> go
/// (<c>dotnet run -c Release -- --validation-profile</c>): the whole run, the incidents' own validator alone,
/// the fast check alone and each of the catalog's cross-record rules alone, per incident of a valid catalog of each shape;
/// then what <see cref="CoordinationCatalog.ValidateBounded"/> keeps of a catalog of 1 000 000 invalid incidents.
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
            Measure("  IsCertainlyValid on each incident", () =>
            {
                foreach (var incident in catalog.Incidents)
                {
                    Incidents.IncidentValidator.IsCertainlyValid(incident);
                }
            });
            Measure("  CatalogIdentityRules", () => new CatalogIdentityRules().Validate(catalog));
            Measure("  CatalogReferenceRules", () => new CatalogReferenceRules().Validate(catalog));
            Measure("  TerritoryHierarchyRules", () => new TerritoryHierarchyRules().Validate(catalog));
            Measure("  CatalogChronologyRules", () => new CatalogChronologyRules().Validate(catalog));
        }

        MeasureBounded();
    }

    // What a report of a catalog of a million invalid incidents keeps, beside what it allocates on the way.
    private static void MeasureBounded()
    {
        const int Invalid = 1_000_000;
        var catalog = SyntheticCatalog.CreateInvalid(Invalid);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var report = catalog.ValidateBounded();
        var elapsed = clock.Elapsed;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"ValidateBounded(), {Invalid:N0} invalid incidents: {report.FailureCount:N0} failures counted, {report.Failures.Length:N0} kept, "
            + $"{elapsed.TotalSeconds:F1} s, {allocated / (double)Invalid:N0} B/record allocated, {retained / 1024.0 / 1024.0:F1} MiB retained by the report");
        GC.KeepAlive(report);
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
