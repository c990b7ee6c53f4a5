using System;
using System.Collections.Immutable;
using Coordination.Domain.Actors;
using Coordination.Domain.Incidents;
using Coordination.Domain.Internal;
using Coordination.Domain.Lines;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Support;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Catalog;

/// <content>Adding and replacing records; each returns a new catalog.</content>
public sealed partial class CoordinationCatalog
{
    /// <summary>Returns a catalog with <paramref name="actor"/> added, or replacing the actor with its identifier.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Actor actor) => Copy(actors: Upsert(Actors, Preconditions.CheckNotNull(actor), a => a.Id == actor.Id));

    /// <summary>Returns a catalog with <paramref name="person"/> added, or replacing the person with its identifier.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Person person) => Copy(people: Upsert(People, Preconditions.CheckNotNull(person), p => p.Id == person.Id));

    /// <summary>Returns a catalog with <paramref name="territory"/> added, or replacing the territory with its identifier.</summary>
    /// <param name="territory">The territory.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="territory"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Territory territory) => Copy(territories: Upsert(Territories, Preconditions.CheckNotNull(territory), t => t.Id == territory.Id));

    /// <summary>Returns a catalog with <paramref name="line"/> added, or replacing the line with its identifier.</summary>
    /// <param name="line">The coordination line.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(CoordinationLine line) => Copy(lines: Upsert(Lines, Preconditions.CheckNotNull(line), l => l.Id == line.Id));

    /// <summary>Returns a catalog with <paramref name="mechanism"/> added, or replacing the mechanism with its identifier.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(CoordinationMechanism mechanism) => Copy(mechanisms: Upsert(Mechanisms, Preconditions.CheckNotNull(mechanism), m => m.Id == mechanism.Id));

    /// <summary>Returns a catalog with <paramref name="incident"/> added, or replacing the incident with its identifier.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Incident incident) => Copy(incidents: Upsert(Incidents, Preconditions.CheckNotNull(incident), i => i.Id == incident.Id));

    /// <summary>Returns a catalog with <paramref name="support"/> added, or replacing the record with its identifier.</summary>
    /// <param name="support">The support record.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="support"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(EnablingSupport support) => Copy(support: Upsert(Support, Preconditions.CheckNotNull(support), s => s.Id == support.Id));

    /// <summary>Returns a catalog with <paramref name="source"/> added, or replacing the source with its identifier.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Source source) => Copy(sources: Upsert(Sources, Preconditions.CheckNotNull(source), s => s.Id == source.Id));

    /// <summary>Returns a catalog with <paramref name="statement"/> added, or replacing the statement with its identifier.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is <see langword="null"/>.</exception>
    public CoordinationCatalog With(Statement statement) => Copy(statements: Upsert(Statements, Preconditions.CheckNotNull(statement), s => s.Id == statement.Id));

    private static ImmutableArray<T> Upsert<T>(ImmutableArray<T> records, T record, Func<T, bool> sameId)
        where T : class
    {
        for (var i = 0; i < records.Length; i++)
        {
            if (records[i] is not null && sameId(records[i]))
            {
                return records.SetItem(i, record);
            }
        }

        return records.Add(record);
    }

    private CoordinationCatalog Copy(
        ImmutableArray<Actor>? actors = null,
        ImmutableArray<Person>? people = null,
        ImmutableArray<Territory>? territories = null,
        ImmutableArray<CoordinationLine>? lines = null,
        ImmutableArray<CoordinationMechanism>? mechanisms = null,
        ImmutableArray<Incident>? incidents = null,
        ImmutableArray<EnablingSupport>? support = null,
        ImmutableArray<Source>? sources = null,
        ImmutableArray<Statement>? statements = null) => new()
        {
            Actors = actors ?? Actors,
            People = people ?? People,
            Territories = territories ?? Territories,
            Lines = lines ?? Lines,
            Mechanisms = mechanisms ?? Mechanisms,
            Incidents = incidents ?? Incidents,
            Support = support ?? Support,
            Sources = sources ?? Sources,
            Statements = statements ?? Statements,
        };
}
