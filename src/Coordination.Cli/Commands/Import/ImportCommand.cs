using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Coordination.Cli.Catalogs;
using Coordination.Domain.Catalog;
using Coordination.Domain.Incidents;
using Coordination.Domain.Interop;
using Coordination.Domain.Interop.LivingData;
using Coordination.Domain.Interop.Ucdp;
using Coordination.Domain.Serialization;

namespace Coordination.Cli.Commands.Import;

/// <summary>
/// <c>coordination import FILE...</c>: reads ACLED and UCDP GED files into a catalog (the reference catalog, or
/// <c>--catalog</c>) as a living data set — upserted by event id, ACLED deletions applied — and writes it.
/// </summary>
internal static partial class ImportCommand
{
    /// <summary>How many rejected rows are described on standard error; the rest are counted (and kept by <c>--rejects</c>).</summary>
    public const int MaxRejectsShown = 20;

    /// <summary>Creates the command.</summary>
    /// <param name="services">What the command draws on.</param>
    /// <param name="console">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services, CliConsole console)
    {
        var filesArgument = new Argument<string[]>("FILE")
        {
            Description = "The ACLED or UCDP GED files (CSV, UTF-8), read in order; each file's layout is recognised by its header.",
            Arity = ArgumentArity.OneOrMore,
        };
        var fromOption = new Option<ImportSource?>("--from")
        {
            Description = "The data set the files are from: a file whose header is the other data set's is refused, one whose header no layout matches is read by column name as this data set's [default: recognised by header].",
            HelpName = "acled|ucdp",
            CustomParser = ParseSource,
        };
        fromOption.CompletionSources.Add("acled", "ucdp");
        var encodingOption = new Option<Encoding?>("--encoding")
        {
            Description = "The files' encoding, by name (windows-1256, iso-8859-6, utf-16 …); a byte that is not valid in it rejects its row [default: UTF-8, with or without a byte-order mark].",
            HelpName = "NAME",
            CustomParser = ParseEncoding,
        };
        var catalogOption = new Option<string>("--catalog", "-c")
        {
            Description = "The catalog to import into (an earlier import's output, to update it) [default: the reference catalog].",
            HelpName = "BASE",
        };
        var deletionsOption = new Option<string>("--deletions")
        {
            Description = "An ACLED deletion list (CSV with event_id_cnty and deleted_timestamp): the events it names are removed, unless updated after their deletion.",
            HelpName = "FILE",
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Write the catalog to this file (replacing it) instead of standard output; a name ending in .jsonl gets the incidents as JSON Lines.",
            HelpName = "OUT",
        };
        var rejectsOption = new Option<string>("--rejects")
        {
            Description = "Write the rejected rows, as the files held them, under their file's header to this file (replacing it).",
            HelpName = "FILE",
        };
        var maxBytesOption = CommonOptions.MaxBytes();
        var command = new Command("import", "Import ACLED and UCDP GED files into a catalog: upsert by event id (the newest version wins), apply ACLED deletions, print a summary. Exit 0 when every row was imported, 1 when some were rejected (the rest still written), 2 when a file cannot be read.")
        {
            filesArgument, fromOption, encodingOption, catalogOption, deletionsOption, outputOption, rejectsOption, maxBytesOption,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            services,
            console,
            new ImportRequest(
                parse.GetValue(filesArgument) ?? [],
                parse.GetValue(fromOption),
                parse.GetValue(encodingOption),
                parse.GetValue(catalogOption),
                parse.GetValue(deletionsOption),
                parse.GetValue(outputOption),
                parse.GetValue(rejectsOption),
                parse.GetValue(maxBytesOption)),
            cancellationToken));
        return command;
    }

    /// <summary>Gets the UCDP release a file's name gives, as UCDP names its downloads (<c>GEDEvent_v25_1.csv</c> → <c>25.1</c>, <c>GEDEvent_v25_0_3.csv</c> → <c>25.0.3</c>).</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <returns>The release, or <see langword="null"/> when the name gives none.</returns>
    public static string? ReleaseOf(string file)
    {
        var match = ReleaseInFileName().Match(Path.GetFileNameWithoutExtension(file) ?? string.Empty);
        return match.Success && UcdpRelease.TryParse(match.Groups[1].Value, out var release) ? release.ToString() : null;
    }

    [GeneratedRegex(@"(?:^|[^A-Za-z0-9])(?:ged[A-Za-z]*_?)?v(\d{2}(?:[._]\d{1,2}){1,3})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseInFileName();

    private static Encoding? ParseEncoding(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            // Strict: a byte the encoding cannot decode is reported by the importer, never replaced.
            return Encoding.GetEncoding(text, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            result.AddError($"'{OneLineText.Clip(OneLineText.Of(text), 40)}' is not an encoding this machine knows; give a name such as utf-8, windows-1256 or iso-8859-6.");
            return null;
        }
    }

    private static ImportSource? ParseSource(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        switch (text)
        {
            case "acled":
                return ImportSource.Acled;
            case "ucdp":
                return ImportSource.Ucdp;
            default:
                result.AddError($"Argument '{OneLineText.Clip(OneLineText.Of(text), 40)}' not recognized. Must be one of: 'acled' 'ucdp'");
                return null;
        }
    }

    private static async Task<int> RunAsync(CliServices services, CliConsole console, ImportRequest request, CancellationToken cancellationToken)
    {
        var start = request.Catalog is { } baseFile
            ? new CatalogLoader(services.Format).Load(baseFile, request.MaxBytes).Catalog
            : services.ReferenceCatalog.Load();
        var run = new ImportRun(console, new LivingDataSet(start), start);
        using (var rejects = request.Rejects is { } rejectsPath ? new RejectsFile(rejectsPath) : null)
        {
            foreach (var file in request.Files)
            {
                run.ReadFile(file, request.From, request.Encoding, rejects, cancellationToken);
            }
        }

        int? deletionsRead = null;
        if (request.Deletions is { } deletionsFile)
        {
            deletionsRead = run.ReadDeletions(deletionsFile, cancellationToken);
        }

        run.ShowHiddenRejects();
        if (run.Unreadable)
        {
            console.Error.WriteLine($"{CoordinationApp.Name}: the catalog was not written: a file cannot be read.");
            return ExitCodes.Unusable;
        }

        var catalog = run.Living.ToCatalog();
        var errors = services.Validate(catalog).Errors.Count;
        if (errors > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{CoordinationApp.Name}: warning: the imported catalog has {errors} validation error{(errors == 1 ? string.Empty : "s")}; run 'coordination validate' on it for the list."));
        }

        await WriteAsync(services, console, catalog, request.Output, cancellationToken).ConfigureAwait(false);
        var summary = new ImportSummary(request.Files.Length, run.RowsRead, run.Rejected, run.Living.Counts, deletionsRead, run.DeletionsRejected, run.UnresolvedPlaces.Count);
        summary.WriteTo(request.Output is null ? console.Error : console.Out, request.Output);
        return run.Rejected + run.DeletionsRejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
    }

    private static async Task WriteAsync(CliServices services, CliConsole console, CoordinationCatalog catalog, string? output, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            using var buffer = new MemoryStream();
            services.Format.Write(buffer, catalog);
            console.Out.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimEnd());
        }
        else if (output.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            await OutputFile.WriteAsync(output, stream => CoordinationJson.WriteIncidentsAsync(stream, Stream(catalog.Incidents), cancellationToken)).ConfigureAwait(false);
        }
        else
        {
            OutputFile.Write(output, stream => services.Format.Write(stream, catalog));
        }
    }

