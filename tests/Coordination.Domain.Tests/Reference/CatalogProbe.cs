using System;
using System.Collections.Immutable;
using System.Linq;
using Coordination.Domain.Actors;
using Coordination.Domain.Catalog;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Mechanisms;
using Coordination.Domain.Provenance;
using Coordination.Domain.Territories;

namespace Coordination.Domain.Tests.Reference;

/// <summary>
/// The look-ups the article-fact checklist is written in: each answers <see langword="false"/> or
/// <see langword="null"/> rather than throwing when a record is missing, so that a checklist entry
/// fails cleanly on a catalog that lacks the fact.
/// </summary>
internal static class CatalogProbe
{
    /// <summary>The identifier of the source article.</summary>
    internal static readonly SourceId Article = SourceId.Parse("esta-62147");

    internal static bool RestsOnArticle(ImmutableArray<SourceId> sources) => sources.Contains(Article);

    internal static Actor? Actor(CoordinationCatalog c, string id) => c.FindActor(ActorId.Parse(id));

    internal static Person? Person(CoordinationCatalog c, string id) => c.FindPerson(PersonId.Parse(id));

    internal static Territory? Territory(CoordinationCatalog c, string id) => c.FindTerritory(TerritoryId.Parse(id));

    internal static CoordinationMechanism? Mechanism(CoordinationCatalog c, string id) => c.FindMechanism(MechanismId.Parse(id));

    /// <summary>Tells whether the actor exists with <paramref name="kind"/> and rests on the article.</summary>
    internal static bool ActorIs(CoordinationCatalog c, string id, ActorKind kind) =>
        Actor(c, id) is { } a && a.Kind == kind && RestsOnArticle(a.Sources);

    /// <summary>Tells whether the actor has an acronym <paramref name="acronym"/> (exact text).</summary>
    internal static bool HasAcronym(CoordinationCatalog c, string id, string acronym) =>
        Actor(c, id) is { } a && a.Names.Acronyms.Any(n => n.Text == acronym);

    /// <summary>Tells whether <paramref name="subject"/> holds a relation of <paramref name="kind"/> to <paramref name="target"/>.</summary>
    internal static bool Relation(CoordinationCatalog c, string subject, ActorRelationKind kind, string target, bool onArticle = true) =>
        Actor(c, subject) is { } a
        && a.Relations.Any(r => r.Kind == kind && r.Target == ActorId.Parse(target) && (!onArticle || RestsOnArticle(r.Sources)));

    /// <summary>Tells whether the person holds a post titled <paramref name="title"/> in <paramref name="actor"/>, resting on the article.</summary>
    internal static bool HoldsPost(CoordinationCatalog c, string person, string actor, string title) =>
        Person(c, person) is { } p && RestsOnArticle(p.Sources)
        && p.Posts.Any(post => post.Actor == ActorId.Parse(actor) && post.Title == title && RestsOnArticle(post.Sources));

    /// <summary>Tells whether the mechanism lists <paramref name="actor"/> in <paramref name="role"/>.</summary>
    internal static bool Takes(CoordinationMechanism m, string actor, ParticipantRole role) =>
        m.Participants.Contains(new Participant(ActorId.Parse(actor), role));

    /// <summary>Tells whether the territory's names include one matching <paramref name="text"/> exactly.</summary>
    internal static bool Named(CoordinationCatalog c, string territory, string text) =>
        Territory(c, territory) is { } t && t.Names.All.Any(n => n.Text == text);

    /// <summary>
    /// Finds the statements of the article that <paramref name="speaker"/> made for <paramref name="onBehalfOf"/>: a person's
    /// identifier, <c>institution:</c> or <c>officials:</c> and an actor's identifier, or <see langword="null"/> for no speaker.
    /// </summary>
    internal static ImmutableArray<Statement> StatementsOf(CoordinationCatalog c, string? speaker, string? onBehalfOf) =>
        [.. c.Statements.Where(s => s.Source == Article
            && s.Speaker == SpeakerOf(speaker)
            && s.OnBehalfOf == (onBehalfOf is null ? null : ActorId.Parse(onBehalfOf)))];

    /// <summary>Reads a speaker as <see cref="StatementsOf"/> names it.</summary>
    internal static Speaker? SpeakerOf(string? speaker) => speaker switch
    {
        null => null,
        _ when speaker.StartsWith("institution:", StringComparison.Ordinal) => Speaker.Institution(ActorId.Parse(speaker["institution:".Length..])),
        _ when speaker.StartsWith("officials:", StringComparison.Ordinal) => Speaker.OfficialsOf(ActorId.Parse(speaker["officials:".Length..])),
        _ => PersonId.Parse(speaker),
    };

    /// <summary>Tells whether the article quotes <paramref name="speaker"/> word for word, for <paramref name="onBehalfOf"/>, through <paramref name="medium"/>.</summary>
    internal static bool Quotes(CoordinationCatalog c, string? speaker, string? onBehalfOf, string verbatim, string? medium = null) =>
        StatementsOf(c, speaker, onBehalfOf).Any(s => !s.IsParaphrase && s.Quote == verbatim && (medium is null || s.Medium == medium));

    /// <summary>Tells whether the article reports <paramref name="speaker"/> as saying, in its words, something containing <paramref name="fragment"/>.</summary>
    internal static bool Paraphrases(CoordinationCatalog c, string? speaker, string? onBehalfOf, string fragment) =>
        StatementsOf(c, speaker, onBehalfOf).Any(s => s.IsParaphrase && s.Quote.Contains(fragment, StringComparison.Ordinal));
}
