using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Coordination.Domain.Identifiers;
using nietras.SeparatedValues;

namespace Coordination.Domain.Interop.Actors;

/// <summary>
/// Maps the actor names of ACLED and UCDP (<c>Military Forces of Iraq (2020-)</c>, <c>Islamic State (Iraq)</c>,
/// <c>Government of Iraq</c>, <c>IS</c> …) to a catalog's actors. <see cref="Reference"/> is shipped for the reference
/// catalog; a caller extends it with <see cref="With"/>. Names are compared ordinally after trimming and ignoring case.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActorMap
{
    private readonly Dictionary<(string Name, ConflictDataSet? DataSet), ActorMapEntry> entries;

    private ActorMap(Dictionary<(string Name, ConflictDataSet? DataSet), ActorMapEntry> entries) => this.entries = entries;

    /// <summary>The resource name of the embedded reference map.</summary>
    internal const string ResourceName = "Coordination.Domain.Interop.Actors.reference-actor-map.tsv";

    private static readonly Lazy<ActorMap> LazyReference = new(LoadReference);

    /// <summary>
    /// Gets the map shipped for the reference catalog: the names ACLED and UCDP GED give the reference catalog's actors
    /// (<c>Military Forces of Iraq (2020-)</c> → <c>iraqi-army</c>, <c>Police Forces of Iraq (2020-)</c> → <c>isf</c>,
    /// <c>Military Forces of Iraq (2022-) Peshmerga</c> → <c>peshmerga</c>, <c>Islamic State (Iraq)</c> and UCDP's <c>IS</c>
    /// → <c>isis</c>, UCDP's <c>Government of Iraq</c> → <c>goi</c> …). Made by <c>eng/actor-map/make-actor-map.py</c> from
    /// <c>eng/actor-map/reference-actor-map.tsv</c>, which gives each name's source; <c>docs/interop.md</c> lists them.
    /// </summary>
    public static ActorMap Reference => LazyReference.Value;

    /// <summary>Gets a map that knows no name.</summary>
    public static ActorMap Empty { get; } = new(new(NameComparer.Instance));

    /// <summary>Gets every entry, ordered by data set and name.</summary>
    public ImmutableArray<ActorMapEntry> Entries =>
        [.. entries.Values.OrderBy(static e => e.DataSet.HasValue ? (int)e.DataSet.Value : 0).ThenBy(static e => e.Name, StringComparer.Ordinal)];

    /// <summary>Returns a map that also resolves <paramref name="name"/> (in <paramref name="dataSet"/>, or in both when <see langword="null"/>) to <paramref name="actor"/>, replacing an entry for the same name.</summary>
    /// <param name="name">The name as the data set spells it.</param>
    /// <param name="actor">The catalog's actor.</param>
    /// <param name="dataSet">The data set the name is used in; <see langword="null"/> for both.</param>
    /// <returns>A new map; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or <paramref name="actor"/> is default.</exception>
    public ActorMap With(string name, ActorId actor, ConflictDataSet? dataSet = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An actor map's name may not be blank.", nameof(name));
        }

        if (actor.IsDefault)
        {
            throw new ArgumentException("The actor may not be a default ActorId.", nameof(actor));
        }

        var copy = new Dictionary<(string Name, ConflictDataSet? DataSet), ActorMapEntry>(entries, entries.Comparer)
        {
            [(Key(name), dataSet)] = new ActorMapEntry(name.Trim(), actor, dataSet),
        };
        return new ActorMap(copy);
    }

    /// <summary>Resolves a name.</summary>
    /// <param name="name">The name as the row holds it.</param>
    /// <param name="dataSet">The data set of the row.</param>
    /// <param name="actor">The actor, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool TryResolve(string name, ConflictDataSet dataSet, out ActorId actor)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        if (entries.TryGetValue((key, dataSet), out var entry) || entries.TryGetValue((key, null), out entry))
        {
            actor = entry.Actor;
            return true;
        }

        actor = default;
        return false;
    }

    // Compared ignoring case by NameComparer; trimming allocates only when there is white space to trim.
    private static string Key(string name) => name.Trim();

    private static ActorMap LoadReference()
    {
        using var stream = Open(typeof(ActorMap).Assembly, ResourceName);
        using var text = new StreamReader(stream);
        return Read(text);
    }

    /// <summary>Opens the resource <paramref name="name"/> of <paramref name="assembly"/>, or says which is missing.</summary>
    internal static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {assembly.GetName().Name}.");

    /// <summary>Reads a map in the shipped layout: a provenance line, then tab-separated <c>name</c>, <c>data_set</c>, <c>actor</c>.</summary>
    internal static ActorMap Read(TextReader text)
    {
        _ = text.ReadLine(); // the provenance line
        using var reader = Sep.Reader(o => o with { Sep = new Sep('\t') }).From(text);
        var map = new Dictionary<(string Name, ConflictDataSet? DataSet), ActorMapEntry>(NameComparer.Instance);
        foreach (var row in reader)
        {
            var name = row["name"].ToString();
            var actor = ActorId.Parse(row["actor"].ToString());
            ConflictDataSet? dataSet = row["data_set"].ToString() switch
            {
                "acled" => ConflictDataSet.Acled,
                "ucdp" => ConflictDataSet.UcdpGed,
                "both" => null,
                var other => throw new InvalidOperationException($"The reference actor map names an unknown data set '{other}'."),
            };
            map[(Key(name), dataSet)] = new ActorMapEntry(name, actor, dataSet);
        }

        return new ActorMap(map);
    }

    private sealed class NameComparer : IEqualityComparer<(string Name, ConflictDataSet? DataSet)>
    {
        internal static readonly NameComparer Instance = new();

        public bool Equals((string Name, ConflictDataSet? DataSet) x, (string Name, ConflictDataSet? DataSet) y) =>
            x.DataSet == y.DataSet && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Name, ConflictDataSet? DataSet) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name), obj.DataSet);
    }
}
