using System.Globalization;

namespace Coordination.Domain.Geo.Maps;

/// <summary>Numbers as the SVG is written: invariant culture, at most two decimals, no exponent.</summary>
internal static class SvgNumber
{
    /// <summary>Formats a number of pixels.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, such as <c>12.5</c>.</returns>
    public static string Of(double value)
    {
        var rounded = System.Math.Round(value, 2);
        return (rounded == 0 ? 0.0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a coordinate in degrees (six decimals, about 0.1 m; never a negative zero).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Degrees(double value)
    {
        var rounded = System.Math.Round(value, 6);
        return (rounded == 0 ? 0.0 : rounded).ToString("0.######", CultureInfo.InvariantCulture);
    }
}
