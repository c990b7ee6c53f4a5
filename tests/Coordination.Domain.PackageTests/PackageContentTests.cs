using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace Coordination.Domain.PackageTests;

/// <summary>What the packed .nupkg and .snupkg files hold: the documentation, licence and metadata a user sees on nuget.org.</summary>
public sealed partial class PackageContentTests
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Theory]
    [InlineData("Coordination.Domain")]
    [InlineData("Coordination.Domain.Testing")]
    [InlineData("Coordination.Domain.Interop")]
    [InlineData("Coordination.Domain.Geo")]
    [InlineData("Coordination.Domain.Parquet")]
    public void The_package_holds_the_assembly_its_XML_docs_the_README_and_the_licence(string id)
    {
        using var package = Open(id, "nupkg");
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal));
        Assert.Contains("Apache License", Read(package, "LICENSE"), StringComparison.Ordinal);
        Assert.Contains("<member name=\"T:", Read(package, $"lib/net10.0/{id}.xml"), StringComparison.Ordinal);
        Assert.Contains("dotnet add package", Read(package, "README.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Coordination.Domain")]
    [InlineData("Coordination.Domain.Testing")]
    [InlineData("Coordination.Domain.Interop")]
    [InlineData("Coordination.Domain.Geo")]
    [InlineData("Coordination.Domain.Parquet")]
    public void The_nuspec_names_the_licence_readme_and_repository_commit(string id)
    {
        using var package = Open(id, "nupkg");
        var metadata = Nuspec(package);
        string Get(string name) => metadata.Element(metadata.Name.Namespace + name)?.Value ?? string.Empty;

        Assert.Equal(id, Get("id"));
        Assert.Equal(PackageInfo.Version, Get("version"));
        Assert.False(string.IsNullOrWhiteSpace(Get("description")));
        Assert.False(string.IsNullOrWhiteSpace(Get("authors")));
        Assert.Contains("iraq", Get("tags"), StringComparison.Ordinal);
        Assert.Equal("README.md", Get("readme"));
        var license = metadata.Element(metadata.Name.Namespace + "license")!;
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("Apache-2.0", license.Value);
        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.Matches(CommitPattern(), repository.Attribute("commit")?.Value ?? string.Empty);
        Assert.StartsWith("https://", Get("projectUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_core_package_depends_on_FluentValidation_and_NodaTime_only()
    {
        using var package = Open("Coordination.Domain", "nupkg");

        Assert.Equal(["FluentValidation", "NodaTime", "NodaTime.Serialization.SystemTextJson"], DependencyIds(package));
    }

    [Fact]
    public void The_testing_package_depends_on_the_same_version_of_the_core_interop_and_geo_and_on_FsCheck()
    {
        using var package = Open("Coordination.Domain.Testing", "nupkg");
        var metadata = Nuspec(package);

        Assert.Equal(["Coordination.Domain", "Coordination.Domain.Geo", "Coordination.Domain.Interop", "FsCheck"], DependencyIds(package));
        foreach (var id in (string[])["Coordination.Domain", "Coordination.Domain.Geo", "Coordination.Domain.Interop"])
        {
            var ours = metadata.Descendants(metadata.Name.Namespace + "dependency").Single(d => d.Attribute("id")?.Value == id);
            Assert.Equal(PackageInfo.Version, ours.Attribute("version")?.Value);
        }
    }

    [Fact]
    public void The_interop_package_depends_on_the_same_version_of_the_core_and_on_Sep()
    {
        using var package = Open("Coordination.Domain.Interop", "nupkg");
        var metadata = Nuspec(package);
        var core = metadata.Descendants(metadata.Name.Namespace + "dependency").Single(d => d.Attribute("id")?.Value == "Coordination.Domain");

        Assert.Equal(["Coordination.Domain", "Sep"], DependencyIds(package));
        Assert.Equal(PackageInfo.Version, core.Attribute("version")?.Value);
    }

    [Fact]
    public void The_geo_package_depends_on_the_same_version_of_the_core_and_on_NetTopologySuite()
    {
        using var package = Open("Coordination.Domain.Geo", "nupkg");
        var metadata = Nuspec(package);
        var core = metadata.Descendants(metadata.Name.Namespace + "dependency").Single(d => d.Attribute("id")?.Value == "Coordination.Domain");

        Assert.Equal(["Coordination.Domain", "NetTopologySuite", "NetTopologySuite.IO.GeoJSON4STJ"], DependencyIds(package));
        Assert.Equal(PackageInfo.Version, core.Attribute("version")?.Value);
    }

    [Fact]
    public void The_parquet_package_depends_on_the_same_version_of_the_core_and_on_Parquet_Net()
    {
        using var package = Open("Coordination.Domain.Parquet", "nupkg");
        var metadata = Nuspec(package);
        var core = metadata.Descendants(metadata.Name.Namespace + "dependency").Single(d => d.Attribute("id")?.Value == "Coordination.Domain");

        Assert.Equal(["Coordination.Domain", "Parquet.Net"], DependencyIds(package));
        Assert.Equal(PackageInfo.Version, core.Attribute("version")?.Value);
    }

    [Theory]
    [InlineData("Coordination.Domain")]
    [InlineData("Coordination.Domain.Testing")]
    [InlineData("Coordination.Domain.Interop")]
    [InlineData("Coordination.Domain.Geo")]
    [InlineData("Coordination.Domain.Parquet")]
    public void A_symbol_package_of_the_same_version_holds_the_portable_pdb(string id)
    {
        using var symbols = Open(id, "snupkg");
        var entry = symbols.GetEntry($"lib/net10.0/{id}.pdb");

        Assert.NotNull(entry);
        Assert.Equal(PackageInfo.Version, Nuspec(symbols).Element(Nuspec(symbols).Name.Namespace + "version")?.Value);
        using var pdb = ReadPdb(entry);
        var reader = pdb.GetMetadataReader();
        Assert.NotEmpty(reader.Documents);
    }

    [Theory]
    [InlineData("Coordination.Domain")]
    [InlineData("Coordination.Domain.Testing")]
    [InlineData("Coordination.Domain.Interop")]
    [InlineData("Coordination.Domain.Geo")]
    [InlineData("Coordination.Domain.Parquet")]
    public void The_pdb_has_deterministic_source_paths_exactly_when_built_for_CI(string id)
    {
        using var symbols = Open(id, "snupkg");
        using var pdb = ReadPdb(symbols.GetEntry($"lib/net10.0/{id}.pdb")!);
        var reader = pdb.GetMetadataReader();
        var paths = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();

        if (PackageInfo.ContinuousIntegrationBuild)
        {
            Assert.All(paths, p => Assert.StartsWith("/_/", p, StringComparison.Ordinal));
        }
        else
        {
            Assert.All(paths, p => Assert.DoesNotContain("/_/", p, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Coordination.Domain")]
    [InlineData("Coordination.Domain.Testing")]
    [InlineData("Coordination.Domain.Interop")]
    [InlineData("Coordination.Domain.Geo")]
    [InlineData("Coordination.Domain.Parquet")]
    public void Any_source_link_in_the_pdb_points_at_the_repository_host(string id)
    {
        using var symbols = Open(id, "snupkg");
        using var pdb = ReadPdb(symbols.GetEntry($"lib/net10.0/{id}.pdb")!);
        var reader = pdb.GetMetadataReader();
        var sourceLinks = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(c => reader.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
            .ToList();

        // A clone whose remote is on GitHub gets a source link to raw.githubusercontent.com; a clone of
        // a local path gets none (no host to link to), and the build must still pass.
        Assert.True(sourceLinks.Count <= 1);
        Assert.All(sourceLinks, json => Assert.Contains("https://raw.githubusercontent.com/", json, StringComparison.Ordinal));
    }

    private static ZipArchive Open(string id, string extension)
    {
        var path = Path.Combine(PackageInfo.Feed, $"{id}.{PackageInfo.Version}.{extension}");
        Assert.True(File.Exists(path), $"{path} does not exist; found: {string.Join(", ", Directory.GetFiles(PackageInfo.Feed).Select(Path.GetFileName))}");
        return ZipFile.OpenRead(path);
    }

    private static string Read(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        var root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    private static string[] DependencyIds(ZipArchive package)
    {
        var metadata = Nuspec(package);
        var group = metadata.Descendants(metadata.Name.Namespace + "group").Single();
        Assert.Equal("net10.0", group.Attribute("targetFramework")?.Value);
        return [.. group.Elements(metadata.Name.Namespace + "dependency").Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal)];
    }

    private static MetadataReaderProvider ReadPdb(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return MetadataReaderProvider.FromPortablePdbStream(copy);
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitPattern();
}
