using System;
using System.Globalization;
using System.Text.Json;
using Coordination.Domain.Finance;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Names;
using NodaTime;
using NodaTime.Text;
using static Coordination.Domain.Serialization.CoordinationJsonSchemaDefinitions;

namespace Coordination.Domain.Serialization.Converters;

/// <summary>An identifier as its slug (<c>"peshmerga"</c>); a malformed slug is refused, a <c>default</c> identifier cannot be written.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal sealed class IdentifierJsonConverter<TId>() : TextJsonConverter<TId>(new(
    $"an identifier ({typeof(TId).Name})",
    Slug.MaxLength,
    text => TId.TryParse(text, out var id) ? id : throw Malformed(text),
    value => value.IsDefault ? throw new JsonException($"A default {typeof(TId).Name} identifies nothing and cannot be written.") : value.Value,
    () => Text(Slug.Pattern, Slug.MaxLength, $"The identifier of {Identified}: a lowercase slug."),
    JsonNamingPolicy.CamelCase.ConvertName(typeof(TId).Name)))
    where TId : struct, IIdentifier<TId>
{

    private static string Identified => typeof(TId).Name switch
    {
        nameof(ActorId) => "an actor",
        nameof(PersonId) => "a person",
        nameof(TerritoryId) => "a territory",
        nameof(CoordinationLineId) => "a coordination line",
        nameof(MechanismId) => "a coordination mechanism",
        nameof(IncidentId) => "an incident",
        nameof(SupportId) => "a support record",
        nameof(SourceId) => "a source",
        nameof(StatementId) => "a statement",
        var name => name,
    };

    // Parse gives the message that says what is wrong with the slug.
    private static JsonException Malformed(string text)
    {
        try
        {
            TId.Parse(text);
            return new JsonException($"'{text}' is not a valid {typeof(TId).Name}.");
        }
        catch (FormatException error)
        {
            return new JsonException(error.Message.Replace("Argument 'text' is", $"'{text}' is", StringComparison.Ordinal), error);
        }
    }
}

/// <summary>A <see cref="CurrencyCode"/> as its ISO 4217 code (<c>"USD"</c>).</summary>
internal sealed class CurrencyCodeJsonConverter() : TextJsonConverter<CurrencyCode>(new(
    "a currency code",
    8,
    text => CurrencyCode.TryParse(text, out var code) ? code : throw new JsonException($"'{text}' is not an active ISO 4217 currency code (three upper-case letters such as USD)."),
    value => value.IsDefault ? throw new JsonException("A default CurrencyCode names no currency and cannot be written.") : value.Value,
    () => Text("^[A-Z]{3}$", 3, "An active ISO 4217 alphabetic currency code such as USD or IQD."),
    "currencyCode"))
{
}

/// <summary>A <see cref="LanguageTag"/> as a string (<c>"ckb"</c>).</summary>
internal sealed class LanguageTagJsonConverter() : TextJsonConverter<LanguageTag>(new(
    "a language tag",
    35,
    text => LanguageTag.TryParse(text, out var tag) ? tag : throw new JsonException($"'{text}' is not a language tag (BCP 47: two or three letters, then optional subtags of one to eight letters or digits, separated by '-')."),
    value => value.IsDefault ? throw new JsonException("A default LanguageTag names no language and cannot be written; use null for an unknown language.") : value.Value,
    () => Text("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", 35, "A BCP 47 language tag such as en, ar or ckb (read case-insensitively, written in lower case)."),
    "languageTag"))
{
}

