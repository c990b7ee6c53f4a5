using System;
using Coordination.Domain.Actors;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Catalog;

/// <content>The builder: filling a catalog in bulk.</content>
public sealed partial class CoordinationCatalog
{
    /// <summary>Creates an empty builder, to fill a catalog with many records in linear time.</summary>
    /// <returns>A new builder.</returns>
    /// <example><code>
    /// var builder = CoordinationCatalog.CreateBuilder();
    /// foreach (var incident in incidents)
    /// {
    ///     builder.Set(incident);
    /// }
    ///
    /// var catalog = builder.ToCatalog();
    /// </code></example>
    public static Builder CreateBuilder() => new(Empty);

    /// <summary>Creates a builder that starts from this catalog's records. O(1): a kind's records are copied when the builder first changes them.</summary>
    /// <returns>A new builder; changing it leaves this catalog unchanged.</returns>
    public Builder ToBuilder() => new(this);

    /// <summary>
    /// A mutable companion of <see cref="CoordinationCatalog"/>, as <c>ImmutableArray&lt;T&gt;.Builder</c> is of
    /// <c>ImmutableArray&lt;T&gt;</c>: it adds, replaces and removes records in amortised O(1) and makes a
    /// catalog with <see cref="ToCatalog"/> in O(N).
    /// </summary>
    /// <remarks>
    /// <para><b>Order.</b> Within each kind the records keep the order in which they were first added (or the
    /// catalog's order, for a builder from <see cref="ToBuilder"/>). <c>Set</c> of a record whose identifier the
    /// builder holds replaces that record in place; of a new identifier, appends it. So setting records one by
    /// one gives the same catalog as the chain of <c>With(…)</c> calls with the same records. A removed record
    /// leaves no gap; setting its identifier again appends the new record at the end.</para>
    /// <para><b>Identity.</b> Records are addressed by identifier, the first one with it when a catalog from
    /// <see cref="ToBuilder"/> holds duplicates (the one <c>Find…</c> returns); removing it makes the next one
    /// addressed. <see langword="null"/> records of such a catalog are kept in place and never addressed. The
    /// builder does not validate: <see cref="Validate"/> the built catalog.</para>
    /// <para><b>Reuse.</b> <see cref="ToCatalog"/> copies: the builder stays usable and later changes do not reach
    /// catalogs already built. A builder is not thread-safe.</para>
    /// </remarks>
    public sealed class Builder
    {
        private readonly CoordinationCatalog start;
        private readonly RecordList?[] lists;

        internal Builder(CoordinationCatalog start)
        {
            this.start = start;
            lists = new RecordList?[CatalogRecordKinds.All.Length];
        }

        /// <summary>Adds a record of a kind, or puts it in the place of the record of that kind with its identifier.</summary>
        /// <typeparam name="TRecord">The type of the kind's records.</typeparam>
        /// <typeparam name="TId">The type of their identifiers.</typeparam>
        /// <param name="kind">The kind, from <see cref="CatalogRecordKinds"/>.</param>
        /// <param name="record">The record.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="record"/> is <see langword="null"/>.</exception>
        public Builder Set<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind, TRecord record)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId>
        {
            Preconditions.CheckNotNull(kind);
            Preconditions.CheckNotNull(record);
            ListOf(kind).Set(record);
            return this;
        }

