using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Coordination.Domain.Internal;

/// <summary>
/// Argument checks, one line at the top of a member. The throw lives in a separate method so the
/// check itself stays small enough to inline.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName);
        }

        return value;
    }

    internal static void CheckArgumentRange(string paramName, double value, double minInclusive, double maxInclusive)
    {
        // Written so that NaN fails the check: every comparison with NaN is false.
        if (!(value >= minInclusive && value <= maxInclusive))
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>Checks an argument whose message is an interpolated string, formatted only when the check fails.</summary>
    /// <param name="expression">The check's outcome.</param>
    /// <param name="paramName">The argument's name.</param>
    /// <param name="message">The message, made by the handler only when <paramref name="expression"/> is <see langword="false"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="expression"/> is <see langword="false"/>.</exception>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, [InterpolatedStringHandlerArgument(nameof(expression))] ref CheckMessageHandler message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message.ToStringAndClear());
        }
    }

    internal static void CheckNoNullElements<T>(ImmutableArray<T> values, string paramName, string message)
        where T : class
    {
        if (!values.IsDefault && values.Contains(null!))
        {
            ThrowArgumentNull(paramName, message);
        }
    }

    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowArgumentOutOfRange(paramName, value, $"{value} is not a defined {typeof(TEnum).Name} value.");
        }
    }

    [DoesNotReturn]
    private static void ThrowArgumentNull(string? paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    private static void ThrowArgumentNull(string paramName, string message) => throw new ArgumentNullException(paramName, message);

    [DoesNotReturn]
    private static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    private static void ThrowArgumentOutOfRange<T>(string paramName, T value, T minInclusive, T maxInclusive) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{minInclusive}-{maxInclusive}].");

    [DoesNotReturn]
    private static void ThrowArgumentOutOfRange<T>(string paramName, T value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);
}
