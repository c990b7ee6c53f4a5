namespace Coordination.Domain.Interop.Ucdp;

/// <summary>The three kinds of UCDP GED release (see <see cref="UcdpRelease"/>).</summary>
public enum UcdpReleaseKind
{
    /// <summary>A monthly candidate release, <c>YY.0.M</c> (<c>25.0.3</c>: the events of March 2025, not yet final).</summary>
    MonthlyCandidate = 1,

    /// <summary>A quarterly candidate release, <c>YY.MM.YY.MM</c> (<c>25.01.25.03</c>: the events of January to March 2025, not yet final).</summary>
    QuarterlyCandidate = 2,

    /// <summary>The yearly final release, <c>YY.1</c> (<c>25.1</c>: every event up to the end of 2024).</summary>
    Final = 3,
}