#pragma warning disable CS1998 // An iterator over what is in memory already: nothing to await.
    private static async IAsyncEnumerable<Incident> Stream(IEnumerable<Incident> incidents)
#pragma warning restore CS1998
    {
        foreach (var incident in incidents)
        {
            yield return incident;
        }
    }

    /// <summary>The command line of one run.</summary>
    private sealed record ImportRequest(string[] Files, ImportSource? From, Encoding? Encoding, string? Catalog, string? Deletions, string? Output, string? Rejects, long MaxBytes);

    /// <summary>The state of one run: the living data set, the counts, and how the files went.</summary>
    private sealed class ImportRun(CliConsole console, LivingDataSet living, CoordinationCatalog start)
    {
        private int shown;
        private int hidden;

        public LivingDataSet Living => living;

        public bool Unreadable { get; private set; }

        public long RowsRead { get; private set; }

        public long Rejected { get; private set; }

        public int DeletionsRejected { get; private set; }

        public HashSet<string> UnresolvedPlaces { get; } = new(StringComparer.Ordinal);

        public void ReadFile(string file, ImportSource? from, Encoding? encoding, RejectsFile? rejects, CancellationToken cancellationToken)
        {
            if (Open(file) is not { } stream)
            {
                return;
            }

            using (stream)
            {
                var progress = new ImportProgress(console, stream, file);
                try
                {
                    var head = stream.CanSeek ? DataFileHead.Read(stream, encoding) : new DataFileHead(string.Empty, null, []);
                    if (!LayoutFor(file, head, from, out var layout))
                    {
                        return;
                    }

                    var dataSet = layout ?? head.Layout;
                    var release = dataSet is { } known && DataLayouts.DataSetOf(known) == ConflictDataSet.UcdpGed ? ReleaseOf(file) : null;
                    var importer = new IncidentImporter(new ImportOptions
                    {
                        Catalog = start, Layout = layout, Release = release, Encoding = encoding,
                        Locator = Coordination.Domain.Geo.TerritoryGeometry.IraqGovernorates, // rows whose names do not resolve, by their coordinates
                    });
                    foreach (var result in importer.Read(stream, cancellationToken))
                    {
                        RowsRead++;
                        progress.Report(RowsRead);
                        Take(file, head, result, rejects);
                    }

                    living.Add(importer.Records);
                }
                catch (InteropFormatException e)
                {
                    Fail(e.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{e.Line}") : file, WithoutLine(e));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
                {
                    Fail(file, $"cannot be read: {e.Message}");
                }
                finally
                {
                    progress.Done();
                }
            }
        }

        public int? ReadDeletions(string file, CancellationToken cancellationToken)
        {
            if (Open(file) is not { } stream)
            {
                return null;
            }

            using (stream)
            {
                try
                {
                    var list = AcledDeletions.Read(stream, cancellationToken);
                    foreach (var row in list.Rejected)
                    {
                        DeletionsRejected++;
                        Show(file, row.Line, row.Column, row.Value, row.Reason);
                    }

                    living.Apply(list);
                    return list.Deletions.Length;
                }
                catch (InteropFormatException e)
                {
                    Fail(e.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{e.Line}") : file, e.Message);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Fail(file, $"cannot be read: {e.Message}");
                }

                return null;
            }
        }

        public void ShowHiddenRejects()
        {
            if (hidden > 0)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{CoordinationApp.Name}: … and {hidden:N0} more rejected rows (--rejects FILE keeps them all)"));
            }
        }

        private void Take(string file, DataFileHead head, RowResult result, RejectsFile? rejects)
        {
            switch (result)
            {
                case ImportedRow row:
                    foreach (var place in row.UnresolvedPlaces)
                    {
                        UnresolvedPlaces.Add(place);
                    }

                    if (living.Upsert(row) == UpsertOutcome.Conflicting)
                    {
                        Rejected++;
                        rejects?.Write(head, row.Row.Fields);
                        Show(file, row.Line, null, null, $"The incident id '{row.Incident.Id}' is held by another record of the catalog (written by hand, or another data set's event); the row is not merged into it.");
                    }

                    break;
                case RejectedRow rejected:
                    Rejected++;
                    rejects?.Write(head, rejected);
                    Show(file, rejected.Line, rejected.Column, rejected.Value, rejected.Reason);
                    break;
            }
        }

        private bool LayoutFor(string file, DataFileHead head, ImportSource? from, out DataLayout? layout)
        {
            layout = null;
            if (from is not { } source)
            {
                // A header that is not text (a bad byte, a NUL) is left to the importer, which says so.
                if (head.Layout is null && !head.Columns.IsDefaultOrEmpty && !head.Header.Contains('\uFFFD', StringComparison.Ordinal) && !head.Header.Contains('\0', StringComparison.Ordinal))
                {
                    Fail($"{file}:1", $"the header is neither ACLED's (event_date with event_type or sub_event_type) nor UCDP GED's (id, type_of_violence and date_start); it starts '{OneLineText.Clip(OneLineText.Of(head.Header), 60)}'. Name the data set with --from acled or --from ucdp to read its columns by name anyway.");
                    return false;
                }

                return true;
            }

            var wanted = source == ImportSource.Acled ? ConflictDataSet.Acled : ConflictDataSet.UcdpGed;
            if (head.Layout is { } detected)
            {
                if (DataLayouts.DataSetOf(detected) != wanted)
                {
                    Fail($"{file}:1", $"the header is {Name(DataLayouts.DataSetOf(detected))}'s, not {Name(wanted)}'s (--from {(source == ImportSource.Acled ? "acled" : "ucdp")})");
                    return false;
                }

                layout = detected;
                return true;
            }

            layout = head.Columns.IsDefaultOrEmpty ? null : wanted == ConflictDataSet.Acled ? DataLayout.AcledSubset : DataLayout.UcdpGed;
            return true;
        }

        // The location is printed before the message: the library's own "Line N: " would say it twice; and the
        // command's option stands where the library names its own.
        private static string WithoutLine(InteropFormatException e)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Line {e.Line}: ");
            var message = e.Line > 0 && e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
            return InCommandWords(message);
        }

        private static string InCommandWords(string message) => message.Replace("ImportOptions.Encoding", "--encoding", StringComparison.Ordinal);

        private static string Name(ConflictDataSet dataSet) => dataSet == ConflictDataSet.Acled ? "ACLED" : "UCDP GED";

        private FileStream? Open(string file)
        {
            try
            {
                if (Directory.Exists(file))
                {
                    Fail(file, "is a directory, not a data file");
                    return null;
                }

                return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);
            }
            catch (FileNotFoundException)
            {
                Fail(file, "no such file");
            }
            catch (DirectoryNotFoundException)
            {
                Fail(file, "no such file (the directory does not exist)");
            }
            catch (Exception e) when (e is UnauthorizedAccessException or SecurityException)
            {
                Fail(file, "cannot be read: permission denied");
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                Fail(file, "is not a valid file name");
            }
            catch (IOException e)
            {
                Fail(file, $"cannot be read: {e.Message}");
            }

            return null;
        }

        private void Fail(string where, string message)
        {
            Unreadable = true;
            console.Error.WriteLine($"{CoordinationApp.Name}: error: {OneLineText.Clip($"{where}: {OneLineText.Of(message)}", 1000)}");
        }

        private void Show(string file, long line, string? column, string? value, string reason)
        {
            if (shown >= MaxRejectsShown)
            {
                hidden++;
                return;
            }

            shown++;
            var at = column is null ? string.Empty : $" column {column} ('{OneLineText.Clip(OneLineText.Of(value ?? string.Empty), 60)}'):";
            console.Error.WriteLine(OneLineText.Clip(string.Create(CultureInfo.InvariantCulture, $"{CoordinationApp.Name}: rejected: {file}:{line}:{at} {OneLineText.Of(InCommandWords(reason))}"), 1000));
        }
    }
}
