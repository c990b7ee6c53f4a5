using System;
using System.Collections.Immutable;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;
using FluentValidation;

namespace Coordination.Domain.Catalog;

/// <summary>One kind of record of a <see cref="CoordinationCatalog"/>, with its record and identifier types.</summary>
/// <typeparam name="TRecord">The type of the records, such as <c>Actor</c>.</typeparam>
/// <typeparam name="TId">The type of their identifiers, such as <c>ActorId</c>.</typeparam>
/// <remarks>The instances are the properties of <see cref="CatalogRecordKinds"/>.</remarks>
public sealed class CatalogRecordKind<TRecord, TId> : CatalogRecordKind
    where TRecord : class, ICatalogRecord<TId>
    where TId : struct, IIdentifier<TId>
{
    private readonly Func<IValidator<TRecord>> createValidator;
    private readonly Lazy<IValidator<TRecord>> sharedValidator;

    internal CatalogRecordKind(int index, string name, string noun, string plural, Func<IValidator<TRecord>> createValidator, Func<TRecord?, bool>? isCertainlyValid = null)
        : base(index, name, noun, plural)
    {
        this.createValidator = createValidator;
        IsCertainlyValid = isCertainlyValid;
        sharedValidator = new(createValidator);
    }

    /// <summary>Gets a validator of this kind's records, created once and shared (validators are thread-safe).</summary>
    internal IValidator<TRecord> SharedValidator => sharedValidator.Value;

    /// <summary>
    /// Gets the fast path of the kind's validator, where it has one: an allocation-free check that answers
    /// <see langword="true"/> only for a record the validator would find nothing wrong with, so that the catalog's
    /// validator runs the record's validator only on the others; <see langword="null"/> for a kind whose every
    /// record goes to its validator.
    /// </summary>
    internal Func<TRecord?, bool>? IsCertainlyValid { get; }

    /// <inheritdoc />
    public override Type RecordType => typeof(TRecord);

    /// <inheritdoc />
    public override Type IdType => typeof(TId);

    /// <summary>Returns the records of this kind in a catalog, in catalog order.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The records; never a default array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public ImmutableArray<TRecord> RecordsOf(CoordinationCatalog catalog) => Preconditions.CheckNotNull(catalog).RecordsOf<TRecord>(Index);

    /// <summary>Returns a catalog holding <paramref name="records"/> as its records of this kind and the other kinds' records of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="records">The records of this kind, as they are (no check, no de-duplication); a default array stands for none.</param>
    /// <returns>The new catalog; <paramref name="catalog"/> is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog WithRecords(CoordinationCatalog catalog, ImmutableArray<TRecord> records) => Preconditions.CheckNotNull(catalog).WithRecords(Index, records);

    /// <summary>Creates the validator of one record of this kind, such as an <c>ActorValidator</c>.</summary>
    /// <returns>A new validator.</returns>
    public IValidator<TRecord> CreateValidator() => createValidator();

    /// <inheritdoc />
    public override int CountIn(CoordinationCatalog catalog) => RecordsOf(catalog).Length;

    /// <inheritdoc />
    public override void Accept(ICatalogRecordKindVisitor visitor) => Preconditions.CheckNotNull(visitor).Visit(this);

    /// <inheritdoc />
    internal override bool SequenceEqual(CoordinationCatalog left, CoordinationCatalog right) => Equality.Sequence(RecordsOf(left), RecordsOf(right));

    /// <inheritdoc />
    internal override RecordList CreateList(CoordinationCatalog catalog) => new RecordList<TRecord, TId>(RecordsOf(catalog));
}