/// <summary>
/// A <see cref="LocalTime"/> as <c>HH:mm:ss</c>, with a fraction of a second only when there is one, by
/// NodaTime's <see cref="LocalTimePattern.ExtendedIso"/>, so that every value round-trips exactly.
/// </summary>
internal sealed class IsoLocalTimeJsonConverter() : TextJsonConverter<LocalTime>(new(
    "a time of day",
    24,
    text => JsonReading.Parse(LocalTimePattern.ExtendedIso, text, "a time of day in the form HH:mm:ss"),
    LocalTimePattern.ExtendedIso.Format,
    () => Text("^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?$", 18, "A local time of day, HH:mm:ss with an optional fraction of a second."),
    "localTime"))
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes a time as <see cref="LocalTimePattern.ExtendedIso"/> formats it, from a buffer on the stack (no string); the tests check it against the pattern.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, LocalTime value)
    {
        Span<byte> text = stackalloc byte[18];
        IsoLocalDateJsonConverter.Digits(text[..2], value.Hour);
        text[2] = (byte)':';
        IsoLocalDateJsonConverter.Digits(text.Slice(3, 2), value.Minute);
        text[5] = (byte)':';
        IsoLocalDateJsonConverter.Digits(text.Slice(6, 2), value.Second);
        var length = 8;
        if (value.NanosecondOfSecond != 0)
        {
            // The pattern's FFFFFFFFF: up to nine digits of the fraction, without its trailing zeros.
            text[8] = (byte)'.';
            IsoLocalDateJsonConverter.Digits(text.Slice(9, 9), value.NanosecondOfSecond);
            length = 18;
            while (text[length - 1] == (byte)'0')
            {
                length--;
            }
        }

        writer.WriteStringValue(text[..length]);
    }
}

/// <summary>
/// Free text (a description, a quote, a title), refused when longer than
/// <see cref="CoordinationJsonReaderOptions.MaxStringLength"/> before it is materialized.
/// </summary>
/// <param name="maxLength">The longest string read, in UTF-16 characters.</param>
internal sealed class BoundedStringJsonConverter(int maxLength)
    : TextJsonConverter<string>(new("a string", maxLength, text => text, text => text, () => new() { ["type"] = "string" }))
{
    /// <summary>Creates the converter with the default limit.</summary>
    public BoundedStringJsonConverter()
        : this(CoordinationJsonReaderOptions.DefaultMaxStringLength)
    {
    }
}

/// <summary>
/// A <see cref="Uri"/>, absolute or relative as the framework reads it (whether a source's URL is absolute
/// <c>http</c>/<c>https</c> is for the validators), from at most <see cref="CoordinationJsonReaderOptions.MaxStringLength"/> characters; written as its original string.
/// </summary>
/// <param name="maxLength">The longest URI read, in UTF-16 characters.</param>
internal sealed class BoundedUriJsonConverter(int maxLength) : TextJsonConverter<Uri>(new(
    "a URL",
    maxLength,
    text => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri) ? uri : throw new JsonException($"'{JsonReading.Quote(text)}' is not a URL."),
    uri => uri.OriginalString,
    () => new() { ["type"] = "string", ["format"] = "uri-reference" }))
{
    /// <summary>Creates the converter with the default limit.</summary>
    public BoundedUriJsonConverter()
        : this(CoordinationJsonReaderOptions.DefaultMaxStringLength)
    {
    }
}

/// <summary>The <c>schemaVersion</c> of a catalog document, <c>major.minor</c>; a major version this library does not read is refused, saying so.</summary>
internal sealed class SchemaVersionJsonConverter() : TextJsonConverter<string>(new(
    "the schema version",
    16,
    Parse,
    text => text,
    () => new()
    {
        ["type"] = "string",
        ["pattern"] = $"^{CoordinationCatalogDocument.SupportedMajorVersion}\\.[0-9]+$",
        ["description"] = "The schema version the document follows, major.minor; written as " + CoordinationCatalogDocument.CurrentSchemaVersion + ".",
    }))
{
    private static string Parse(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new JsonException($"'{text}' is not a schema version; expected major.minor, such as \"{CoordinationCatalogDocument.CurrentSchemaVersion}\".");
        }

        return major == CoordinationCatalogDocument.SupportedMajorVersion
            ? text
            : throw new JsonException(
                $"This document has schema version {text}; this version of Coordination.Domain reads schema version {CoordinationCatalogDocument.SupportedMajorVersion}.x only. "
                + (major > CoordinationCatalogDocument.SupportedMajorVersion ? "Read it with a newer version of the package." : "Convert it to the current schema first."));
    }
}
