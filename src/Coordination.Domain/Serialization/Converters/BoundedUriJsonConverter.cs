using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>
/// Reads a <see cref="Uri"/> from a string of at most <see cref="CoordinationJsonReaderOptions.MaxStringLength"/>
/// characters (absolute or relative, as the framework does: whether a source's URL is absolute
/// <c>http</c>/<c>https</c> is for the validators to report); writes its original string.
/// </summary>
internal sealed class BoundedUriJsonConverter : JsonConverter<Uri>
{
    /// <summary>Creates the converter with the default limit.</summary>
    public BoundedUriJsonConverter()
        : this(CoordinationJsonReaderOptions.DefaultMaxStringLength)
    {
    }

    /// <summary>Creates the converter with a limit.</summary>
    /// <param name="maxLength">The longest URI read, in UTF-16 characters.</param>
    internal BoundedUriJsonConverter(int maxLength) => MaxLength = maxLength;

    /// <summary>Gets the longest URI read, in UTF-16 characters.</summary>
    internal int MaxLength { get; }

    /// <inheritdoc />
    public override Uri Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonReading.ReadString(ref reader, "a URL", MaxLength);
        return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri)
            ? uri
            : throw new JsonException($"'{(text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "…"))}' is not a URL.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options) => writer.WriteStringValue(value.OriginalString);
}
