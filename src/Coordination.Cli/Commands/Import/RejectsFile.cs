using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Coordination.Domain.Interop;

namespace Coordination.Cli.Commands.Import;

/// <summary>
/// The rejects file of <c>coordination import --rejects</c>: the rejected rows as the data file held them, under
/// that file's header (and HXL row), so that it can be fixed and imported again. When rows of files with different
/// headers are rejected, each file's rows follow its own header.
/// </summary>
internal sealed class RejectsFile : IDisposable
{
    private readonly TextWriter writer;
    private DataFileHead? lastHead;

    /// <summary>Creates the rejects file (empty until a row is rejected), replacing it.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <exception cref="Catalogs.CatalogFileException">The file cannot be created.</exception>
    public RejectsFile(string path) =>
        writer = new StreamWriter(OutputFile.Create(path), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };

    /// <summary>Writes a rejected row, after its file's header when the last row written was another file's.</summary>
    /// <param name="head">The head of the row's file.</param>
    /// <param name="row">The row.</param>
    public void Write(DataFileHead head, RejectedRow row)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(row);
        WriteHead(head);
        writer.WriteLine(row.Text);
    }

    /// <summary>Writes a row read as an incident but not imported (its id is held by another record), its fields quoted as RFC 4180 says.</summary>
    /// <param name="head">The head of the row's file.</param>
    /// <param name="fields">The row's fields.</param>
    public void Write(DataFileHead head, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(fields);
        WriteHead(head);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.WriteLine();
    }

    /// <inheritdoc/>
    public void Dispose() => writer.Dispose();

    private void WriteHead(DataFileHead head)
    {
        if (ReferenceEquals(head, lastHead) || (lastHead is not null && lastHead.Header == head.Header && lastHead.HxlRow == head.HxlRow))
        {
            lastHead = head;
            return;
        }

        lastHead = head;
        writer.WriteLine(head.Header);
        if (head.HxlRow is { } hxl)
        {
            writer.WriteLine(hxl);
        }
    }
}
