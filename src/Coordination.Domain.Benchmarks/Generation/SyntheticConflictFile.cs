using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Coordination.Domain.Benchmarks.Generation;

/// <summary>
/// A synthetic conflict-event file of any length, in ACLED's export layout or UCDP GED's, with Iraq's places and
/// actors: events over 2014–2024 (most in the years of the war against the Islamic State), in the governorates and
/// districts of the disputed territories and beyond (<see cref="SyntheticIraq"/>), with the actor names the actor map
/// knows and some it does not, event types in realistic proportions, fatalities mostly 0 to 2 with a long tail, and
/// one row in <see cref="ProblemInterval"/> broken in one of six ways the importer rejects (an impossible date,
/// fatalities in words, a latitude off the globe, a truncated row, an unknown sub-event type, an interaction that
/// does not match its actor types; for UCDP an unknown type of violence, an impossible date, best above high, a
/// latitude off the globe, a truncated row, deaths per party that do not add up to best). The same layout, row count
/// and seed always give the same bytes.
/// </summary>
public sealed class SyntheticConflictFile
{
    /// <summary>The seed used when none is given (the fall of Mosul, 10 June 2014).</summary>
    public const ulong DefaultSeed = 20_140_610;

    /// <summary>One row in this many has a problem: row <c>i</c> (from 0) when <c>i % ProblemInterval == ProblemInterval / 2</c>.</summary>
    public const int ProblemInterval = 1_000;

    /// <summary>The number of ways a row is broken; the <c>k</c>-th broken row is broken in way <c>k % ProblemKinds</c>.</summary>
    public const int ProblemKinds = 6;

    private static readonly DateOnly FirstDay = new(2014, 1, 1);
    private static readonly DateOnly LastDay = new(2024, 12, 31);

