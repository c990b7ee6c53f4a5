using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Coordination.Domain.Identifiers;
using NodaTime;
using NodaTime.Text;

namespace Coordination.Cli.StandIns;

/// <summary>
/// TEMPORARY (stand-in for <c>CoordinationJson.Deserialize</c>; delete with <see cref="StandInCatalogFormat"/>):
/// a JSON value with its path, and strict accessors that throw <see cref="JsonException"/> naming the path.
/// </summary>
/// <param name="Value">The value.</param>
/// <param name="Path">Its JSON path.</param>
internal readonly record struct StandInElement(JsonElement Value, string Path)
{
    /// <summary>The longest string accepted, in characters.</summary>
    public const int MaxStringLength = 64 * 1024;

    /// <summary>Checks that the value is an object with no member outside <paramref name="members"/>.</summary>
    /// <param name="members">The members the contract allows.</param>
    /// <returns>This element.</returns>
    public StandInElement Object(params string[] members)
    {
        Expect(JsonValueKind.Object, "an object");
        foreach (var property in Value.EnumerateObject())
        {
            if (System.Array.IndexOf(members, property.Name) < 0)
            {
                throw Error($"'{Clip(property.Name)}' is not a member of this object; the contract allows {string.Join(", ", members)}");
            }
        }

        return this;
    }

    /// <summary>Gets a member the contract requires.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The member.</returns>
    public StandInElement Required(string name) =>
        Optional(name) ?? throw Error($"the required member '{name}' is missing");

    /// <summary>Gets an optional member; <see langword="null"/> when absent or null.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The member, if present.</returns>
    public StandInElement? Optional(string name) =>
        Value.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new StandInElement(value, $"{Path}.{name}") : null;

    /// <summary>Reads an optional array member; empty when absent.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="name">The member's name.</param>
    /// <param name="read">Reads one element.</param>
    /// <returns>The elements.</returns>
    public ImmutableArray<T> Array<T>(string name, Func<StandInElement, T> read)
    {
        if (Optional(name) is not { } array)
        {
            return [];
        }

        array.Expect(JsonValueKind.Array, "an array");
        var items = ImmutableArray.CreateBuilder<T>(array.Value.GetArrayLength());
        var index = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            items.Add(read(new StandInElement(item, $"{array.Path}[{index++}]")));
        }

        return items.MoveToImmutable();
    }

    /// <summary>Reads a string, at most <see cref="MaxStringLength"/> characters.</summary>
    /// <returns>The string.</returns>
    public string String()
    {
        Expect(JsonValueKind.String, "a string");
        var text = Value.GetString()!;
        return text.Length <= MaxStringLength ? text : throw Error($"the string is {text.Length:#,0} characters long, more than the limit of {MaxStringLength:#,0}");
    }

    /// <summary>Reads a Boolean.</summary>
    /// <returns>The value.</returns>
    public bool Boolean() => Value.ValueKind is JsonValueKind.True or JsonValueKind.False ? Value.GetBoolean() : throw Error("expected true or false");

    /// <summary>Reads a 32-bit integer.</summary>
    /// <returns>The value.</returns>
    public int Int32()
    {
        Expect(JsonValueKind.Number, "a number");
        return Value.TryGetInt32(out var value) ? value : throw Error($"{Clip(Value.GetRawText())} is not a whole number between {int.MinValue} and {int.MaxValue}");
    }

    /// <summary>Reads a finite double.</summary>
    /// <returns>The value.</returns>
    public double Double()
    {
        Expect(JsonValueKind.Number, "a number");
        return Value.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw Error($"{Clip(Value.GetRawText())} is not a finite number");
    }

    /// <summary>Reads a decimal written as a string (<c>"5000000000"</c>).</summary>
    /// <returns>The value.</returns>
    public decimal DecimalString() =>
        decimal.TryParse(String(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value : throw Error("expected a decimal number written as a string, such as \"5000000000\"");

    /// <summary>Reads an identifier.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <returns>The identifier.</returns>
    public TId Id<TId>()
        where TId : struct, IIdentifier<TId> =>
        TId.TryParse(String(), out var id) ? id : throw Error($"'{Clip(Value.GetString()!)}' is not a valid {typeof(TId).Name} (lowercase letters, digits and single hyphens)");

    /// <summary>Reads an enum member written in camelCase.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The member.</returns>
    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        var text = String();
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (JsonNamingPolicy.CamelCase.ConvertName(value.ToString()) == text)
            {
                return value;
            }
        }

        throw Error($"'{Clip(text)}' is not one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))}");
    }

    /// <summary>Reads an ISO date (<c>uuuu-MM-dd</c>).</summary>
    /// <returns>The date.</returns>
    public LocalDate Date() =>
        LocalDatePattern.Iso.Parse(String()) is { Success: true } result ? result.Value : throw Error($"'{Clip(Value.GetString()!)}' is not a date in the form uuuu-MM-dd");

    /// <summary>Reads a time of day (<c>HH:mm:ss</c>).</summary>
    /// <returns>The time.</returns>
    public LocalTime Time() =>
        LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss").Parse(String()) is { Success: true } result ? result.Value : throw Error($"'{Clip(Value.GetString()!)}' is not a time in the form HH:mm:ss");

    /// <summary>Builds a domain value, turning the argument checks of its constructor into a <see cref="JsonException"/> at this path.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="build">Builds the value.</param>
    /// <returns>The value.</returns>
    public T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            throw Error(e.Message);
        }
    }

    /// <summary>Creates the exception for a problem at this path.</summary>
    /// <param name="message">What is wrong.</param>
    /// <returns>The exception.</returns>
    public JsonException Error(string message) => new(message, Path, null, null);

    private static string Clip(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "…");

    private void Expect(JsonValueKind kind, string what)
    {
        if (Value.ValueKind != kind)
        {
            throw Error($"expected {what}, found {Describe(Value.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a Boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
