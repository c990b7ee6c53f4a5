using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// The contract's name of each member of an enum, computed once: the converter reads and writes these,
/// the schema lists them, and <see cref="CoordinationJson.NameOf{TEnum}(TEnum)"/> gives them to callers.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumJsonNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct()
        .ToFrozenDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

    /// <summary>Gets every name, in the order of the enum's declaration.</summary>
    internal static ImmutableArray<string> All { get; } = [.. Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    /// <summary>Returns the contract's name of <paramref name="value"/>, or <see langword="null"/> when it is not a defined member.</summary>
    /// <param name="value">The member.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    internal static string? Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : null;
}
