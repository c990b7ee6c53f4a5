using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>A catalog read from a file, with the file's content and format kept to place problems at their line and column.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Catalog">The catalog.</param>
/// <param name="Content">The file's content.</param>
/// <param name="Format">The format that read it.</param>
internal sealed record LoadedCatalog(string File, CoordinationCatalog Catalog, ReadOnlyMemory<byte> Content, ICatalogFormat Format)
{
    /// <summary>Places JSON paths of the catalog document in the file.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>One position per path, <see langword="null"/> where it cannot be found.</returns>
    public ImmutableArray<TextPosition?> Locate(IReadOnlyList<string> paths) => Format.Locate(Content, paths);
}
