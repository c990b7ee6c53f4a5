namespace Coordination.Cli.Commands.Import;

/// <summary>The data set <c>coordination import --from</c> names.</summary>
internal enum ImportSource
{
    /// <summary>ACLED: a header no layout is recognised in is read as a reduced ACLED file.</summary>
    Acled = 1,

    /// <summary>UCDP GED: a header no layout is recognised in is read as UCDP GED's 49 columns, by name.</summary>
    Ucdp = 2,
}
