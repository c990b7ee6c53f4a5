using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Geography;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Interop.Actors;
using Coordination.Domain.Interop.Places;
using Coordination.Domain.Names;
using Coordination.Domain.Provenance;
using Coordination.Domain.Reference;
using Coordination.Domain.Territories;
using NodaTime;

namespace Coordination.Domain.Interop;

/// <summary>
/// What a mapper needs beyond its row, owned by the <see cref="IncidentImporter"/> for the whole import (so that an
/// actor or governorate is created once however many rows name it): actor and place resolution, the data sets'
/// sources, incident ids and origins, and rejections. Records what the import creates (<see cref="Records"/>).
/// </summary>
/// <remarks>Not thread-safe, as the importer that owns it.</remarks>
internal sealed class ImportContext
{
    private readonly CoordinationCatalog catalog;
    private readonly Gazetteer gazetteer;
    private readonly ActorMap actorMap;
    private readonly Dictionary<string, ActorId> catalogActorNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> ambiguousActorNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(ConflictDataSet DataSet, string Name), ActorId> createdActorNames = [];
    private readonly HashSet<ActorId> takenActorIds = [];
    private readonly Dictionary<(ConflictDataSet DataSet, string Name), ActorId> resolvedActorNames = [];
    private readonly List<Actor> actors = [];
    private readonly Dictionary<TerritoryId, Territory> addedTerritories = [];
    private readonly List<Territory> territories = [];
    private readonly Dictionary<ConflictDataSet, SourceId> sourceIds = [];
    private readonly Dictionary<ConflictDataSet, ImmutableArray<SourceId>> sourceLists = [];
    private readonly List<Source> sources = [];
    // The names remembered by ResolveActor: bounded, so that a file of a million different spellings keeps memory flat.
    private const int ResolvedActorNamesCapacity = 65_536;

    private char[] currentText = new char[256];
    private int currentLength = -1;
    private long currentLine;

    /// <summary>Initializes a context with the default options (the reference catalog).</summary>
    public ImportContext()
        : this(new ImportOptions())
    {
    }

    /// <summary>Initializes a context.</summary>
    /// <param name="options">The options of the import.</param>
    internal ImportContext(ImportOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        catalog = options.Catalog ?? ReferenceCatalog.Load();
        gazetteer = options.Gazetteer ?? Gazetteer.For(catalog);
        actorMap = options.ActorMap ?? ActorMap.Reference;
        foreach (var actor in catalog.Actors)
        {
            takenActorIds.Add(actor.Id);
            foreach (var name in actor.Names.All)
            {
                var key = name.Text.Trim();
                if (catalogActorNames.TryGetValue(key, out var other) && other != actor.Id)
                {
                    ambiguousActorNames.Add(key);
                }

                catalogActorNames.TryAdd(key, actor.Id);
            }
        }
    }

    /// <summary>Gets the options of the import.</summary>
    public ImportOptions Options { get; }

    /// <summary>Gets the catalog the import joins.</summary>
    internal CoordinationCatalog Catalog => catalog;

    /// <summary>Gets the records created so far.</summary>
    internal ImportedRecords Records => new() { Actors = [.. actors], Territories = [.. territories], Sources = [.. sources] };

    /// <summary>
    /// Resolves an actor name through the actor map, then the catalog's actor names (primary and aliases, ignoring case;
    /// a name two actors share is not taken); an unknown name becomes a new actor of <paramref name="kindIfNew"/> (id
    /// <c>acled-&lt;slug of the name&gt;</c> or <c>ucdp-&lt;slug&gt;</c>), recorded in <see cref="IncidentImporter.Records"/>.
    /// </summary>
    /// <param name="name">The name as the row holds it (not blank).</param>
    /// <param name="dataSet">The row's data set.</param>
    /// <param name="kindIfNew">The kind a new actor gets (from the inter code or side).</param>
    /// <returns>The actor's id.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public ActorId ResolveActor(string name, ConflictDataSet dataSet, ActorKind kindIfNew)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();

        // A name resolves the same way every time once resolved (the map and the catalog do not change, a created actor
        // stays), so the answer is remembered by the name's exact text: rows repeat their actors.
        if (resolvedActorNames.TryGetValue((dataSet, trimmed), out var resolved))
        {
            return resolved;
        }

        var id = ResolveActorUncached(trimmed, dataSet, kindIfNew);
        if (resolvedActorNames.Count < ResolvedActorNamesCapacity)
        {
            resolvedActorNames.Add((dataSet, trimmed), id);
        }

