using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads a string of free text (a description, a quote, a title) refusing one longer than
/// <see cref="CoordinationJsonReaderOptions.MaxStringLength"/> before it is materialized; writes strings as the
/// framework does.
/// </summary>
internal sealed class BoundedStringJsonConverter : JsonConverter<string>
{
    /// <summary>Creates the converter with the default limit.</summary>
    public BoundedStringJsonConverter()
        : this(CoordinationJsonReaderOptions.DefaultMaxStringLength)
    {
    }

    /// <summary>Creates the converter with a limit.</summary>
    /// <param name="maxLength">The longest string read, in UTF-16 characters.</param>
    internal BoundedStringJsonConverter(int maxLength) => MaxLength = maxLength;

    /// <summary>Gets the longest string read, in UTF-16 characters.</summary>
    internal int MaxLength { get; }

    /// <inheritdoc />
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonReading.ReadString(ref reader, "a string", MaxLength);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
