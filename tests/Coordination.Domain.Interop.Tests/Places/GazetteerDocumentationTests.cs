using System.IO;
using System.Linq;
using Coordination.Domain.Interop.Places;
using Xunit;

namespace Coordination.Domain.Interop.Tests.Places;

public sealed class GazetteerDocumentationTests
{
    [Fact]
    public void Docs_list_every_governorate_of_the_table_with_its_codes()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "interop.md"));
        var rows = lines.Where(l => l.StartsWith("| `", System.StringComparison.Ordinal)).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        foreach (var governorate in Gazetteer.Governorates)
        {
            var row = rows.SingleOrDefault(r => r[1] == $"`{governorate.Id}`");
            Assert.True(row is not null, $"docs/interop.md has no row for `{governorate.Id}`");
            Assert.StartsWith(governorate.IsoCode ?? "—", row[2], System.StringComparison.Ordinal);
            Assert.Equal(governorate.PCode ?? "—", row[3]);
        }
    }
}
