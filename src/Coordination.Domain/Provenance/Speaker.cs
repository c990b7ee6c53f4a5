using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Provenance;

/// <summary>
/// Who made a <see cref="Statement"/>: a catalogued person (<see cref="OfPerson(PersonId)"/>), an institution
/// speaking as such (<see cref="Institution(ActorId)"/>), or officials of an actor whom the source does not
/// name (<see cref="OfficialsOf(ActorId)"/>).
/// </summary>
/// <remarks>
/// Exactly one of <see cref="Person"/> and <see cref="Actor"/> is set, as <see cref="Kind"/> says. Equality
/// compares kind, person and actor. <c>default(Speaker)</c> is of kind Person with no person, and is reported
/// invalid by validators (<c>COORD-ID-001</c>), as is the speaker converted from a default
/// <see cref="PersonId"/>. A <see cref="PersonId"/> converts implicitly to the speaker that is that person, so
/// <c>Speaker = marotto.Id</c> reads as it did when a speaker could only be a person.
/// </remarks>
/// <example>
/// <code>
/// var marotto = Speaker.OfPerson(PersonId.Parse("wayne-marotto"));
/// var ministry = Speaker.Institution(ActorId.Parse("mopa"));
/// var kurdishOfficials = Speaker.OfficialsOf(ActorId.Parse("krg"));
/// </code>
/// </example>
public readonly record struct Speaker
{
    private Speaker(SpeakerKind kind, PersonId? person, ActorId? actor)
    {
        Kind = kind;
        Person = person;
        Actor = actor;
    }

    /// <summary>Gets whether the speaker is a person, an institution or unnamed officials.</summary>
    public SpeakerKind Kind { get; }

    /// <summary>Gets the person when <see cref="Kind"/> is <see cref="SpeakerKind.Person"/>; otherwise <see langword="null"/>.</summary>
    public PersonId? Person { get; }

    /// <summary>Gets the institution, or the actor whose officials spoke; <see langword="null"/> when <see cref="Kind"/> is <see cref="SpeakerKind.Person"/>.</summary>
    public ActorId? Actor { get; }

    /// <summary>Converts a person's identifier to the speaker that is that person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The speaker; for a default <paramref name="person"/>, a speaker naming no one, which validators report (a conversion does not throw).</returns>
    public static implicit operator Speaker(PersonId person) => FromPersonId(person);

    /// <summary>Creates the speaker that is a catalogued person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The speaker.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="person"/> is <c>default</c>.</exception>
    public static Speaker OfPerson(PersonId person)
    {
        Preconditions.CheckArgument(!person.IsDefault, nameof(person), "The person may not be a default PersonId.");
        return new(SpeakerKind.Person, person, null);
    }

    /// <summary>Creates the speaker that is an institution speaking as such.</summary>
    /// <param name="actor">The institution.</param>
    /// <returns>The speaker.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="actor"/> is <c>default</c>.</exception>
    public static Speaker Institution(ActorId actor)
    {
        Preconditions.CheckArgument(!actor.IsDefault, nameof(actor), "The actor may not be a default ActorId.");
        return new(SpeakerKind.Institution, null, actor);
    }

    /// <summary>Creates the speaker that is officials of an actor whom the source does not name.</summary>
    /// <param name="actor">The actor the officials belong to.</param>
    /// <returns>The speaker.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="actor"/> is <c>default</c>.</exception>
    public static Speaker OfficialsOf(ActorId actor)
    {
        Preconditions.CheckArgument(!actor.IsDefault, nameof(actor), "The actor may not be a default ActorId.");
        return new(SpeakerKind.UnnamedOfficials, null, actor);
    }

    /// <summary>Converts a person's identifier to the speaker that is that person, as the implicit conversion does.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The speaker; for a default <paramref name="person"/>, a speaker naming no one, which validators report (unlike <see cref="OfPerson(PersonId)"/>, this does not throw).</returns>
    public static Speaker FromPersonId(PersonId person) => new(SpeakerKind.Person, person, null);

    /// <summary>Returns the person's identifier, the institution's identifier, or <c>officials of</c> and the actor's identifier.</summary>
    /// <returns>The speaker as text.</returns>
    public override string ToString() => Kind switch
    {
        // Stryker disable once String : an institution's speaker always has its actor (the factory refuses a default one)
        SpeakerKind.Institution => Actor?.ToString() ?? string.Empty,
        SpeakerKind.UnnamedOfficials => $"officials of {Actor}",
        _ => Person?.ToString() ?? string.Empty,
    };
}
