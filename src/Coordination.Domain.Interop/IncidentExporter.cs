using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;

namespace Coordination.Domain.Interop;

/// <summary>
/// Writes a catalog's incidents as an ACLED or UCDP GED CSV file (UTF-8 without a byte-order mark, RFC 4180 quoting).
/// The header is the layout's columns followed by any other column the incidents' origins hold; an imported
/// incident's columns the model has no concept for are written back from its origin, so exporting what was
/// imported reproduces the original file's columns.
/// </summary>
public static class IncidentExporter
{
    /// <summary>Writes every incident of a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="options">How to write; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the writing between rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void Write(CoordinationCatalog catalog, Stream output, ExportOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteIncidents(catalog, (catalog ?? throw new ArgumentNullException(nameof(catalog))).Incidents, output, options, cancellationToken);

    /// <summary>Writes some incidents of a catalog.</summary>
    /// <param name="catalog">The catalog that holds the incidents (actor and territory names).</param>
    /// <param name="incidents">The incidents to write, in order.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="options">How to write; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the writing between rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="incidents"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="incidents"/> holds a <see langword="null"/> element.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void WriteIncidents(CoordinationCatalog catalog, IEnumerable<Incident> incidents, Stream output, ExportOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
