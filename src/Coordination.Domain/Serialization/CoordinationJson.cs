using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Internal;
using Coordination.Domain.Serialization.Converters;

namespace Coordination.Domain.Serialization;

/// <summary>
/// Reads and writes catalogs in the JSON contract of Coordination.Domain (<c>docs/json.md</c>): camelCase
/// members, enums as camelCase strings, identifiers as plain strings, NodaTime values in ISO form, money
/// as a decimal string, absent optional members omitted, under a <c>schemaVersion</c>. Incidents also
/// stream as JSON Lines.
/// </summary>
/// <remarks>
/// <para>Reading treats its input as untrusted: every malformed, hostile or oversized input (see
/// <see cref="CoordinationJsonReaderOptions"/>) fails with a <see cref="JsonException"/> whose
/// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> say where, and whose message says what and where. No
/// partly read catalog is ever returned. A catalog that reads is structurally sound; whether its records
/// agree with each other (dangling identifiers, low &gt; best) is for the validators to report.</para>
/// <para>A leading UTF-8 byte-order mark is skipped. Comments and trailing commas are refused.</para>
/// <para>Writing is deterministic: the same catalog gives the same bytes, members in declaration order.
/// A catalog that holds a value the contract cannot express (a <c>default</c> identifier, a null record
/// in an array, an undefined enum value) fails with a <see cref="JsonException"/> rather than writing a
/// document that would not read back.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static partial class CoordinationJson
{
    /// <summary>
    /// Gets the read-only serializer options of the contract, for composing your own
    /// (<c>new JsonSerializerOptions(CoordinationJson.Options)</c>, then add resolvers to its
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>). They resolve metadata for
    /// <see cref="CoordinationCatalogDocument"/> and every record and value type of the model, and apply
    /// the default limits of <see cref="CoordinationJsonReaderOptions"/>.
    /// </summary>
    public static JsonSerializerOptions Options => CoordinationJsonReaderOptions.Default.SerializerOptions;

    /// <summary>Writes a catalog as a compact JSON string.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The catalog holds a value the contract cannot express.</exception>
    public static string Serialize(CoordinationCatalog catalog) => Serialize(catalog, indented: false);

    /// <summary>Writes a catalog as a JSON string.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="indented">Whether to indent the JSON (two spaces) for people to read.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The catalog holds a value the contract cannot express.</exception>
    public static string Serialize(CoordinationCatalog catalog, bool indented) =>
        Writer(indented).ToText(Preconditions.CheckNotNull(catalog));

    /// <summary>Writes a catalog as UTF-8 JSON.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="indented">Whether to indent the JSON (two spaces) for people to read.</param>
    /// <returns>The JSON document, UTF-8 without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The catalog holds a value the contract cannot express.</exception>
    public static byte[] SerializeToUtf8Bytes(CoordinationCatalog catalog, bool indented = false) =>
        Writer(indented).ToUtf8Bytes(Preconditions.CheckNotNull(catalog));

    /// <summary>Writes a catalog as compact UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The catalog holds a value the contract cannot express.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Serialize(Stream utf8Json, CoordinationCatalog catalog) => Serialize(utf8Json, catalog, indented: false);

    /// <summary>Writes a catalog as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="indented">Whether to indent the JSON (two spaces) for people to read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The catalog holds a value the contract cannot express.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Serialize(Stream utf8Json, CoordinationCatalog catalog, bool indented)
    {
        Preconditions.CheckNotNull(utf8Json);
        Writer(indented).Write(utf8Json, Preconditions.CheckNotNull(catalog));
    }

    /// <summary>Writes a catalog as UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="indented">Whether to indent the JSON (two spaces) for people to read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The catalog holds a value the contract cannot express.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task SerializeAsync(Stream utf8Json, CoordinationCatalog catalog, bool indented = false, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        return Writer(indented).WriteAsync(utf8Json, Preconditions.CheckNotNull(catalog), cancellationToken);
    }

    /// <summary>Reads a catalog, with the default limits, from a JSON string.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document is malformed, breaks the contract or a limit, or has an unsupported schema version; the exception says where.</exception>
    public static CoordinationCatalog Deserialize(string json) => Deserialize(json, null);

    /// <summary>Reads a catalog from a JSON string.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="CoordinationJsonReaderOptions.Default"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document is malformed, breaks the contract or a limit, or has an unsupported schema version; the exception says where.</exception>
    public static CoordinationCatalog Deserialize(string json, CoordinationJsonReaderOptions? options)
    {
        Preconditions.CheckNotNull(json);
        var limits = options ?? CoordinationJsonReaderOptions.Default;
        if (json.Length > limits.MaxDocumentBytes || (json.Length * 3L > limits.MaxDocumentBytes && Encoding.UTF8.GetByteCount(json) > limits.MaxDocumentBytes))
        {
            throw TooLong(limits.MaxDocumentBytes);
        }

        var text = json.AsSpan();
        return Read(text.StartsWith('\uFEFF') ? text[1..] : text, limits, static (text, info) => JsonSerializer.Deserialize(text, info));
    }

    /// <summary>Reads a catalog, with the default limits, from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON document, UTF-8, with or without a byte-order mark.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="JsonException">The document is malformed (including invalid UTF-8), breaks the contract or a limit, or has an unsupported schema version; the exception says where.</exception>
    public static CoordinationCatalog Deserialize(ReadOnlySpan<byte> utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a catalog from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON document, UTF-8, with or without a byte-order mark.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="CoordinationJsonReaderOptions.Default"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="JsonException">The document is malformed (including invalid UTF-8), breaks the contract or a limit, or has an unsupported schema version; the exception says where.</exception>
    public static CoordinationCatalog Deserialize(ReadOnlySpan<byte> utf8Json, CoordinationJsonReaderOptions? options)
    {
        var limits = options ?? CoordinationJsonReaderOptions.Default;
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            throw TooLong(limits.MaxDocumentBytes);
        }

        return Read(utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json, limits, static (utf8Json, info) => JsonSerializer.Deserialize(utf8Json, info));
    }

    /// <summary>Reads a catalog, with the default limits, from a stream of UTF-8 JSON, reading it to its end.</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte-order mark; left open.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document is malformed, breaks the contract or a limit, or has an unsupported schema version; the exception says where.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static CoordinationCatalog Deserialize(Stream utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a catalog from a stream of UTF-8 JSON, reading it to its end.</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte-order mark; left open.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="CoordinationJsonReaderOptions.Default"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document is malformed, breaks the contract or a limit, or has an unsupported schema version; the exception says where.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static CoordinationCatalog Deserialize(Stream utf8Json, CoordinationJsonReaderOptions? options)
    {
        Preconditions.CheckNotNull(utf8Json);
        var limits = options ?? CoordinationJsonReaderOptions.Default;
        return Read(new LengthLimitedStream(utf8Json, limits.MaxDocumentBytes), limits, static (stream, info) => JsonSerializer.Deserialize(stream, info));
    }

    /// <summary>Reads a catalog from a stream of UTF-8 JSON asynchronously, reading it to its end.</summary>
    /// <param name="utf8Json">The stream, UTF-8, with or without a byte-order mark; left open.</param>
    /// <param name="options">The limits to apply; <see langword="null"/> for <see cref="CoordinationJsonReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The document is malformed, breaks the contract or a limit, or has an unsupported schema version; the exception says where.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static async ValueTask<CoordinationCatalog> DeserializeAsync(Stream utf8Json, CoordinationJsonReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        var limits = options ?? CoordinationJsonReaderOptions.Default;
        try
        {
            return Complete(await JsonSerializer.DeserializeAsync(new LengthLimitedStream(utf8Json, limits.MaxDocumentBytes), InfoOf<CoordinationCatalogDocument>(limits.SerializerOptions), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error) when (JsonErrors.Translate(error) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the catalog document, generated from the types of the
    /// contract: the schema published as <c>docs/schema/coordination-catalog.schema.json</c>.
    /// </summary>
    /// <returns>A new copy of the schema, free to change.</returns>
    public static JsonNode GetSchema() => CoordinationJsonSchema.Create(Options);

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

    /// <summary>Creates the serializer options for a set of limits.</summary>
    internal static JsonSerializerOptions CreateOptions(int maxDepth, int maxStringLength)
    {
        var options = new JsonSerializerOptions(CoordinationJsonContext.Default.Options)
        {
            TypeInfoResolver = CoordinationJsonContext.Default.WithAddedModifier(ContractRules.Apply),
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            MaxDepth = maxDepth,
        };
        if (maxStringLength != CoordinationJsonReaderOptions.DefaultMaxStringLength)
        {
            options.Converters.Insert(0, new BoundedStringJsonConverter(maxStringLength));
            options.Converters.Insert(0, new BoundedUriJsonConverter(maxStringLength));
        }

        options.MakeReadOnly();
        return options;
    }

    private static readonly Lazy<JsonSerializerOptions> IndentedOptions = new(() =>
    {
        var options = new JsonSerializerOptions(Options) { WriteIndented = true };
        options.MakeReadOnly();
        return options;
    });

    private static JsonTypeInfo<T> InfoOf<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static readonly Lazy<CatalogJsonWriter> CompactWriter = new(() => new CatalogJsonWriter(Options));

    private static readonly Lazy<CatalogJsonWriter> IndentedWriter = new(() => new CatalogJsonWriter(IndentedOptions.Value));

    // Writes documents as the serializer would under Options or IndentedOptions, faster (see CatalogJsonWriter).
    private static CatalogJsonWriter Writer(bool indented) => (indented ? IndentedWriter : CompactWriter).Value;

    // Reads a document, turning what the serializer throws into the one documented JsonException.
    private static CoordinationCatalog Read<TInput>(TInput input, CoordinationJsonReaderOptions limits, Func<TInput, JsonTypeInfo<CoordinationCatalogDocument>, CoordinationCatalogDocument?> read)
        where TInput : allows ref struct
    {
        try
        {
            return Complete(read(input, InfoOf<CoordinationCatalogDocument>(limits.SerializerOptions)));
        }
        catch (Exception error) when (JsonErrors.Translate(error) is { } translated)
        {
            throw translated;
        }
    }

    private static CoordinationCatalog Complete(CoordinationCatalogDocument? document) =>
        document?.ToCatalog() ?? throw new JsonException("The document is null; expected a catalog object.", "$", 0, 0, null);

    /// <summary>Creates the exception for a document longer than <see cref="CoordinationJsonReaderOptions.MaxDocumentBytes"/>.</summary>
    internal static JsonException TooLong(long maxBytes) =>
        new($"The document is longer than {maxBytes} bytes, the limit set by CoordinationJsonReaderOptions.MaxDocumentBytes.");
}
