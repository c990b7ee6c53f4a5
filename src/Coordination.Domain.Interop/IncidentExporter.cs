using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop.Acled;
using Coordination.Domain.Interop.Ucdp;
using nietras.SeparatedValues;

namespace Coordination.Domain.Interop;

/// <summary>
/// Writes a catalog's incidents as an ACLED or UCDP GED CSV file (UTF-8 without a byte-order mark, RFC 4180 quoting).
/// The header is the layout's columns followed by any other column the incidents' origins hold; an imported
/// incident's columns the model has no concept for are written back from its origin, so exporting what was
/// imported reproduces the original file's columns.
/// </summary>
/// <remarks>
/// <para>Each value comes from the data set's formatter when the model has a concept for the column (dates, kinds,
/// actors, places, casualties), else from the incident's <see cref="Provenance.RecordOrigin"/> when it came from the
/// same data set (the column compared ignoring case), else is empty. Columns of an origin that the layout lacks are
/// added after the layout's own, in the order they are first met. With <see cref="ExportOptions.IncludeHxlRow"/>, the
/// row under the header holds each column's HXL hashtag (empty for a column that has none).</para>
/// </remarks>
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
    /// <exception cref="ArgumentException"><paramref name="incidents"/> holds a <see langword="null"/> element, or <see cref="ExportOptions.Layout"/> is not a defined layout.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void WriteIncidents(CoordinationCatalog catalog, IEnumerable<Incident> incidents, Stream output, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new ExportOptions();
        var dataSet = DataLayouts.DataSetOf(options.Layout);
        var rows = incidents as IReadOnlyList<Incident> ?? [.. incidents];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null)
            {
                throw new ArgumentException($"Incident {i} is null.", nameof(incidents));
            }
        }

        IIncidentFormatter formatter = dataSet == ConflictDataSet.Acled ? new AcledIncidentFormatter() : new UcdpIncidentFormatter();
        var originName = dataSet == ConflictDataSet.Acled ? "ACLED" : "UCDP GED";
        var columns = Columns(options.Layout, rows, originName);
        cancellationToken.ThrowIfCancellationRequested();

        var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        using (var writer = new SepWriterOptions(new Sep(',')) { WriteHeader = false, Escape = true }.To(text))
        {
            WriteRow(writer, columns);
            if (options.IncludeHxlRow)
            {
                WriteRow(writer, [.. columns.Select(c => formatter.HxlTagOf(c) ?? string.Empty)]);
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var row = new string[columns.Count];
            foreach (var incident in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                values.Clear();
                formatter.Format(incident, catalog, options.Layout, values);
                var origin = incident.Origin is { } o && string.Equals(o.DataSet, originName, StringComparison.OrdinalIgnoreCase) ? o : null;
                for (var i = 0; i < columns.Count; i++)
                {
                    row[i] = values.TryGetValue(columns[i], out var value) ? value ?? string.Empty : origin?.FieldValue(columns[i]) ?? string.Empty;
                }

                WriteRow(writer, row);
            }
        }

        text.Flush();
    }

    // The layout's columns, then those of the origins of the same data set that the layout lacks, in the order first met.
    private static List<string> Columns(DataLayout layout, IReadOnlyList<Incident> incidents, string originName)
    {
        var columns = new List<string>(DataLayouts.ColumnsOf(layout));
        var known = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        foreach (var incident in incidents)
        {
            if (incident.Origin is { } origin && string.Equals(origin.DataSet, originName, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var field in origin.Fields)
                {
                    var name = field.Column.Trim();
                    if (name.Length > 0 && known.Add(name))
                    {
                        columns.Add(field.Column);
                    }
                }
            }
        }

        return columns;
    }

    private static void WriteRow(SepWriter writer, IReadOnlyList<string> values)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < values.Count; i++)
        {
            row[i].Set(values[i]);
        }
    }
}
