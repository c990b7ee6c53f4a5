using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;
using Coordination.Domain.Testing;
using FsCheck;
using FsCheck.Xunit;
using Json.Schema;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>
/// The reader and the published schema agree. Every document written from a generated catalog is valid
/// under the schema; every document of the hostile table and every mutation of a valid document is read if
/// and only if the schema accepts it (so is every document written from a catalog the validators refuse) — except where a rule the schema cannot state refuses it, each listed
/// in <see cref="ReaderOnlyRules"/> with its reason (docs/json.md lists them too).
/// </summary>
public sealed class ReaderSchemaAgreementTests
{
    /// <summary>The hostile cases that only the reader refuses, and why no schema can.</summary>
    internal static readonly Dictionary<string, string> ReaderOnlyRules = new(StringComparer.Ordinal)
    {
        ["duplicate member of the document"] = "a schema sees the parsed object, in which the second member has replaced the first",
        ["duplicate member of a record"] = "a schema sees the parsed object, in which the second member has replaced the first",
        ["duplicate member of a value"] = "a schema sees the parsed object, in which the second member has replaced the first",
        ["impossible date"] = "the calendar (30 February) is not a pattern",
        ["range that does not fit its precision"] = "a rule across members (a day's range is one day)",
        ["period that ends before it starts"] = "a rule across members (end after start)",
        ["duplicate bound of a date"] = "a schema sees the parsed object, in which the second member has replaced the first",
        ["a duplicate member of an origin"] = "a schema sees the parsed object, in which the second member has replaced the first",
        ["period start in year zero"] = "the calendar (years 1 to 9999 of the ISO calendar) is not a pattern",
        ["period that ends in the last year of the calendar"] = "the calendar: a period's exclusive end after 9999 cannot be a date",
        ["period that ends in the year it starts before"] = "a rule across members (end after start)",
        ["approximate time without a time"] = "a rule across members (timeApproximate only with a timeOfDay)",
        ["amount beyond decimal"] = "the range of a decimal (about 7.9 × 10^28) is not a pattern",
        ["10 MB free-text string"] = "a reader limit (CoordinationJsonReaderOptions.MaxStringLength), set by the caller",
        ["10 MB name"] = "a reader limit (CoordinationJsonReaderOptions.MaxStringLength), set by the caller",
    };

    [Property(Arbitrary = [typeof(CatalogArbitraries)], MaxTest = 200)]
    public void Every_document_written_from_a_generated_catalog_is_valid_under_the_schema(CoordinationCatalog catalog) =>
        AssertValid(CoordinationJson.SerializeToUtf8Bytes(catalog));

    [Property(Arbitrary = [typeof(BrokenCatalogArbitraries)], MaxTest = 200)]
    public void A_document_written_from_a_catalog_the_validators_refuse_is_read_exactly_when_the_schema_accepts_it(BrokenCatalog broken)
    {
        byte[] json;
        try
        {
            json = CoordinationJson.SerializeToUtf8Bytes(broken.Catalog);
        }
        catch (JsonException)
        {
            return; // A value the contract cannot express is refused by the writer, not written.
        }

        AssertAgree(json);
    }

    [Theory]
    [MemberData(nameof(HostileDocumentTests.Documents), MemberType = typeof(HostileDocumentTests))]
    public void A_hostile_document_is_read_exactly_when_the_schema_accepts_it(HostileDocument document)
    {
        var valid = IsValid(document.Utf8);
        if (ReaderOnlyRules.TryGetValue(document.Case, out var reason))
        {
            Assert.True(valid && !document.Accepted, $"'{document.Case}' is listed as refused by the reader only ({reason}), but the schema {(valid ? "accepts" : "refuses")} it and the reader {(document.Accepted ? "reads" : "refuses")} it.");
            return;
        }

        Assert.True(valid == document.Accepted, $"The schema {(valid ? "accepts" : "refuses")} '{document.Case}', which the reader {(document.Accepted ? "reads" : "refuses")}.");
    }

    [Property(Arbitrary = [typeof(CatalogArbitraries)], MaxTest = 300)]
    public void A_mutated_document_is_read_exactly_when_the_schema_accepts_it(CoordinationCatalog catalog, NonNegativeInt pick, NonNegativeInt how, NonNegativeInt with)
    {
        var document = MutatedDocumentTests.Mutate(catalog, pick.Get, (parent, name) =>
        {
            switch (how.Get % 3)
            {
                case 0:
                    parent.Remove(name);
                    break;
                case 1:
                    parent[name] = MutatedDocumentTests.Replacements[with.Get % MutatedDocumentTests.Replacements.Length]();
                    break;
                default:
                    if (parent[name] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        parent[name] = text[..(with.Get % (text.Length + 1))];
                    }

                    break;
            }
        });
        AssertAgree(document);
    }

    private static void AssertAgree(byte[] document)
    {
        string? refusal = null;
        try
        {
            CoordinationJson.Deserialize(document.AsSpan());
        }
        catch (JsonException error)
        {
            refusal = error.Message;
        }

        var valid = IsValid(document);
        Assert.True(valid == (refusal is null), $"The schema {(valid ? "accepts" : "refuses")} a document the reader {(refusal is null ? "reads" : $"refuses ({refusal})")}: {System.Text.Encoding.UTF8.GetString(document)}");
    }

    private static bool IsValid(byte[] utf8)
    {
        JsonDocument parsed;
        try
        {
            // The byte-order mark belongs to the encoding, not to the JSON the schema describes.
            parsed = JsonDocument.Parse(utf8.AsMemory(utf8.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
        }
        catch (JsonException)
        {
            return false;
        }

        using (parsed)
        {
            try
            {
                return CoordinationJsonSchemaTests.Schema.Evaluate(parsed.RootElement).IsValid;
            }
            catch (InvalidOperationException)
            {
                return false; // Invalid UTF-8 in a string: not JSON (RFC 8259), so no schema accepts it.
            }
        }
    }

    private static void AssertValid(byte[] json)
    {
        using var parsed = JsonDocument.Parse(json);
        var result = CoordinationJsonSchemaTests.Schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }
}
