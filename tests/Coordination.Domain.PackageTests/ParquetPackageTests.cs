using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coordination.Domain.Parquet;
using Coordination.Domain.Reference;
using Parquet;
using Xunit;

namespace Coordination.Domain.PackageTests;

/// <summary>Coordination.Domain.Parquet as a consumer of the packed package uses it: the reference catalog written as Parquet, partitioned and not, and read back.</summary>
public sealed class ParquetPackageTests
{
    [Theory]
    [InlineData(ParquetPartitioning.None)]
    [InlineData(ParquetPartitioning.ByYear)]
    public async Task The_reference_catalog_is_written_as_Parquet_and_every_incident_reads_back(ParquetPartitioning partitioning)
    {
        var directory = Path.Combine(Path.GetTempPath(), "coordination-package-parquet-" + Guid.NewGuid().ToString("N"));
        try
        {
            var catalog = ReferenceCatalog.Load();
            var summary = await ParquetExport.WriteAsync(catalog, directory, new ParquetExportOptions { Partitioning = partitioning }, TestContext.Current.CancellationToken);

            Assert.Equal(catalog.Incidents.Length, summary.IncidentRows);
            Assert.Equal(partitioning == ParquetPartitioning.ByYear, summary.IsPartitioned);
            long rows = 0;
            foreach (var file in summary.Files.Where(f => f.StartsWith("incidents/", StringComparison.Ordinal)))
            {
                await using var reader = await ParquetReader.CreateAsync(Path.Combine(directory, file), cancellationToken: TestContext.Current.CancellationToken);
                Assert.Contains(reader.Schema.DataFields, f => f.Name == "date_start");
                for (var i = 0; i < reader.RowGroupCount; i++)
                {
                    using var group = reader.OpenRowGroupReader(i);
                    rows += group.RowCount;
                }
            }

            Assert.Equal(catalog.Incidents.Length, rows);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
