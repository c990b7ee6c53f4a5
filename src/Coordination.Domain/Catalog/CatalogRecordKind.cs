using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Catalog;

/// <summary>
/// One kind of record a <see cref="CoordinationCatalog"/> holds (actors, people, territories, …): its
/// name, its record and identifier types, and how to reach its records. The kinds are listed once, in
/// <see cref="CatalogRecordKinds.All"/>; code that treats every kind alike iterates that list.
/// </summary>
/// <remarks>
/// <para>The hierarchy is closed: every kind is a <see cref="CatalogRecordKind{TRecord, TId}"/> of
/// <see cref="CatalogRecordKinds"/>. Code that needs the record type as a type parameter (to register a
/// validator, to generate records) passes an <see cref="ICatalogRecordKindVisitor"/> to <see cref="Accept"/>.</para>
/// <para>Kinds compare by reference; each exists once.</para>
/// </remarks>
public abstract class CatalogRecordKind
{
    private protected CatalogRecordKind(int index, string name, string noun, string plural)
    {
        Index = index;
        Name = name;
        Noun = noun;
        Plural = plural;
    }

    /// <summary>
    /// Gets the name of the kind, as the catalog's collection is named and as validation paths begin:
    /// <c>Actors</c>, <c>People</c>, <c>Territories</c>, <c>Lines</c>, <c>Mechanisms</c>, <c>Incidents</c>,
    /// <c>Support</c>, <c>Sources</c>, <c>Statements</c>.
    /// </summary>
    public string Name { get; }

    /// <summary>Gets the type of the records of this kind, such as <c>Actor</c>.</summary>
    public abstract Type RecordType { get; }

    /// <summary>Gets the type of the identifiers of this kind, such as <c>ActorId</c>.</summary>
    public abstract Type IdType { get; }

    /// <summary>Gets the position of the kind in <see cref="CatalogRecordKinds.All"/>.</summary>
    internal int Index { get; }

    /// <summary>Gets the singular noun messages use (<c>coordination line</c>).</summary>
    internal string Noun { get; }

    /// <summary>Gets the plural noun <see cref="CoordinationCatalog.ToString"/> uses (<c>lines</c>).</summary>
    internal string Plural { get; }

    /// <summary>Counts the records of this kind in a catalog, <see langword="null"/> entries included.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The number of records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public abstract int CountIn(CoordinationCatalog catalog);

    /// <summary>Calls <see cref="ICatalogRecordKindVisitor.Visit{TRecord, TId}"/> with this kind and its record and identifier types.</summary>
    /// <param name="visitor">The visitor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="visitor"/> is <see langword="null"/>.</exception>
    public abstract void Accept(ICatalogRecordKindVisitor visitor);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name of the kind.</returns>
    public override string ToString() => Name;

    /// <summary>Tells whether two catalogs hold equal records of this kind, in the same order.</summary>
    internal abstract bool SequenceEqual(CoordinationCatalog left, CoordinationCatalog right);

    /// <summary>Creates the builder's list of this kind's records, starting from those of <paramref name="catalog"/>.</summary>
    internal abstract RecordList CreateList(CoordinationCatalog catalog);
}