        /// <summary>Removes the record of a kind with an identifier.</summary>
        /// <typeparam name="TRecord">The type of the kind's records.</typeparam>
        /// <typeparam name="TId">The type of their identifiers.</typeparam>
        /// <param name="kind">The kind, from <see cref="CatalogRecordKinds"/>.</param>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a record was removed; <see langword="false"/> when the builder holds none of that kind with that identifier.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
        public bool Remove<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind, TId id)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId> => ListOf(Preconditions.CheckNotNull(kind)).Remove(id);

        /// <summary>Adds <paramref name="actor"/>, or puts it in the place of the actor with its identifier.</summary>
        /// <param name="actor">The actor.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
        public Builder Set(Actor actor) => Set(CatalogRecordKinds.Actors, Preconditions.CheckNotNull(actor));

        /// <summary>Adds <paramref name="person"/>, or puts it in the place of the person with its identifier.</summary>
        /// <param name="person">The person.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
        public Builder Set(Person person) => Set(CatalogRecordKinds.People, Preconditions.CheckNotNull(person));

        /// <summary>Adds <paramref name="territory"/>, or puts it in the place of the territory with its identifier.</summary>
        /// <param name="territory">The territory.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="territory"/> is <see langword="null"/>.</exception>
        public Builder Set(Territory territory) => Set(CatalogRecordKinds.Territories, Preconditions.CheckNotNull(territory));

        /// <summary>Adds <paramref name="line"/>, or puts it in the place of the coordination line with its identifier.</summary>
        /// <param name="line">The coordination line.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
        public Builder Set(CoordinationLine line) => Set(CatalogRecordKinds.Lines, Preconditions.CheckNotNull(line));

        /// <summary>Adds <paramref name="mechanism"/>, or puts it in the place of the mechanism with its identifier.</summary>
        /// <param name="mechanism">The mechanism.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
        public Builder Set(CoordinationMechanism mechanism) => Set(CatalogRecordKinds.Mechanisms, Preconditions.CheckNotNull(mechanism));

        /// <summary>Adds <paramref name="incident"/>, or puts it in the place of the incident with its identifier.</summary>
        /// <param name="incident">The incident.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
        public Builder Set(Incident incident) => Set(CatalogRecordKinds.Incidents, Preconditions.CheckNotNull(incident));

        /// <summary>Adds <paramref name="support"/>, or puts it in the place of the support record with its identifier.</summary>
        /// <param name="support">The support record.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="support"/> is <see langword="null"/>.</exception>
        public Builder Set(EnablingSupport support) => Set(CatalogRecordKinds.Support, Preconditions.CheckNotNull(support));

        /// <summary>Adds <paramref name="source"/>, or puts it in the place of the source with its identifier.</summary>
        /// <param name="source">The source.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
        public Builder Set(Source source) => Set(CatalogRecordKinds.Sources, Preconditions.CheckNotNull(source));

        /// <summary>Adds <paramref name="statement"/>, or puts it in the place of the statement with its identifier.</summary>
        /// <param name="statement">The statement.</param>
        /// <returns>This builder, to chain further calls.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="statement"/> is <see langword="null"/>.</exception>
        public Builder Set(Statement statement) => Set(CatalogRecordKinds.Statements, Preconditions.CheckNotNull(statement));

        /// <summary>Removes the actor with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a actor was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(ActorId id) => Remove(CatalogRecordKinds.Actors, id);

        /// <summary>Removes the person with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a person was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(PersonId id) => Remove(CatalogRecordKinds.People, id);

        /// <summary>Removes the territory with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a territory was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(TerritoryId id) => Remove(CatalogRecordKinds.Territories, id);

        /// <summary>Removes the coordination line with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a coordination line was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(CoordinationLineId id) => Remove(CatalogRecordKinds.Lines, id);

        /// <summary>Removes the mechanism with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a mechanism was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(MechanismId id) => Remove(CatalogRecordKinds.Mechanisms, id);

        /// <summary>Removes the incident with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a incident was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(IncidentId id) => Remove(CatalogRecordKinds.Incidents, id);

        /// <summary>Removes the support record with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a support record was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(SupportId id) => Remove(CatalogRecordKinds.Support, id);

        /// <summary>Removes the source with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a source was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(SourceId id) => Remove(CatalogRecordKinds.Sources, id);

        /// <summary>Removes the statement with identifier <paramref name="id"/>.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> when a statement was removed; <see langword="false"/> when the builder holds none with that identifier.</returns>
        public bool Remove(StatementId id) => Remove(CatalogRecordKinds.Statements, id);

        /// <summary>Makes a catalog of the builder's records, in O(N). The builder stays usable; changing it later leaves the catalog unchanged.</summary>
        /// <returns>The catalog.</returns>
        public CoordinationCatalog ToCatalog()
        {
            var built = new Array?[lists.Length];
            for (var i = 0; i < lists.Length; i++)
            {
                // A kind the builder never changed shares the start catalog's (immutable) array.
                built[i] = lists[i] is { } list ? list.ToArray() : start.records[i];
            }

            return new CoordinationCatalog(built);
        }

        private RecordList<TRecord, TId> ListOf<TRecord, TId>(CatalogRecordKind<TRecord, TId> kind)
            where TRecord : class, ICatalogRecord<TId>
            where TId : struct, IIdentifier<TId> =>
            (RecordList<TRecord, TId>)(lists[kind.Index] ??= kind.CreateList(start));
    }
}
