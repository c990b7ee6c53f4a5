using System;
using System.Globalization;

namespace Coordination.Domain.Interop.LivingData;

/// <summary>
/// Orders UCDP GED release names by the period their data reaches: the yearly final release <c>YY.1</c> covers
/// the year before (<c>25.1</c> ends with December 2024, final); a monthly candidate <c>YY.0.M</c> ends with month
/// M of year YY; a quarterly candidate <c>YY.01.YY.MM</c> ends with month MM. At the same end, a final release
/// comes after a candidate. PLACEHOLDER until <c>Ucdp/UcdpRelease</c> lands; then this delegates to it.
/// </summary>
internal static class ReleaseOrder
{
    /// <summary>Compares two release names.</summary>
    /// <param name="left">A release name, or <see langword="null"/>.</param>
    /// <param name="right">Another.</param>
    /// <returns>A negative number when <paramref name="left"/> is earlier, positive when later, zero when the same; <see langword="null"/> when either is missing or not a UCDP release name.</returns>
    public static int? Compare(string? left, string? right) =>
        KeyOf(left) is { } l && KeyOf(right) is { } r ? l.CompareTo(r) : null;

    private static (int Year, int Month, int Final)? KeyOf(string? release)
    {
        if (string.IsNullOrWhiteSpace(release))
        {
            return null;
        }

        var parts = release.Trim().Split('.');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is 0 or > 4 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers switch
        {
            [var year, 1] => (year - 1, 12, 1),
            [var year, 0, var month] when month is >= 1 and <= 12 => (year, month, 0),
            [_, 1, var year, var month] when month is >= 1 and <= 12 => (year, month, 0),
            _ => null,
        };
    }
}
