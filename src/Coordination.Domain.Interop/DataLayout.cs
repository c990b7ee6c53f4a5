namespace Coordination.Domain.Interop;

/// <summary>
/// The column layouts of the two data sets, detected from a file's header by <see cref="DataLayouts.Detect"/>
/// (columns are always found by name, never by position) or named by the caller in <see cref="ImportOptions.Layout"/>.
/// </summary>
public enum DataLayout
{
    /// <summary>An ACLED export since March 2023: 31 columns, <c>event_id_cnty</c> … <c>tags</c>, <c>timestamp</c>.</summary>
    AcledSince2023 = 1,

    /// <summary>An ACLED export before 2023: <c>data_id</c>, <c>event_id_no_cnty</c> and <c>iso3</c>, no <c>disorder_type</c>, <c>civilian_targeting</c> or <c>tags</c>.</summary>
    AcledBefore2023 = 2,

    /// <summary>A reduced or re-saved ACLED file: a subset of the columns (any case), recognised by ACLED's own column names.</summary>
    AcledSubset = 3,

    /// <summary>A UCDP GED file since release 20.1: 49 columns, <c>id</c>, <c>relid</c> … <c>gwnob</c>.</summary>
    UcdpGed = 4,

    /// <summary>An older UCDP GED file (release 19.1 and before): 42 columns, no <c>relid</c>, <c>code_status</c>, <c>*_dset_id</c> or <c>where_description</c>.</summary>
    UcdpGed42 = 5,

    /// <summary>UCDP GED as the Humanitarian Data Exchange publishes it: another order and subset, <c>start_year</c>, <c>end_year</c>, <c>iso3</c>, and an HXL hashtag row under the header.</summary>
    UcdpGedHdx = 6,
}
