using System;
using System.Text;

namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>How the synthetic files write one field: quoted, with its quotes doubled, where it holds a comma, a quote or a line break, as the data sets publish them.</summary>
internal static class CsvField
{
    /// <summary>Appends a field and the comma after it.</summary>
    /// <param name="line">The line being written.</param>
    /// <param name="value">The field's text.</param>
    public static void Append(StringBuilder line, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            line.Append(value);
        }

        line.Append(',');
    }
}
