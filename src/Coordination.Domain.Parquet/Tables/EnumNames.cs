using System;
using System.Collections.Frozen;
using System.Linq;
using System.Text.Json;

namespace Coordination.Domain.Parquet.Tables;

/// <summary>The names an enum's values have in the files: camelCase, the words of the JSON contract.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

    /// <summary>Gets every name, in the order of the values.</summary>
    public static string[] All { get; } = [.. Enum.GetValues<TEnum>().Select(value => Names[value])];

    /// <summary>The name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string Of(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} value.");
}
