namespace Coordination.Cli.Commands.Export;

/// <summary>What <c>coordination export --format</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>The catalog document (JSON), the default.</summary>
    Json = 0,

    /// <summary>The catalog's incidents as an ACLED export (the 31 columns since 2023, then any other column of the incidents' origins).</summary>
    Acled = 1,

    /// <summary>The catalog's incidents as a UCDP GED file (the 49 columns, then any other column of the incidents' origins).</summary>
    Ucdp = 2,

    /// <summary>The catalog on a date as GeoJSON (RFC 7946): territories, lines and their stretches covered or open, mechanisms and incidents.</summary>
    GeoJson = 3,

    /// <summary>The catalog's incidents, casualties, perpetrators and targets as Parquet files in a directory (see docs/parquet.md).</summary>
    Parquet = 4,
}
