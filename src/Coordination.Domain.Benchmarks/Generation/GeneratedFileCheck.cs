using System;
using System.Collections.Generic;
using System.IO;
using Coordination.Domain.Catalog;
using Coordination.Domain.Interop;
using Coordination.Domain.Reference;

namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>
/// What importing a generated file gave: the rows imported and rejected, and whether the rejected rows are exactly
/// the rows the generator broke (<see cref="SyntheticConflictFile.IsProblem"/>).
/// </summary>
/// <param name="Rows">The data rows read.</param>
/// <param name="Imported">The rows imported as incidents.</param>
/// <param name="Rejected">The rows rejected.</param>
/// <param name="ExpectedRejected">The rows the generator broke.</param>
/// <param name="UnexpectedRejects">The first rejected rows the generator did not break (line and reason), at most ten.</param>
/// <param name="MissedProblems">How many broken rows were imported.</param>
/// <param name="Unplaced">How many imported incidents were put in no territory.</param>
/// <param name="Territories">How many territories the imported incidents were put in.</param>
public sealed record GeneratedFileCheck(long Rows, long Imported, long Rejected, long ExpectedRejected, IReadOnlyList<string> UnexpectedRejects, long MissedProblems, long Unplaced, int Territories)
{
    /// <summary>Gets whether the file imported as generated: every broken row rejected, and no other.</summary>
    public bool Passed => UnexpectedRejects.Count == 0 && MissedProblems == 0 && Rejected == ExpectedRejected;

    /// <summary>Imports a generated file as the <c>import</c> command does (into the reference catalog, with the governorates' geometry to place rows by their coordinates) and checks what was rejected.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="expectedRejected">How many rows the generator broke.</param>
    /// <returns>The check.</returns>
    /// <exception cref="InteropFormatException">The file's header is not a data set's.</exception>
    public static GeneratedFileCheck Run(Stream stream, long expectedRejected)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var importer = new IncidentImporter(ImportOptionsFor(ReferenceCatalog.Load()));
        long rows = 0, imported = 0, rejected = 0, missed = 0, unplaced = 0;
        var territories = new HashSet<Identifiers.TerritoryId>();
        var unexpected = new List<string>();
        foreach (var result in importer.Read(stream))
        {
            rows++;
            var index = result.Line - 2; // line 1 is the header
            switch (result)
            {
                case ImportedRow row:
                    imported++;
                    missed += SyntheticConflictFile.IsProblem(index) ? 1 : 0;
                    if (row.Incident.Location.Territory is { } territory)
                    {
                        territories.Add(territory);
                    }
                    else
                    {
                        unplaced++;
                    }

                    break;
                case RejectedRow reject:
                    rejected++;
                    if (!SyntheticConflictFile.IsProblem(index) && unexpected.Count < 10)
                    {
                        unexpected.Add($"line {reject.Line}: {reject.Column}: {reject.Reason}");
                    }

                    break;
            }
        }

        return new GeneratedFileCheck(rows, imported, rejected, expectedRejected, unexpected, missed, unplaced, territories.Count);
    }

    /// <summary>Gets the options the <c>import</c> command reads a file into a catalog with.</summary>
    /// <param name="catalog">The catalog imported into.</param>
    /// <returns>The options.</returns>
    public static ImportOptions ImportOptionsFor(CoordinationCatalog catalog) => new()
    {
        Catalog = catalog,
        Locator = Geo.TerritoryGeometry.IraqGovernorates,
    };
}
