using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Coordination.Domain.Benchmarks.Generation;

namespace Coordination.Domain.Benchmarks;

/// <summary>
/// A read-only stream of an ACLED export (the 31 columns of the layout since 2023, UTF-8) of <c>rows</c> realistic
/// Iraq rows made on the fly from a cycle of 1 000 pre-written ones — battles, IEDs, air strikes and protests in the
/// governorates ACLED names, with its actor names, inter codes, coordinates, sources and notes of a few hundred
/// characters, some quoted — so that the input of an import benchmark never sits in memory. Each row's
/// <c>event_id_cnty</c> is its own (<c>IRQ10000</c>, <c>IRQ10001</c> …, one per row of the stream), so that no two rows
/// are the same event however many times the cycle repeats.
/// </summary>
public sealed class SyntheticAcledStream : Stream
{
    /// <summary>The header of the layout since 2023.</summary>
    public const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private static readonly byte[] HeaderLine = Encoding.UTF8.GetBytes(Header + "\n");

    /// <summary>The first row's number in its event id (<c>IRQ10000</c>).</summary>
    public const long FirstEventNumber = 10_000;

    private readonly long rows;
    private byte[] lineBuffer = new byte[1024];
    private long line = -1;
    private int lineLength = -1;
    private int offset;

    /// <summary>Initializes a stream of <paramref name="rows"/> data rows after the header.</summary>
    /// <param name="rows">The number of data rows.</param>
    public SyntheticAcledStream(long rows) => this.rows = rows;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Gets the whole file of <paramref name="rows"/> rows as bytes (for a baseline that reads the same bytes).</summary>
    /// <param name="rows">The number of data rows.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Bytes(long rows)
    {
        using var copy = new MemoryStream();
        new SyntheticAcledStream(rows).CopyTo(copy);
        return copy.ToArray();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && line < rows)
        {
            var current = line < 0 ? HeaderLine.AsSpan() : CurrentLine();
            var source = current[offset..];
            var n = Math.Min(source.Length, buffer.Length - written);
            source[..n].CopyTo(buffer[written..]);
            written += n;
            offset += n;
            if (offset == current.Length)
            {
                line++;
                offset = 0;
                lineLength = -1;
            }
        }

