using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Catalog;

/// <summary>
/// Code run once per kind of record with the kind's record and identifier types as type parameters, through
/// <see cref="CatalogRecordKind.Accept"/>: how generic code (registering validators, generating records)
/// iterates <see cref="CatalogRecordKinds.All"/> without naming each kind.
/// </summary>
public interface ICatalogRecordKindVisitor
{
    /// <summary>Visits one kind.</summary>
    /// <typeparam name="TRecord">The type of the kind's records.</typeparam>
    /// <typeparam name="TId">The type of their identifiers.</typeparam>
    /// <param name="kind">The kind.</param>
    void Visit<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
        where TRecord : class, ICatalogRecord<TId>
        where TId : struct, IIdentifier<TId>;
}
