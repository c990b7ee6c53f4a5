using System;
using System.Globalization;

namespace Coordination.Domain.Interop;

/// <summary>
/// The numbers of a row's fields as both data sets write them, read one way for every column that holds them: whole
/// numbers (counts, codes, fatalities; a spreadsheet's re-saved <c>3.0</c> accepted, a fraction, sign or exponent refused)
/// and coordinates in decimal degrees (invariant culture).
/// </summary>
internal static class FieldValues
{
    /// <summary>Reads a whole number of at most ten digits, surrounded by white space or not, written as <c>3</c> or <c>3.0</c>.</summary>
    /// <param name="text">The field's value.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a whole number that fits an <see cref="int"/>.</returns>
    internal static bool TryReadWholeNumber(string? text, out int value)
    {
        value = 0;
        var span = text.AsSpan().Trim();
        var dot = span.IndexOf('.');
        if (dot >= 0)
        {
            var fraction = span[(dot + 1)..];
            if (fraction.IsEmpty || fraction.ContainsAnyExcept('0'))
            {
                return false;
            }

            span = span[..dot];
        }

        return span.Length is > 0 and <= 10 && !span.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a coordinate in decimal degrees between -<paramref name="limit"/> and <paramref name="limit"/>.</summary>
    /// <param name="text">The field's value.</param>
    /// <param name="limit">90 for a latitude, 180 for a longitude.</param>
    /// <param name="value">The coordinate, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a finite number within the limit.</returns>
    internal static bool TryReadDegrees(string? text, double limit, out double value)
    {
        var span = text.AsSpan().Trim();
        value = 0;
        return span.Length is > 0 and <= 32
            && double.TryParse(span, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value) && value >= -limit && value <= limit;
    }
}
