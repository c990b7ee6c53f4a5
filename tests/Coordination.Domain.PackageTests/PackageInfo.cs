using System;
using System.Linq;
using System.Reflection;

namespace Coordination.Domain.PackageTests;

/// <summary>What the build of this project was told about the packages under test.</summary>
internal static class PackageInfo
{
    public static string Version => Metadata("PackageVersion");

    public static string Feed => Metadata("PackageFeed");

    public static string PackagesFolder => Metadata("PackagesFolder");

    public static bool ContinuousIntegrationBuild => string.Equals(Metadata("ContinuousIntegrationBuild"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Metadata(string key) =>
        typeof(PackageInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value ?? string.Empty;
}
