using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Coordination.Domain.Interop.Ucdp;

/// <summary>
/// A UCDP GED release, read from its name: the yearly final release <c>YY.N</c> (<c>25.1</c>), a monthly candidate
/// <c>YY.0.M</c> (<c>25.0.3</c>) or a quarterly candidate <c>YY.MM.YY.MM</c> (<c>25.01.25.03</c>). A current GED is
/// the latest final release plus the candidates published since, de-duplicated by event id with the latest release
/// winning; the order of this type is that "latest".
/// </summary>
/// <remarks>
/// <para>Names are read with <c>.</c> or <c>_</c> between the numbers (<c>GEDEvent_v25_1.csv</c> gives <c>25_1</c>)
/// and an optional leading <c>v</c>; two-digit years are of the 2000s. <see cref="ToString"/> writes the canonical
/// name (<c>25.1</c>, <c>25.0.3</c>, <c>25.01.25.03</c>), so names that read the same are equal.</para>
/// <para>Ordering is by the last month of events a release covers (<see cref="LastMonth"/>: December of the year
/// before for a final release <c>YY.1</c>, the month for a monthly candidate, the last month for a quarterly one),
/// then, for the same month, monthly before quarterly before final (the final release supersedes the candidates of
/// its year), then by <see cref="Version"/>, then by <see cref="FirstMonth"/>. So <c>24.0.12</c> &lt;
/// <c>24.10.24.12</c> &lt; <c>25.1</c> &lt; <c>25.0.1</c> &lt; <c>25.01.25.03</c> &lt; <c>26.1</c>. Equality
/// compares every member and agrees with the order.</para>
/// <para><c>default(UcdpRelease)</c> is no release: its <see cref="Kind"/> is 0, it sorts before every release and
/// formats as an empty string.</para>
/// </remarks>
public readonly record struct UcdpRelease : IComparable<UcdpRelease>
{
    private UcdpRelease(UcdpReleaseKind kind, YearMonth first, YearMonth last, int version)
    {
        Kind = kind;
        FirstMonth = first;
        LastMonth = last;
        Version = version;
    }

    /// <summary>Gets the kind of release; 0 for <c>default(UcdpRelease)</c>.</summary>
    public UcdpReleaseKind Kind { get; }

    /// <summary>Gets the year the release is named for (2025 for <c>25.1</c>, <c>25.0.3</c> and <c>25.01.25.03</c>).</summary>
    public int Year => Kind == UcdpReleaseKind.Final ? LastMonth.Year + 1 : Kind == 0 ? 0 : FirstMonth.Year;

    /// <summary>Gets the first month of events the release covers: for a candidate its first month, for a final release the UCDP GED's first month, January 1989.</summary>
    public YearMonth FirstMonth { get; }

    /// <summary>Gets the last month of events the release covers: December 2024 for <c>25.1</c>, March 2025 for <c>25.0.3</c> and <c>25.01.25.03</c>.</summary>
    public YearMonth LastMonth { get; }

    /// <summary>Gets the number after the year of a final release (1 for <c>25.1</c>); 0 for a candidate.</summary>
    public int Version { get; }

    /// <summary>Gets a value indicating whether the release is a candidate (monthly or quarterly), to be superseded by a final release.</summary>
    public bool IsCandidate => Kind is UcdpReleaseKind.MonthlyCandidate or UcdpReleaseKind.QuarterlyCandidate;

    /// <summary>Reads a release's name.</summary>
    /// <param name="text">The name, for example <c>25.1</c>, <c>25.0.3</c>, <c>25.01.25.03</c> or <c>v25_1</c>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not the name of a UCDP GED release.</exception>
    public static UcdpRelease Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var release)
            ? release
            : throw new FormatException($"'{Shorten(text)}' is not a UCDP GED release; expected YY.N (25.1), YY.0.M (25.0.3) or YY.MM.YY.MM (25.01.25.03).");
    }

    /// <summary>Tries to read a release's name.</summary>
    /// <param name="text">The name; may be <see langword="null"/>.</param>
    /// <param name="release">The release, or <c>default</c> when the name is not one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a release.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out UcdpRelease release)
    {
        release = default;
        if (text is null || text.Length > 32)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'v' || span[0] == 'V'))
        {
            span = span[1..];
        }

        Span<int> parts = stackalloc int[4];
        var count = 0;
        while (true)
        {
            var end = span.IndexOfAny('.', '_');
            var part = end < 0 ? span : span[..end];
            if (count == 4 || part.IsEmpty || part.Length > 2 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out parts[count]))
            {
                return false;
            }

            count++;
            if (end < 0)
            {
                break;
            }

            span = span[(end + 1)..];
        }

        switch (count)
        {
            case 2 when parts[1] >= 1:
                release = new UcdpRelease(UcdpReleaseKind.Final, new YearMonth(1989, 1), new YearMonth(2000 + parts[0] - 1, 12), parts[1]);
                return true;
            case 3 when parts[1] == 0 && parts[2] is >= 1 and <= 12:
                var month = new YearMonth(2000 + parts[0], parts[2]);
                release = new UcdpRelease(UcdpReleaseKind.MonthlyCandidate, month, month, 0);
                return true;
            case 4 when parts[1] is >= 1 and <= 12 && parts[3] is >= 1 and <= 12:
                var first = new YearMonth(2000 + parts[0], parts[1]);
                var last = new YearMonth(2000 + parts[2], parts[3]);
                if (last < first)
                {
                    return false;
                }

                release = new UcdpRelease(UcdpReleaseKind.QuarterlyCandidate, first, last, 0);
                return true;
            default:
                return false;
        }
    }

    /// <inheritdoc/>
    public int CompareTo(UcdpRelease other)
    {
        if (Kind == 0 || other.Kind == 0)
        {
            return (Kind == 0 ? 0 : 1) - (other.Kind == 0 ? 0 : 1);
        }

        var order = LastMonth.CompareTo(other.LastMonth);
        if (order == 0)
        {
            order = Kind.CompareTo(other.Kind);
        }

        if (order == 0)
        {
            order = Version.CompareTo(other.Version);
        }

        return order != 0 ? order : FirstMonth.CompareTo(other.FirstMonth);
    }

    /// <summary>Formats the release's canonical name: <c>25.1</c>, <c>25.0.3</c> or <c>25.01.25.03</c>; empty for <c>default</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Kind switch
    {
        UcdpReleaseKind.Final => string.Create(CultureInfo.InvariantCulture, $"{(LastMonth.Year + 1) % 100:00}.{Version}"),
        UcdpReleaseKind.MonthlyCandidate => string.Create(CultureInfo.InvariantCulture, $"{FirstMonth.Year % 100:00}.0.{FirstMonth.Month}"),
        UcdpReleaseKind.QuarterlyCandidate => string.Create(CultureInfo.InvariantCulture, $"{FirstMonth.Year % 100:00}.{FirstMonth.Month:00}.{LastMonth.Year % 100:00}.{LastMonth.Month:00}"),
        _ => string.Empty,
    };

    /// <summary>Tells whether <paramref name="left"/> is an earlier release than <paramref name="right"/>.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <(UcdpRelease left, UcdpRelease right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> is a later release than <paramref name="right"/>.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >(UcdpRelease left, UcdpRelease right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> is the same release as <paramref name="right"/> or an earlier one.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator <=(UcdpRelease left, UcdpRelease right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> is the same release as <paramref name="right"/> or a later one.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>The result of the comparison.</returns>
    public static bool operator >=(UcdpRelease left, UcdpRelease right) => left.CompareTo(right) >= 0;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