    // Events per year in Iraq, roughly as the war against the Islamic State rose and fell (2014 to 2024).
    private static readonly int[] YearWeights = [16, 22, 20, 16, 8, 5, 4, 3, 2, 2, 2];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] AcledSources = ["Shafaq News", "Rudaw", "Kurdistan 24; Shafaq News", "Al Sumaria", "Xinhua", "Iraqi News Agency", "Twitter; Shafaq News", "Baghdad Today", "Kurdistan 24"];

    private static readonly string[] UcdpOffices = ["Rudaw", "Reuters", "Agence France Presse", "BBC Monitoring", "Shafaq News", "Kurdistan 24;Rudaw", "Associated Press;Reuters"];

    /// <summary>Initializes a file of <paramref name="rows"/> data rows after the header.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="rows">The number of data rows, 0 or more.</param>
    /// <param name="seed">The seed: the same seed gives the same file.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative, or <paramref name="layout"/> is not a layout.</exception>
    public SyntheticConflictFile(GeneratedLayout layout, long rows, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (layout is not (GeneratedLayout.Acled or GeneratedLayout.Ucdp))
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, "The layout is Acled or Ucdp.");
        }

        Layout = layout;
        Rows = rows;
        Seed = seed;
    }

    /// <summary>Gets the layout.</summary>
    public GeneratedLayout Layout { get; }

    /// <summary>Gets the number of data rows.</summary>
    public long Rows { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets how many of the rows have a problem the importer rejects.</summary>
    public long ProblemRows => Rows <= ProblemInterval / 2 ? 0 : ((Rows - (ProblemInterval / 2) - 1) / ProblemInterval) + 1;

    /// <summary>Gets whether a row has a problem.</summary>
    /// <param name="index">The row's index among the data rows, from 0.</param>
    /// <returns>Whether it has one.</returns>
    public static bool IsProblem(long index) => index % ProblemInterval == ProblemInterval / 2;

    /// <summary>Writes the file (UTF-8 without a byte-order mark, lines ended by a line feed).</summary>
    /// <param name="path">The file, replaced.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Write(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Write(file);
    }

    /// <summary>Writes the file (UTF-8 without a byte-order mark, lines ended by a line feed).</summary>
    /// <param name="stream">Where to; not closed.</param>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var random = new SeededRandom(unchecked(Seed ^ ((ulong)Layout * 0x9E3779B97F4A7C15UL)));
        var line = new StringBuilder(1024);
        writer.Write(string.Join(',', Layout == GeneratedLayout.Acled ? Interop.DataLayouts.ColumnsOf(Interop.DataLayout.AcledSince2023) : Interop.DataLayouts.ColumnsOf(Interop.DataLayout.UcdpGed)));
        writer.Write('\n');
        for (long i = 0; i < Rows; i++)
        {
            var problem = IsProblem(i) ? (int)(i / ProblemInterval % ProblemKinds) : -1;
            var synthetic = SyntheticEvent.Next(ref random, RandomDate(ref random), violentOnly: Layout == GeneratedLayout.Ucdp);
            line.Clear();
            if (Layout == GeneratedLayout.Acled)
            {
                AppendAcled(line, synthetic, i, problem, ref random);
            }
            else
            {
                AppendUcdp(line, synthetic, i, problem, ref random);
            }

            line.Append('\n');
            writer.Write(line);
        }
    }

    /// <summary>Gets the bytes of the file (for tests and small files).</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Write(memory);
        return memory.ToArray();
    }

    private static DateOnly RandomDate(ref SeededRandom random)
    {
        var year = 2014 + random.Pick(YearWeights, 100);
        var start = new DateOnly(year, 1, 1);
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        var date = start.AddDays(random.Next(days));
        return date < FirstDay ? FirstDay : date > LastDay ? LastDay : date;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Degrees(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AppendAcled(StringBuilder line, SyntheticEvent e, long index, int problem, ref SeededRandom random)
    {
        var place = e.Place;
        var interaction = e.Inter2 == 0 ? e.Inter1 * 10 : (Math.Min(e.Inter1, e.Inter2) * 10) + Math.Max(e.Inter1, e.Inter2);
        var latitude = place.Latitude + ((random.NextDouble() - 0.5) / 50);
        var longitude = place.Longitude + ((random.NextDouble() - 0.5) / 50);
        var timestamp = new DateTimeOffset(e.Date.AddDays(3 + random.Next(400)).ToDateTime(new TimeOnly(random.Next(24), random.Next(60))), TimeSpan.Zero).ToUnixTimeSeconds();
        var notes = $"On {e.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {e.Actor1} {e.Action} in {place.Location} ({place.Admin2}, {place.Admin1})"
            + (e.Actor2.Length > 0 ? $" against \"{e.Actor2}\"" : string.Empty)
            + $". {(e.Fatalities == 0 ? "No" : Invariant(e.Fatalities))} fatalit{(e.Fatalities == 1 ? "y was" : "ies were")} reported{(random.Chance(0.3) ? "; the security media cell said the area was cordoned off" : string.Empty)}.";

        CsvField.Append(line, $"IRQ{index + 1}");
        CsvField.Append(line, problem == 0 ? $"{e.Date.Year}-02-30" : Iso(e.Date));
        CsvField.Append(line, Invariant(e.Date.Year));
        CsvField.Append(line, Invariant(e.TimePrecision));
        CsvField.Append(line, e.Disorder);
        CsvField.Append(line, e.EventType);
        CsvField.Append(line, problem == 4 ? e.SubEventType + "es" : e.SubEventType);
        CsvField.Append(line, e.Actor1);
        CsvField.Append(line, e.AssociatedActor1);
        CsvField.Append(line, Invariant(e.Inter1));
        CsvField.Append(line, e.Actor2);
        CsvField.Append(line, string.Empty);
        CsvField.Append(line, e.Inter2 == 0 ? string.Empty : Invariant(e.Inter2));
        CsvField.Append(line, Invariant(problem == 5 ? interaction + 1 : interaction));
        CsvField.Append(line, e.Inter2 == 7 ? "Civilian targeting" : string.Empty);
        CsvField.Append(line, "368");
        CsvField.Append(line, "Middle East");
        CsvField.Append(line, "Iraq");
        CsvField.Append(line, place.Admin1);
        CsvField.Append(line, place.Admin2);
        CsvField.Append(line, place.Admin3);
        CsvField.Append(line, place.Location);
        CsvField.Append(line, problem == 2 ? Degrees(latitude + 100) : Degrees(latitude));
        CsvField.Append(line, Degrees(longitude));
        CsvField.Append(line, Invariant(e.GeoPrecision));
        CsvField.Append(line, AcledSources[random.Next(AcledSources.Length)]);
        CsvField.Append(line, random.Chance(0.5) ? "National" : "Subnational-National");
        CsvField.Append(line, notes);
        if (problem == 3)
        {
            line.Length--; // a truncated row: it ends after the notes
            return;
        }

        CsvField.Append(line, problem == 1 ? "a dozen" : Invariant(e.Fatalities));
        CsvField.Append(line, e.EventType == "Protests" && random.Chance(0.4) ? "crowd size=no report" : string.Empty);
        line.Append(Invariant(timestamp));
    }

    private static void AppendUcdp(StringBuilder line, SyntheticEvent e, long index, int problem, ref SeededRandom random)
    {
        var place = e.Place;
        var (violence, conflictId, conflictName, dyadId, sideAId, sideA, sideBId, sideB, gwnoA) = e.UcdpSides(ref random);
        var latitude = Math.Round(place.Latitude + ((random.NextDouble() - 0.5) / 50), 4);
        var longitude = Math.Round(place.Longitude + ((random.NextDouble() - 0.5) / 50), 4);
        var wherePrecision = random.Pick([55, 25, 10, 7, 2, 1], 100) + 1;
        var datePrecision = random.Pick([75, 10, 7, 6, 2], 100) + 1;
        var (start, end) = datePrecision switch
        {
            1 => (e.Date, e.Date),
            2 => (e.Date, e.Date.AddDays(random.Next(1, 6))),
            3 => (e.Date, e.Date.AddDays(6)),
            4 => (new DateOnly(e.Date.Year, e.Date.Month, 1), new DateOnly(e.Date.Year, e.Date.Month, DateTime.DaysInMonth(e.Date.Year, e.Date.Month))),
            _ => (new DateOnly(e.Date.Year, 1, 1), new DateOnly(e.Date.Year, 12, 31)),
        };
        var best = e.Fatalities;
        var low = best == 0 ? 0 : best - random.Next(Math.Max(1, best / 3) + 1);
        var high = best + (random.Chance(0.3) ? random.Next(1, 2 + (best / 2)) : 0);
        var (deathsA, deathsB, civilians, unknown) = Split(best, violence, ref random);
        var office = UcdpOffices[random.Next(UcdpOffices.Length)];
        var priogrid = ((int)Math.Floor((latitude + 90) * 2) * 720) + (int)Math.Floor((longitude + 180) * 2) + 1;

        CsvField.Append(line, Invariant(300_000 + index));
        CsvField.Append(line, $"IRQ-{start.Year}-{violence}-{conflictId}-{index + 1}");
        CsvField.Append(line, Invariant(start.Year));
        CsvField.Append(line, "1");
        CsvField.Append(line, "Clear");
        CsvField.Append(line, problem == 0 ? "4" : Invariant(violence));
        CsvField.Append(line, Invariant(conflictId));
        CsvField.Append(line, Invariant(conflictId));
        CsvField.Append(line, conflictName);
        CsvField.Append(line, Invariant(dyadId));
        CsvField.Append(line, Invariant(dyadId));
        CsvField.Append(line, $"{sideA} - {sideB}");
        CsvField.Append(line, Invariant(sideAId));
        CsvField.Append(line, Invariant(sideAId));
        CsvField.Append(line, sideA);
        CsvField.Append(line, Invariant(sideBId));
        CsvField.Append(line, Invariant(sideBId));
        CsvField.Append(line, sideB);
        CsvField.Append(line, Invariant(1 + random.Next(4)));
        CsvField.Append(line, $"\"{office},{Iso(start)},{sideA} {e.Action} in {place.Location}\"");
        CsvField.Append(line, office);
        CsvField.Append(line, Iso(start));
        CsvField.Append(line, $"{sideA} {e.Action} in {place.Location}");
        CsvField.Append(line, random.Chance(0.5) ? "local sources" : string.Empty);
        CsvField.Append(line, Invariant(wherePrecision));
        CsvField.Append(line, $"{place.Location} town");
        CsvField.Append(line, $"{place.Location} town, {place.UcdpAdm2}, {place.UcdpAdm1}");
        CsvField.Append(line, place.UcdpAdm1);
        CsvField.Append(line, place.UcdpAdm2);
        CsvField.Append(line, problem == 3 ? Degrees(latitude + 100) : Degrees(latitude));
        CsvField.Append(line, Degrees(longitude));
        CsvField.Append(line, $"POINT ({Degrees(longitude)} {Degrees(latitude)})");
        CsvField.Append(line, Invariant(priogrid));
        if (problem == 4)
        {
            line.Length--; // a truncated row: it ends after priogrid_gid
            return;
        }

        CsvField.Append(line, "Iraq");
        CsvField.Append(line, "645");
        CsvField.Append(line, "Middle East");
        CsvField.Append(line, Invariant(random.Chance(0.9) ? 1 : 2));
        CsvField.Append(line, Invariant(datePrecision));
        CsvField.Append(line, problem == 1 ? $"{start.Year}-02-30" : Iso(start));
        CsvField.Append(line, problem == 1 ? $"{start.Year}-02-30" : Iso(end));
        CsvField.Append(line, Invariant(problem == 5 ? deathsA + 1 : deathsA));
        CsvField.Append(line, Invariant(deathsB));
        CsvField.Append(line, Invariant(civilians));
        CsvField.Append(line, Invariant(unknown));
        CsvField.Append(line, Invariant(problem == 2 ? high + 2 : best));
        CsvField.Append(line, Invariant(high));
        CsvField.Append(line, Invariant(low));
        CsvField.Append(line, gwnoA); // and gwnob, after its comma: blank, as for every side that is not a government
    }

    // Splits best among the parties: side A, side B, civilians, unknown (they add up to best, as UCDP's do).
    private static (int A, int B, int Civilians, int Unknown) Split(int best, int violence, ref SeededRandom random)
    {
        if (best == 0)
        {
            return (0, 0, 0, 0);
        }

        if (violence == 3)
        {
            var civilians = best - random.Next(best / 4 + 1);
            return (0, 0, civilians, best - civilians);
        }

        var a = random.Next(best + 1);
        var b = random.Next(best - a + 1);
        var c = random.Next(best - a - b + 1);
        return (a, b, c, best - a - b - c);
    }
}