        return id;
    }

    private ActorId ResolveActorUncached(string trimmed, ConflictDataSet dataSet, ActorKind kindIfNew)
    {
        if (actorMap.TryResolve(trimmed, dataSet, out var mapped))
        {
            return mapped;
        }

        if (catalogActorNames.TryGetValue(trimmed, out var known) && !ambiguousActorNames.Contains(trimmed))
        {
            return known;
        }

        if (createdActorNames.TryGetValue((dataSet, trimmed.ToUpperInvariant()), out var created))
        {
            return created;
        }

        var text = Clean(trimmed, Name.MaxLength) is { Length: > 0 } clean ? clean : "(unnamed)";
        var prefix = dataSet == ConflictDataSet.Acled ? "acled" : "ucdp";
        var slug = InteropIds.Prefixed(prefix, text) ?? $"{prefix}-actor-{InteropIds.Derive(["name"], [trimmed])[..8]}";
        var id = ActorId.Parse(slug);
        for (var n = 2; takenActorIds.Contains(id); n++)
        {
            id = ActorId.Parse(InteropIds.Prefixed(prefix, $"{slug[(prefix.Length + 1)..]} {n}")!);
        }

        takenActorIds.Add(id);
        createdActorNames[(dataSet, trimmed.ToUpperInvariant())] = id;
        actors.Add(new Actor { Id = id, Kind = kindIfNew, Names = new NameSet(new Name(text)), Sources = [DataSetSource(dataSet)] });
        return id;
    }

    /// <summary>Resolves a row's places through the gazetteer; a governorate the catalog lacks is added to the records, once.</summary>
    /// <param name="query">The row's names and codes.</param>
    /// <returns>The match, or <see langword="null"/> when nothing resolves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public PlaceMatch? ResolvePlace(PlaceQuery query) => ResolvePlace(query, null);

    /// <summary>
    /// Resolves a row's places through the gazetteer and, when nothing below the country resolves (or the row names no
    /// place) and the row has coordinates, through <see cref="ImportOptions.Locator"/>; a governorate the catalog lacks
    /// is added to the records, once.
    /// </summary>
    /// <param name="query">The row's names and codes.</param>
    /// <param name="point">The row's coordinates, if any.</param>
    /// <returns>The match, or <see langword="null"/> when nothing resolves.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public PlaceMatch? ResolvePlace(PlaceQuery query, GeoPoint? point)
    {
        ArgumentNullException.ThrowIfNull(query);
        var named = query.Admin1 is not null || query.Admin2 is not null || query.Admin3 is not null || query.Location is not null
            || query.Code is not null || query.Country is not null;
        var match = named ? gazetteer.Resolve(query) : null;
        if ((match is null || match.Level == PlaceLevel.Country) && point is { } located && Options.Locator is { } locator
            && gazetteer.MayBeIraq(query.Country)
            && locator.Locate(located) is { } territory)
        {
            match = gazetteer.MatchLocated(territory, match?.Unresolved ?? NamesOf(query)) ?? match;
        }

        if (match?.Added is { } added && catalog.FindTerritory(added.Id) is null && addedTerritories.TryAdd(added.Id, added))
        {
            territories.Add(added);

            // The gazetteer's table cites its own sources (ISO 3166-2:IQ, OCHA COD-AB, the research notes): add those the catalog lacks, once.
            foreach (var cited in added.Sources)
            {
                if (catalog.FindSource(cited) is null && sources.TrueForAll(s => s.Id != cited) && Gazetteer.Sources.FirstOrDefault(s => s.Id == cited) is { } source)
                {
                    sources.Add(source);
                }
            }
        }

        return match;
    }

    /// <summary>
    /// Gets the id of the source the incidents of <paramref name="dataSet"/> cite — <c>acled</c> or <c>acled-&lt;release&gt;</c>,
    /// <c>ucdp-ged</c> or <c>ucdp-ged-&lt;release&gt;</c> — adding it to the records unless the catalog holds it.
    /// </summary>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The source's id, for example <c>acled</c> or <c>ucdp-ged-25-1</c>.</returns>
    public SourceId DataSetSource(ConflictDataSet dataSet)
    {
        if (sourceIds.TryGetValue(dataSet, out var known))
        {
            return known;
        }

        var prefix = dataSet == ConflictDataSet.Acled ? "acled" : "ucdp-ged";
        var release = string.IsNullOrWhiteSpace(Options.Release) ? null : InteropIds.Prefixed(prefix, Options.Release);
        var id = SourceId.Parse(release ?? prefix);
        sourceIds[dataSet] = id;
        if (catalog.FindSource(id) is null)
        {
            var title = dataSet == ConflictDataSet.Acled
                ? "Armed Conflict Location & Event Data (ACLED)"
                : "UCDP Georeferenced Event Dataset (GED)";
            sources.Add(new Source
            {
                Id = id,
                Publisher = dataSet == ConflictDataSet.Acled ? "ACLED" : "Uppsala Conflict Data Program",
                Title = release is null ? title : $"{title}, release {Clean(Options.Release!.Trim(), 64)}",
                Url = new Uri(dataSet == ConflictDataSet.Acled ? "https://acleddata.com/" : "https://ucdp.uu.se/downloads/"),
            });
        }

        return id;
    }

    /// <summary>Gets <see cref="DataSetSource"/> as the one-element list an incident's sources are, made once per data set and shared by its incidents.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The list of the one source.</returns>
    internal ImmutableArray<SourceId> DataSetSources(ConflictDataSet dataSet)
    {
        if (!sourceLists.TryGetValue(dataSet, out var list))
        {
            list = [DataSetSource(dataSet)];
            sourceLists[dataSet] = list;
        }

        return list;
    }

    /// <summary>
    /// Builds an incident's id from the data set's event id (<c>acled-irq12345</c>, <c>ucdp-ged-123456</c>), or — when
    /// <paramref name="eventId"/> is <see langword="null"/>, blank or makes no slug — from the row's content
    /// (<c>acled-derived-&lt;16 hex&gt;</c>, <see cref="InteropIds.Derive"/>), and the incident's origin: data set, release,
    /// event id (the derived 16 hex digits when derived), <paramref name="updatedAt"/>, and every column of the row.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="eventId">The row's event id, or <see langword="null"/> when it has none.</param>
    /// <param name="updatedAt">When the data set last changed the row, when it says.</param>
    /// <param name="origin">The incident's origin.</param>
    /// <returns>The incident's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public IncidentId IdentifyIncident(SourceRow row, string? eventId, Instant? updatedAt, out RecordOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(row);
        var columns = row.Header.Columns;
        var fields = new OriginField[columns.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new OriginField(columns[i] ?? string.Empty, i < row.Fields.Length ? row.Fields[i] ?? string.Empty : string.Empty);
        }

        var dataSet = row.Header.DataSet;
        var prefix = dataSet == ConflictDataSet.Acled ? "acled" : "ucdp-ged";
        var trimmed = eventId?.Trim();
        var fromEventId = string.IsNullOrEmpty(trimmed) ? null : InteropIds.Prefixed(prefix, trimmed);
        var derived = fromEventId is null;
        var id = fromEventId ?? $"{prefix}-derived-{InteropIds.Derive(columns, row.Fields)}";
        origin = new RecordOrigin
        {
            DataSet = dataSet == ConflictDataSet.Acled ? "ACLED" : "UCDP GED",
            Release = string.IsNullOrWhiteSpace(Options.Release) ? null : Options.Release.Trim(),
            EventId = derived ? id[(prefix.Length + "-derived-".Length)..] : trimmed!,
            IsEventIdDerived = derived,
            UpdatedAt = updatedAt,
            Fields = ImmutableCollectionsMarshal.AsImmutableArray(fields), // made here, never written again
        };
        return IncidentId.Parse(id);
    }

    /// <summary>Makes the rejection of a row for one column's value.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column at fault, or <see langword="null"/> for the row as a whole.</param>
    /// <param name="reason">One sentence naming what was expected.</param>
    /// <returns>The rejected row, with the value and the row's text filled in (the text as the file held it when the row is the one being read, else its fields written back as CSV).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    public RejectedRow Reject(SourceRow row, string? column, string reason)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(reason);
        return new RejectedRow
        {
            Line = row.Line,
            Row = row,
            Column = column is null ? null : row.Header.IndexOf(column) is var i and >= 0 ? row.Header.Columns[i] : column,
            Value = column is null ? null : row[column],
            Reason = reason,
            Text = row.Line == currentLine && currentLength >= 0 ? CurrentText() : CsvText(row.Fields),
        };
    }

    /// <summary>Remembers the text of the row being read, for <see cref="Reject"/>.</summary>
    /// <param name="line">The row's line.</param>
    /// <param name="text">The row's text as the file held it.</param>
    internal void SetCurrent(long line, ReadOnlySpan<char> text)
    {
        if (currentText.Length < text.Length)
        {
            currentText = new char[Math.Max(text.Length, currentText.Length * 2)];
        }

        text.CopyTo(currentText);
        currentLength = text.Length;
        currentLine = line;
    }

    /// <summary>Gets the text of the row being read, as the file held it, until the next row.</summary>
    internal ReadOnlySpan<char> CurrentSpan => currentLength < 0 ? [] : currentText.AsSpan(0, currentLength);

    /// <summary>Gets the text of the row being read, as the file held it.</summary>
    /// <returns>The text.</returns>
    internal string CurrentText() => currentLength < 0 ? string.Empty : new string(currentText, 0, currentLength);

    /// <summary>Writes fields as one CSV row (RFC 4180 quoting).</summary>
    /// <param name="fields">The fields.</param>
    /// <returns>The row's text.</returns>
    internal static string CsvText(IReadOnlyList<string> fields)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var value = fields[i] ?? string.Empty;
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(value);
            }
        }

        return builder.ToString();
    }

    // A name fit for the catalog: control characters as spaces, at most maxLength characters.
    private static string Clean(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text)
        {
            if (builder.Length == maxLength)
            {
                break;
            }

            builder.Append(char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    // The query's names and code, in its order (admin1, admin2, admin3, location, code).
    private static ImmutableArray<string> NamesOf(PlaceQuery query) =>
        [.. new[] { query.Admin1, query.Admin2, query.Admin3, query.Location, query.Code }.OfType<string>()];
}
