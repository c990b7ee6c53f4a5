using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;
using Coordination.Domain.Serialization.Converters;

namespace Coordination.Domain.Serialization;

/// <summary>
/// Writes the document of a catalog (<see cref="CoordinationCatalogDocument"/>) for <see cref="CoordinationJson"/>:
/// the same bytes as the generic path (the serializer over the document's metadata), which the tests check,
/// but with the incidents, the records a large catalog is made of, written by <see cref="IncidentJsonWriter"/>
/// instead of the serializer's walk over their metadata, and the output in pooled buffers. The other kinds of
/// record are written by the serializer, one record at a time.
/// </summary>
/// <remarks>
/// The generic path stays the reference for what cannot be written: when a record holds a value the contract
/// cannot express, the document is written again through the generic path, which throws the documented
/// <see cref="JsonException"/> with its path (or, were it to succeed, gives the bytes). To a stream, the
/// output goes in chunks of about <see cref="FlushThresholdBytes"/>, so memory stays flat.
/// </remarks>
internal sealed class CatalogJsonWriter
{
    /// <summary>How many bytes are gathered before they are written to a stream.</summary>
    internal const int FlushThresholdBytes = 64 * 1024;

    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");

    private readonly JsonSerializerOptions options;
    private readonly JsonWriterOptions writerOptions;
    private readonly JsonTypeInfo<CoordinationCatalogDocument> documentInfo;
    private readonly ImmutableArray<RecordsWriter> kinds;

    /// <summary>Creates the writer of the contract's options, compact or indented.</summary>
    /// <param name="options">The options (read-only), whose encoder, indentation and depth the output follows.</param>
    internal CatalogJsonWriter(JsonSerializerOptions options)
    {
        this.options = options;
        writerOptions = WriterOptionsOf(options);
        documentInfo = (JsonTypeInfo<CoordinationCatalogDocument>)options.GetTypeInfo(typeof(CoordinationCatalogDocument));
        Incidents = new IncidentJsonWriter(options);
        var builder = new KindWriters(this);
        foreach (var kind in CatalogRecordKinds.All)
        {
            kind.Accept(builder);
        }

        kinds = builder.Writers.DrainToImmutable();
    }

    /// <summary>Gets the writer of single incidents under the same options.</summary>
    internal IncidentJsonWriter Incidents { get; }

    /// <summary>Gets the options of a <see cref="Utf8JsonWriter"/> that writes as the serializer does under these options.</summary>
    internal static JsonWriterOptions WriterOptionsOf(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
        SkipValidation = true,
    };

