using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geo.Maps;
using Coordination.Domain.Geography;
using Coordination.Domain.Reference;
using NodaTime;
using Xunit;
using static Coordination.Domain.Geo.Tests.Maps.MapWorld;

namespace Coordination.Domain.Geo.Tests.Maps;

/// <summary>
/// Approved renders: each map is drawn exactly as the SVG committed under <c>Maps/Approved/</c>, byte for byte. The other
/// map tests check what the picture means (marks inside their shapes, legend matching marks); these catch every change
/// to how it looks — a colour, a stroke, a label's place, the legend's layout — so that such a change is made on purpose.
/// After a deliberate change, run the tests with <c>COORDINATION_APPROVE=1</c> to write the new renders, look at them,
/// and commit them with the change; a failing render is written beside the approved one as <c>*.received.svg</c>.
/// </summary>
public sealed class ApprovedMapTests
{
    private static readonly Dictionary<string, Func<XDocument>> Renders = new(StringComparer.Ordinal)
    {
        ["reference-2022-12-31"] = () => SituationMap.Render(ReferenceCatalog.Load(), CatalogGeometry.Reference, new LocalDate(2022, 12, 31)),
        ["reference-2021-05-01-titled"] = () => SituationMap.Render(
            ReferenceCatalog.Load(),
            CatalogGeometry.Reference,
            new LocalDate(2021, 5, 1),
            new SituationMapOptions { Width = 800, Title = "Before the Kirkuk centre", IncidentsFrom = new LocalDate(2017, 10, 1) }),
        ["world-west-covered"] = () => SituationMap.Render(Busy(), Geometry, Date, Coverage(westCovered: true), null),
        ["world-open"] = () => SituationMap.Render(Busy(), Geometry, Date, Coverage(westCovered: false), new SituationMapOptions { Width = SituationMapOptions.MinimumWidth }),
    };

    /// <summary>Gets the names of the approved renders.</summary>
    public static TheoryData<string> Names => [.. Renders.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_map_is_drawn_as_approved(string name)
    {
        var received = Text(Renders[name]());
        var approved = PathOf(name + ".svg");
        if (Environment.GetEnvironmentVariable("COORDINATION_APPROVE") == "1")
        {
            File.WriteAllText(approved, received, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(approved), $"No approved render {approved}: run the tests with COORDINATION_APPROVE=1, look at it and commit it.");
        var expected = File.ReadAllText(approved).ReplaceLineEndings("\n");
        var receivedPath = PathOf(name + ".received.svg");
        if (expected == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail($"{name} is not drawn as approved: {FirstDifference(expected, received)}. The render is in {receivedPath}.");
    }

    [Fact]
    public void Every_approved_render_is_one_the_tests_draw()
    {
        var files = Directory.GetFiles(PathOf(string.Empty), "*.svg")
            .Select(Path.GetFileName)
            .Where(f => !f!.EndsWith(".received.svg", StringComparison.Ordinal))
            .Select(f => f![..^".svg".Length])
            .Order(StringComparer.Ordinal);
        Assert.Equal(Renders.Keys.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void A_difference_is_reported_at_its_line_with_both_texts() =>
        Assert.Equal("line 2 differs: approved \"b\", drawn \"c\"", FirstDifference("a\nb\n", "a\nc\n"));

    [Fact]
    public void A_render_longer_or_shorter_than_approved_is_reported_at_the_first_missing_line()
    {
        Assert.Equal("line 3 differs: approved (nothing), drawn \"c\"", FirstDifference("a\nb", "a\nb\nc"));
        Assert.Equal("line 2 differs: approved \"b\", drawn (nothing)", FirstDifference("a\nb", "a"));
    }

    // The busy world with one incident of 250 killed, so that the legend's size samples stop below it.
    private static CoordinationCatalog Busy() => WorldCatalog([.. BusyIncidents, Incident("many", At(35.6, 44.8), killed: 250)]);

    private static string Text(XDocument document)
    {
        using var stream = new MemoryStream();
        SituationMap.Save(document, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string FirstDifference(string expected, string received)
    {
        var a = expected.Split('\n');
        var b = received.Split('\n');
        var line = Enumerable.Range(0, Math.Max(a.Length, b.Length)).First(i => i >= a.Length || i >= b.Length || a[i] != b[i]);
        static string Quoted(string[] lines, int i) => i < lines.Length ? $"\"{lines[i]}\"" : "(nothing)";
        return $"line {line + 1} differs: approved {Quoted(a, line)}, drawn {Quoted(b, line)}";
    }

    private static string PathOf(string file) => RepositoryFiles.PathOf("tests", "Coordination.Domain.Geo.Tests", "Maps", "Approved", file);
}
