using System;
using System.Runtime.CompilerServices;

namespace Coordination.Domain.Internal;

/// <summary>
/// The message of a <see cref="Preconditions.CheckArgument(bool, string, ref CheckMessageHandler)"/> written as an interpolated
/// string: formatted only when the check fails, so that a check that passes (every valid value made) costs no string. The text
/// is the one the same interpolated string makes as a <see cref="string"/> (current culture, as string interpolation does).
/// </summary>
[InterpolatedStringHandler]
internal ref struct CheckMessageHandler
{
    private DefaultInterpolatedStringHandler inner;
    private readonly bool formatting;

    /// <summary>Initializes the handler for a check whose outcome is <paramref name="expression"/>.</summary>
    /// <param name="literalLength">The number of literal characters.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="expression">The check's outcome; the message is made only when it is <see langword="false"/>.</param>
    /// <param name="shouldAppend">Whether the holes are to be formatted.</param>
    public CheckMessageHandler(int literalLength, int formattedCount, bool expression, out bool shouldAppend)
    {
        formatting = !expression;
        // Stryker disable once Conditional : a default handler also formats (it rents on first append); the choice only avoids renting for a passing check
        inner = formatting ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        shouldAppend = formatting;
    }

    /// <summary>Appends literal text.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    /// <summary>Appends a value with a format.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format string.</param>
    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    /// <summary>Appends a span of characters.</summary>
    /// <param name="value">The characters.</param>
    public void AppendFormatted(ReadOnlySpan<char> value) => inner.AppendFormatted(value);

    /// <summary>Appends a string.</summary>
    /// <param name="value">The string.</param>
    public void AppendFormatted(string? value) => inner.AppendFormatted(value);

    /// <summary>Gets the message made, and releases the handler's buffer.</summary>
    /// <returns>The message, or empty when the check passed.</returns>
    // Stryker disable once Conditional,String : only a failing check reads its message, and a default handler reads as empty anyway
    public string ToStringAndClear() => formatting ? inner.ToStringAndClear() : string.Empty;
}