    /// <summary>Writes a catalog as UTF-8 JSON.</summary>
    internal byte[] ToUtf8Bytes(CoordinationCatalog catalog)
    {
        using var buffer = new PooledBufferWriter(16 * 1024);
        try
        {
            WriteAll(buffer, catalog);
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToUtf8Bytes(CoordinationCatalogDocument.FromCatalog(catalog), documentInfo);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a catalog as a JSON string.</summary>
    internal string ToText(CoordinationCatalog catalog)
    {
        using var buffer = new PooledBufferWriter(16 * 1024);
        try
        {
            WriteAll(buffer, catalog);
        }
        catch (JsonException)
        {
            return JsonSerializer.Serialize(CoordinationCatalogDocument.FromCatalog(catalog), documentInfo);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a catalog to a stream, in chunks.</summary>
    internal void Write(Stream stream, CoordinationCatalog catalog)
    {
        using var buffer = new PooledBufferWriter(FlushThresholdBytes * 2);
        var copied = false;
        try
        {
            using var writer = new Utf8JsonWriter(buffer, writerOptions);
            foreach (var _ in WriteDocument(writer, catalog, FlushThresholdBytes))
            {
                writer.Flush();
                stream.Write(buffer.WrittenSpan);
                buffer.Clear();
                copied = true;
            }

            writer.Flush();
        }
        catch (JsonException)
        {
            JsonSerializer.Serialize(copied ? Stream.Null : stream, CoordinationCatalogDocument.FromCatalog(catalog), documentInfo);
            if (copied)
            {
                throw;
            }

            return;
        }

        stream.Write(buffer.WrittenSpan);
        stream.Flush();
    }

    /// <summary>Writes a catalog to a stream asynchronously, in chunks.</summary>
    internal async Task WriteAsync(Stream stream, CoordinationCatalog catalog, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferWriter(FlushThresholdBytes * 2);
        var copied = false;
        try
        {
            using var writer = new Utf8JsonWriter(buffer, writerOptions);
            foreach (var _ in WriteDocument(writer, catalog, FlushThresholdBytes))
            {
                writer.Flush();
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
                copied = true;
            }

            writer.Flush();
        }
        catch (JsonException)
        {
            await JsonSerializer.SerializeAsync(copied ? Stream.Null : stream, CoordinationCatalogDocument.FromCatalog(catalog), documentInfo, cancellationToken).ConfigureAwait(false);
            if (copied)
            {
                throw;
            }

            return;
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void WriteAll(PooledBufferWriter buffer, CoordinationCatalog catalog)
    {
        using var writer = new Utf8JsonWriter(buffer, writerOptions);
        foreach (var _ in WriteDocument(writer, catalog, int.MaxValue))
        {
        }

        writer.Flush();
    }

    // Writes the document, stopping (yielding) after a record whenever more than threshold bytes wait in
    // the writer, so that the caller can pass them on.
    private IEnumerable<bool> WriteDocument(Utf8JsonWriter writer, CoordinationCatalog catalog, int threshold)
    {
        writer.WriteStartObject();
        writer.WriteString(SchemaVersion, CoordinationCatalogDocument.CurrentSchemaVersion);
        foreach (var kind in kinds)
        {
            foreach (var chunk in kind.Write(writer, catalog, threshold))
            {
                yield return chunk;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one kind of record as a member of the document.</summary>
    private abstract class RecordsWriter
    {
        internal abstract IEnumerable<bool> Write(Utf8JsonWriter writer, CoordinationCatalog catalog, int threshold);
    }

    // A kind of record: its records in order, each by write (the serializer, or the incidents' writer).
    private sealed class RecordsWriter<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind, Action<Utf8JsonWriter, TRecord> write) : RecordsWriter
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId>
    {
        private readonly JsonEncodedText name = JsonEncodedText.Encode(kind.Plural);

        internal override IEnumerable<bool> Write(Utf8JsonWriter writer, CoordinationCatalog catalog, int threshold)
        {
            writer.WritePropertyName(name);
            writer.WriteStartArray();
            var records = kind.RecordsOf(catalog);
            for (var i = 0; i < records.Length; i++)
            {
                write(writer, records[i] ?? throw new JsonException($"Element {i} of '{kind.Plural}' is null."));
                if (writer.BytesPending >= threshold)
                {
                    yield return true;
                }
            }

            writer.WriteEndArray();
        }
    }

    private sealed class KindWriters(CatalogJsonWriter owner) : ICatalogRecordKindVisitor
    {
        internal ImmutableArray<RecordsWriter>.Builder Writers { get; } = ImmutableArray.CreateBuilder<RecordsWriter>();

        public void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId> =>
            Writers.Add(new RecordsWriter<TRecord, TId>(kind, WriterOf<TRecord>()));

        private Action<Utf8JsonWriter, TRecord> WriterOf<TRecord>()
            where TRecord : class
        {
            if (typeof(TRecord) == typeof(Incident))
            {
                var incidents = owner.Incidents;
                return (writer, record) => incidents.Write(writer, (Incident)(object)record);
            }

            var info = (JsonTypeInfo<TRecord>)owner.options.GetTypeInfo(typeof(TRecord));
            return (writer, record) => JsonSerializer.Serialize(writer, record, info);
        }
    }
}
