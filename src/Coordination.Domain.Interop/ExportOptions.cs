namespace Coordination.Domain.Interop;

/// <summary>How <see cref="IncidentExporter"/> writes a file.</summary>
public sealed record ExportOptions
{
    /// <summary>Gets the layout to write; the default is <see cref="DataLayout.AcledSince2023"/>.</summary>
    public DataLayout Layout { get; init; } = DataLayout.AcledSince2023;

    /// <summary>Gets a value indicating whether an HXL hashtag row is written under the header (for HDX users).</summary>
    public bool IncludeHxlRow { get; init; }
}
