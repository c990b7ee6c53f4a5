using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Coordination.Domain.Serialization;

/// <summary>
/// A contract modifier over the source-generated metadata, so that the model carries no serialization
/// attributes: computed properties (neither setter nor constructor parameter, such as <c>Incident.TotalKilled</c>)
/// are dropped, so never written and refused as unknown when read; arrays of records, whose elements the
/// serializer does not check against nullable annotations, are refused holding a null after reading and before
/// writing; members added after 1.0 (<see cref="OmittedWhenDefault"/>) are not written at their default (an
/// empty array, an enum's zero member), so a catalog that does not use them is written exactly as before.
/// </summary>
internal static class ContractRules
{
    /// <summary>The members, by declaring type and JSON name, written only when they hold more than their default.</summary>
    private static readonly HashSet<(Type Type, string Member)> OmittedWhenDefault =
    [
        (typeof(Territories.Territory), JsonNamingPolicy.CamelCase.ConvertName(nameof(Territories.Territory.Memberships))),
        (typeof(Territories.Territory), JsonNamingPolicy.CamelCase.ConvertName(nameof(Territories.Territory.FormerDesignations))),
        (typeof(Territories.ControlPeriod), JsonNamingPolicy.CamelCase.ConvertName(nameof(Territories.ControlPeriod.Extent))),
        (typeof(Mechanisms.CoordinationMechanism), JsonNamingPolicy.CamelCase.ConvertName(nameof(Mechanisms.CoordinationMechanism.Attestations))),
    ];

    /// <summary>Applies the rules to one type's metadata.</summary>
    /// <param name="typeInfo">The metadata, still mutable.</param>
    internal static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var properties = typeInfo.Properties;
        for (var i = properties.Count - 1; i >= 0; i--)
        {
            if (properties[i].Set is null && properties[i].AssociatedParameter is null)
            {
                properties.RemoveAt(i);
            }
        }

        var arrays = new List<(string Name, Func<object, object?> Get)>();
        foreach (var property in properties)
        {
            if (OmittedWhenDefault.Contains((typeInfo.Type, property.Name)))
            {
                property.ShouldSerialize = static (_, value) => !IsDefault(value);
            }

            if (property.Get is { } get && IsArrayOfReferences(property.PropertyType))
            {
                arrays.Add((property.Name, get));
            }
        }

        if (arrays.Count == 0)
        {
            return;
        }

        var checks = arrays.ToArray();
        var typeName = typeInfo.Type.Name;
        typeInfo.OnDeserialized = record => CheckNoNullElement(record, checks, typeName, reading: true);
        typeInfo.OnSerializing = record => CheckNoNullElement(record, checks, typeName, reading: false);
    }

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        System.Collections.ICollection collection => collection.Count == 0,
        Enum member => Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture) == 0,
        _ => false,
    };

    private static bool IsArrayOfReferences(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && !type.GetGenericArguments()[0].IsValueType;

    private static void CheckNoNullElement(object record, (string Name, Func<object, object?> Get)[] checks, string typeName, bool reading)
    {
        foreach (var (name, get) in checks)
        {
            // ImmutableArray<T> of a reference type boxes to IReadOnlyList<object?> by covariance.
            if (get(record) is IReadOnlyList<object?> elements)
            {
                for (var i = 0; i < elements.Count; i++)
                {
                    if (elements[i] is null)
                    {
                        throw new JsonException(reading
                            ? $"Element {i} of '{name}' is null; the contract allows no null element in an array."
                            : $"Element {i} of '{name}' of a {typeName} is null and cannot be written; the contract allows no null element in an array.");
                    }
                }
            }
        }
    }
}