        return written;
    }

    /// <summary>Gets the event id of the data row at <paramref name="index"/> (0-based): <c>IRQ</c> and <see cref="FirstEventNumber"/> + index.</summary>
    /// <param name="index">The row's index among the data rows.</param>
    /// <returns>For example <c>IRQ10000</c> for the first row.</returns>
    public static string EventIdOf(long index) => string.Create(CultureInfo.InvariantCulture, $"IRQ{FirstEventNumber + index}");

    public override void Flush()
    {
    }

    // The current data row: its own event id, then the rest of its line from the cycle.
    private ReadOnlySpan<byte> CurrentLine()
    {
        if (lineLength < 0)
        {
            var rest = Lines[line % Lines.Length];
            if (lineBuffer.Length < rest.Length + 32)
            {
                lineBuffer = new byte[rest.Length + 32];
            }

            "IRQ"u8.CopyTo(lineBuffer);
            (FirstEventNumber + line).TryFormat(lineBuffer.AsSpan(3), out var digits, default, CultureInfo.InvariantCulture);
            rest.CopyTo(lineBuffer.AsSpan(3 + digits));
            lineLength = 3 + digits + rest.Length;
        }

        return lineBuffer.AsSpan(0, lineLength);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static readonly (string Admin1, string Admin2, string Admin3, string Location, double Latitude, double Longitude)[] Places =
    [
        ("Kirkuk", "Daquq", "Daquq", "Daquq", 35.1364, 44.4468),
        ("Kirkuk", "Kirkuk", "Markaz Kirkuk", "Kirkuk", 35.4681, 44.3922),
        ("Kirkuk", "Hawija", "Al Riyadh", "Al Riyadh", 35.2939, 43.9561),
        ("Ninewa", "Mosul", "Markaz Mosul", "Mosul", 36.3350, 43.1189),
        ("Ninewa", "Sinjar", "Markaz Sinjar", "Sinjar", 36.3209, 41.8765),
        ("Ninewa", "Al-Hamdaniya", "Bartella", "Bartella", 36.3533, 43.3797),
        ("Salah al-Din", "Tuz Khurmatu", "Markaz Tuz", "Tuz Khurmatu", 34.8856, 44.6389),
        ("Salah al-Din", "Samarra", "Markaz Samarra", "Samarra", 34.1959, 43.8857),
        ("Salah al-Din", "Baiji", "Markaz Baiji", "Baiji", 34.9290, 43.4930),
        ("Diyala", "Khanaqin", "Jalawla", "Jalawla", 34.2722, 45.1664),
        ("Diyala", "Al-Muqdadiya", "Markaz Al-Muqdadiya", "Al Muqdadiya", 33.9783, 44.9369),
        ("Diyala", "Ba'quba", "Buhriz", "Buhriz", 33.7000, 44.6500),
        ("Erbil", "Makhmour", "Qaraj", "Makhmour", 35.7756, 43.5806),
        ("Erbil", "Erbil", "Ainkawa", "Erbil", 36.1911, 44.0092),
        ("Anbar", "Al-Ka'im", "Markaz Al-Ka'im", "Al Qaim", 34.3810, 41.0947),
        ("Anbar", "Ramadi", "Markaz Ramadi", "Ramadi", 33.4206, 43.3078),
        ("Baghdad", "Karkh", "Markaz Karkh", "Baghdad - Karkh", 33.3152, 44.3661),
        ("Duhok", "Zakho", "Markaz Zakho", "Zakho", 37.1436, 42.6819),
        ("Sulaymaniyah", "Penjwin", "Markaz Penjwin", "Penjwin", 35.6233, 45.9411),
        ("Basrah", "Basrah", "Markaz Basrah", "Basrah", 30.5085, 47.7804),
    ];

    private static readonly (string Type, string SubType, string Disorder)[] Events =
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence"),
        ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Violence against civilians", "Abduction/forced disappearance", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Strategic developments", "Arrests", "Strategic developments"),
    ];

    private static readonly (string Name, int Inter)[] Actors =
    [
        ("Islamic State (Iraq)", 2),
        ("Military Forces of Iraq (2020-)", 1),
        ("Police Forces of Iraq (2020-)", 1),
        ("Military Forces of Iraq (2022-) Peshmerga", 1),
        ("Military Forces of Turkey (2016-)", 8),
        ("Unidentified Armed Group (Iraq)", 3),
        ("Popular Mobilization Forces", 3),
        ("Protesters (Iraq)", 6),
        ("Civilians (Iraq)", 7),
    ];

    private static readonly string[] Sources = ["Shafaq News", "Rudaw", "Kurdistan 24; Shafaq News", "Al Sumaria", "Xinhua", "Iraqi News Agency; Twitter"];

    // After the tables it is made from: static fields are initialised in the order they are written.
    private static readonly byte[][] Lines = CreateLines(1_000);

    private static byte[][] CreateLines(int count)
    {
        var random = new Random(20_250_613);
        var lines = new List<byte[]>(count);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var place = Places[random.Next(Places.Length)];
            var kind = Events[random.Next(Events.Length)];
            var actor1 = Actors[random.Next(6)];
            var actor2 = kind.Type == "Violence against civilians" ? Actors[^1] : kind.Type == "Protests" ? (Name: string.Empty, Inter: 0) : Actors[random.Next(Actors.Length)];
            var protest = kind.Type == "Protests";
            if (protest)
            {
                actor1 = Actors[7];
            }

            var date = new DateOnly(2018, 1, 1).AddDays(random.Next(2_900));
            var fatalities = protest ? 0 : random.Next(6) == 0 ? random.Next(2, 30) : random.Next(3);
            var interaction = actor2.Inter == 0 ? actor1.Inter * 10 : (Math.Min(actor1.Inter, actor2.Inter) * 10) + Math.Max(actor1.Inter, actor2.Inter);
            var notes = $"On {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {(protest ? "residents protested" : $"{actor1.Name} {kind.SubType.ToLowerInvariant()}")} in {place.Location} ({place.Admin2}, {place.Admin1})"
                + (actor2.Name.Length > 0 ? $" targeting \"{actor2.Name}\"" : string.Empty)
                + $". {fatalities} reported fatalities; the {(random.Next(2) == 0 ? "security media cell" : "local police")} said the area was cordoned off, and further details are unknown.";
            text.Clear();
            text.Append(','); // after the event id, which each row of the stream writes for itself
            CsvField.Append(text, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            CsvField.Append(text, date.Year.ToString(CultureInfo.InvariantCulture));
            CsvField.Append(text, (1 + random.Next(3)).ToString(CultureInfo.InvariantCulture));
            CsvField.Append(text, kind.Disorder);
            CsvField.Append(text, kind.Type);
            CsvField.Append(text, kind.SubType);
            CsvField.Append(text, actor1.Name);
            CsvField.Append(text, random.Next(4) == 0 ? "Tribal Militia (Iraq)" : string.Empty);
            CsvField.Append(text, actor1.Inter.ToString(CultureInfo.InvariantCulture));
            CsvField.Append(text, actor2.Name);
            CsvField.Append(text, string.Empty);
            CsvField.Append(text, actor2.Inter == 0 ? string.Empty : actor2.Inter.ToString(CultureInfo.InvariantCulture));
            CsvField.Append(text, interaction.ToString(CultureInfo.InvariantCulture));
            CsvField.Append(text, actor2.Inter == 7 ? "Civilian targeting" : string.Empty);
            CsvField.Append(text, "368");
            CsvField.Append(text, "Middle East");
            CsvField.Append(text, "Iraq");
            CsvField.Append(text, place.Admin1);
            CsvField.Append(text, place.Admin2);
            CsvField.Append(text, place.Admin3);
            CsvField.Append(text, place.Location);
            CsvField.Append(text, (place.Latitude + (random.NextDouble() / 100)).ToString("F4", CultureInfo.InvariantCulture));
            CsvField.Append(text, (place.Longitude + (random.NextDouble() / 100)).ToString("F4", CultureInfo.InvariantCulture));
            CsvField.Append(text, (1 + random.Next(3)).ToString(CultureInfo.InvariantCulture));
            CsvField.Append(text, Sources[random.Next(Sources.Length)]);
            CsvField.Append(text, random.Next(2) == 0 ? "National" : "Subnational-National");
            CsvField.Append(text, notes);
            CsvField.Append(text, fatalities.ToString(CultureInfo.InvariantCulture));
            CsvField.Append(text, random.Next(5) == 0 ? "crowd size=no report" : string.Empty);
            text.Append((1_700_000_000 + random.Next(30_000_000)).ToString(CultureInfo.InvariantCulture)).Append('\n');
            lines.Add(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return [.. lines];
    }
}
