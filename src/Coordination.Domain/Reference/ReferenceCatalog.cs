using System;
using System.IO;
using System.Reflection;
using System.Text.Json;
using Coordination.Domain.Catalog;
using Coordination.Domain.Serialization;

namespace Coordination.Domain.Reference;

/// <summary>
/// The reference catalog embedded in the package: every fact of the Esta Media Network article
/// "U.S.-led Coalition supports establishing JCC between Iraqi and Kurdish forces" (the actors,
/// territories, the KCL, the JCCC at Camp Zeravani, the four proposed JCCs, the liaison officers at
/// the Joint Operations Command, the Prde attack, the October 2017 change of control, the Coalition's
/// support and the statements quoted), plus facts from other public reporting, each tied to its
/// source. It validates clean (see <c>CoordinationCatalog.Validate</c>).
/// </summary>
/// <remarks>
/// <see cref="Load"/> reads the embedded JSON once and caches the result; the catalog is immutable,
/// so the same instance is safe to share. <c>docs/reference-catalog.md</c> lists every record and its source.
/// </remarks>
public static class ReferenceCatalog
{
    /// <summary>The manifest name of the embedded JSON document.</summary>
    public const string ResourceName = "Coordination.Domain.Reference.reference-catalog.json";

    private static readonly Lazy<CoordinationCatalog> Cached = new(() => Read(OpenJson));

    /// <summary>Loads the reference catalog.</summary>
    /// <returns>The catalog, the same instance on every call.</returns>
    public static CoordinationCatalog Load() => Cached.Value;

    /// <summary>
    /// Opens the embedded JSON document of the reference catalog, for callers who want its bytes as shipped.
    /// (The <c>coordination export</c> command does not copy these bytes: it writes the catalog <see cref="Load"/>
    /// returns through <c>CoordinationJson.Serialize</c>, indented, so its output follows the library's writer.)
    /// </summary>
    /// <returns>A read-only stream of UTF-8 JSON; the caller disposes it.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a broken build).</exception>
    public static Stream OpenJson() => Open(typeof(ReferenceCatalog).Assembly, ResourceName);

    /// <summary>Opens the resource <paramref name="name"/> of <paramref name="assembly"/>, or says which is missing.</summary>
    internal static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {assembly.GetName().Name}.");

    /// <summary>Reads a catalog from the stream <paramref name="open"/> gives, turning a JSON error into the broken-build error.</summary>
    internal static CoordinationCatalog Read(Func<Stream> open)
    {
        using var json = open();
        try
        {
            return CoordinationJson.Deserialize(json);
        }
        catch (JsonException error)
        {
            throw new InvalidOperationException($"The embedded reference catalog does not read: {error.Message}", error);
        }
    }
}
