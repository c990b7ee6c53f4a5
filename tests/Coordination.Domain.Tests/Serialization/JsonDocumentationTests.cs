using System;
using System.IO;
using System.Text.Json;
using Coordination.Domain.Serialization;
using Xunit;

namespace Coordination.Domain.Tests.Serialization;

/// <summary>The example in docs/json.md is a document the reader accepts, valid under the schema.</summary>
public sealed class JsonDocumentationTests
{
    [Fact]
    public void The_example_document_in_the_documentation_reads_and_is_valid_under_the_schema()
    {
        var text = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "docs", "json.md"));
        var start = text.IndexOf("## The document", StringComparison.Ordinal);
        start = text.IndexOf("```json\n", start, StringComparison.Ordinal) + "```json\n".Length;
        var example = text[start..text.IndexOf("\n```", start, StringComparison.Ordinal)];

        var catalog = CoordinationJson.Deserialize(example);
        Assert.Equal("prde-2021-05-01", catalog.Incidents[0].Id.Value);
        using var document = JsonDocument.Parse(example);
        Assert.True(CoordinationJsonSchemaTests.Schema.Evaluate(document.RootElement).IsValid);
    }
}
