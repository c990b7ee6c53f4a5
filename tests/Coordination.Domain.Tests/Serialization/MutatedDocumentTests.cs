using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// Mutates the document of a valid catalog — drops, duplicates, retypes or cuts the text of one member
/// anywhere in it, or truncates it — and reads the result: the reader must return a catalog that is itself the catalog of
/// a valid document (it writes and reads back equal), or throw a <see cref="JsonException"/> with a path.
/// Nothing else: no other exception, no half-built catalog.
/// </summary>
[Properties(Arbitrary = [typeof(CatalogArbitraries)], MaxTest = 300)]
public sealed class MutatedDocumentTests
{
    internal static readonly Func<JsonNode?>[] Replacements =
    [
        () => 42, () => -1, () => 2.5, () => 1e300, () => "text", () => "", () => "2021-13-01", () => "ISIS", () => true, () => null,
        () => new JsonArray(), () => new JsonArray(JsonValue.Create(1)), () => new JsonArray((JsonNode?)null), () => new JsonObject(),
        () => new JsonObject { ["text"] = "x" }, () => new JsonObject { ["kind"] = "actor" },
    ];

    [Property]
    public void Dropping_a_member_gives_a_valid_catalog_or_a_JsonException(CoordinationCatalog catalog, NonNegativeInt pick) =>
        Check(Mutate(catalog, pick.Get, (parent, name) => parent.Remove(name)));

    [Property]
    public void Retyping_a_member_gives_a_valid_catalog_or_a_JsonException(CoordinationCatalog catalog, NonNegativeInt pick, NonNegativeInt replacement) =>
        Check(Mutate(catalog, pick.Get, (parent, name) => parent[name] = Replacements[replacement.Get % Replacements.Length]()));

    [Property]
    public void Truncating_a_member_s_text_gives_a_valid_catalog_or_a_JsonException(CoordinationCatalog catalog, NonNegativeInt pick, NonNegativeInt cut) =>
        Check(Mutate(catalog, pick.Get, (parent, name) =>
        {
            if (parent[name] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                parent[name] = text[..(cut.Get % (text.Length + 1))];
            }
        }));

    [Property]
    public void Duplicating_a_member_gives_a_JsonException(CoordinationCatalog catalog, NonNegativeInt pick)
    {
        var document = JsonNode.Parse(CoordinationJson.Serialize(catalog))!;
        var members = Members(document).ToList();
        var (parent, name) = members[pick.Get % members.Count];
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            WriteDuplicating(writer, document, parent, name);
        }

        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Deserialize(buffer.ToArray().AsSpan()));
        Assert.NotNull(error.Path);
        Assert.Contains("uplicate", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public void Truncating_the_document_gives_a_JsonException(CoordinationCatalog catalog, NonNegativeInt cut)
    {
        var bytes = CoordinationJson.SerializeToUtf8Bytes(catalog);
        var truncated = bytes.AsSpan(0, cut.Get % bytes.Length).ToArray();
        var error = Assert.ThrowsAny<JsonException>(() => CoordinationJson.Deserialize(truncated.AsSpan()));
        Assert.NotNull(error.Path);
    }

    internal static byte[] Mutate(CoordinationCatalog catalog, int pick, Action<JsonObject, string> mutate)
    {
        var document = JsonNode.Parse(CoordinationJson.Serialize(catalog))!;
        var members = Members(document).ToList();
        var (parent, name) = members[pick % members.Count];
        mutate(parent, name);
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    private static void Check(byte[] document)
    {
        CoordinationCatalog read;
        try
        {
            read = CoordinationJson.Deserialize(document.AsSpan());
        }
        catch (JsonException error)
        {
            Assert.NotNull(error.Path);
            return;
        }

        // Accepted: then it is the catalog of a valid document.
        Assert.Equal(read, CoordinationJson.Deserialize(CoordinationJson.Serialize(read)));
    }

    private static IEnumerable<(JsonObject Parent, string Name)> Members(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(member => Members(member.Value).Prepend((obj, member.Key))).ToList(),
        JsonArray array => array.SelectMany(Members).ToList(),
        _ => [],
    };

    private static void WriteDuplicating(Utf8JsonWriter writer, JsonNode? node, JsonObject target, string duplicated)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj)
                {
                    var times = ReferenceEquals(obj, target) && name == duplicated ? 2 : 1;
                    for (var i = 0; i < times; i++)
                    {
                        writer.WritePropertyName(name);
                        WriteDuplicating(writer, value, target, duplicated);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteDuplicating(writer, item, target, duplicated);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
