using System.Collections.Immutable;

namespace Coordination.Domain.Parquet;

/// <summary>What <see cref="ParquetExport"/> wrote: the files and the number of rows of each table. Compared by reference.</summary>
public sealed class ParquetExportSummary
{
    internal ParquetExportSummary(string directory, bool isPartitioned, ImmutableArray<string> files, ImmutableArray<int> years, long incidentRows, long casualtyRows, long perpetratorRows, long targetRows)
    {
        Directory = directory;
        IsPartitioned = isPartitioned;
        Files = files;
        Years = years;
        IncidentRows = incidentRows;
        CasualtyRows = casualtyRows;
        PerpetratorRows = perpetratorRows;
        TargetRows = targetRows;
    }

    /// <summary>Gets the full path of the directory written to.</summary>
    public string Directory { get; }

    /// <summary>Gets a value indicating whether the files were partitioned by year (<c>&lt;table&gt;/year=YYYY/</c> folders).</summary>
    public bool IsPartitioned { get; }

    /// <summary>Gets the files written, relative to <see cref="Directory"/> with <c>/</c> between folders, in ordinal order.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Gets the years that have a partition, in order; empty when the files are not partitioned.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Gets the number of rows of the <c>incidents</c> table: one per incident.</summary>
    public long IncidentRows { get; }

    /// <summary>Gets the number of rows of the <c>casualties</c> table: one per element of an incident's <see cref="Incidents.Incident.Casualties"/>.</summary>
    public long CasualtyRows { get; }

    /// <summary>Gets the number of rows of the <c>perpetrators</c> table: one per element of an incident's <see cref="Incidents.Incident.Perpetrators"/>.</summary>
    public long PerpetratorRows { get; }

    /// <summary>Gets the number of rows of the <c>targets</c> table: one per element of an incident's <see cref="Incidents.Incident.Targets"/>.</summary>
    public long TargetRows { get; }
}
