using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Coordination.Domain.Identifiers;
using Xunit;

namespace Coordination.Domain.Geo.Tests;

/// <summary>docs/geo.md says what the code does: the trace's length and its split among the governorates, the sources.</summary>
public sealed partial class GeoDocumentationTests
{
    private static readonly string Text = File.ReadAllText(RepositoryFiles.PathOf("docs", "geo.md"));

    [Fact]
    public void The_table_of_the_trace_within_each_governorate_matches_the_code()
    {
        var kcl = LineTrace.InferredKcl.Geometry;
        var rows = TableCell().Matches(Text).Select(m => (Name: m.Groups["name"].Value, Km: double.Parse(m.Groups["km"].Value, CultureInfo.InvariantCulture))).ToList();
        var names = TerritoryGeometry.IraqGovernorates.Shapes.ToDictionary(s => Name(s.Territory), s => s.Geometry);

        Assert.Equal(7, rows.Count);
        foreach (var (name, km) in rows)
        {
            Assert.Equal(km, Math.Round(GeoMeasure.LengthKm(GeoMeasure.StretchWithin(kcl, names[name])), 1));
        }

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"**{LineTrace.InferredKcl.LengthKm:F1}**"), Text, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{kcl.NumPoints} points and {LineTrace.InferredKcl.LengthKm:F1} km"), Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sources_of_the_inferred_trace_are_listed()
    {
        Assert.All(LineTrace.InferredKcl.Sources, s => Assert.Contains($"`{s}`", Text, StringComparison.Ordinal));
    }

    private static string Name(TerritoryId id) => id.Value switch
    {
        "salah-al-din" => "Salah al-Din",
        var v => char.ToUpperInvariant(v[0]) + v[1..],
    };

    [GeneratedRegex(@"\| (?<name>Duhok|Erbil|Sulaymaniyah|Ninewa|Kirkuk|Salah al-Din|Diyala) \| (?<km>[0-9.]+)")]
    private static partial Regex TableCell();
}
