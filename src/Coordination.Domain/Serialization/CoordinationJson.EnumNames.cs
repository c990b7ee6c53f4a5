using System;
using Coordination.Domain.Serialization.Converters;

namespace Coordination.Domain.Serialization;

/// <content>The names the contract gives enum members.</content>
public static partial class CoordinationJson
{
    /// <summary>
    /// Returns the name the JSON contract writes for an enum member of the model (camelCase:
    /// <c>MechanismKind.JointCoordinationCentre</c> → <c>"jointCoordinationCentre"</c>), the one the reader
    /// accepts, exactly, for it. The converters and the schema take their names from the same table.
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>Its name in the contract.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member of <typeparamref name="TEnum"/>.</exception>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        CamelCaseEnumJsonConverter<TEnum>.NameOf(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} value.");
}
