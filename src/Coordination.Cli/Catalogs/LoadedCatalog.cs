using System;
using Coordination.Domain.Catalog;

namespace Coordination.Cli.Catalogs;

/// <summary>A catalog read from a file, with the file's bytes kept to place problems at their line and column.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Catalog">The catalog.</param>
/// <param name="Utf8">The file's content.</param>
internal sealed record LoadedCatalog(string File, CoordinationCatalog Catalog, ReadOnlyMemory<byte> Utf8);
