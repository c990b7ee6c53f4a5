using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Incidents;

/// <summary>Who was hit by an incident: a catalogued actor, civilians, or people of unknown side.</summary>
/// <remarks>Equality compares kind and actor. <c>default(AffectedParty)</c> is of kind Actor with no actor, and is reported invalid by validators.</remarks>
public readonly record struct AffectedParty
{
    private AffectedParty(AffectedPartyKind kind, ActorId? actor)
    {
        Kind = kind;
        Actor = actor;
    }

    /// <summary>Gets the civilians as an affected party.</summary>
    public static AffectedParty Civilians { get; } = new(AffectedPartyKind.Civilians, null);

    /// <summary>Gets people of unknown side as an affected party.</summary>
    public static AffectedParty Unidentified { get; } = new(AffectedPartyKind.Unidentified, null);

    /// <summary>Gets whether the party is an actor or a group.</summary>
    public AffectedPartyKind Kind { get; }

    /// <summary>Gets the actor when <see cref="Kind"/> is <see cref="AffectedPartyKind.Actor"/>; otherwise <see langword="null"/>.</summary>
    public ActorId? Actor { get; }

    /// <summary>Creates the affected party that is <paramref name="actor"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The party.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="actor"/> is <c>default</c>.</exception>
    public static AffectedParty Of(ActorId actor)
    {
        Preconditions.CheckArgument(!actor.IsDefault, nameof(actor), "The actor may not be a default ActorId.");
        return new(AffectedPartyKind.Actor, actor);
    }

    /// <summary>Returns the actor's identifier, <c>civilians</c> or <c>unidentified</c>.</summary>
    /// <returns>The party as text.</returns>
    public override string ToString() => Kind switch
    {
        AffectedPartyKind.Civilians => "civilians",
        AffectedPartyKind.Unidentified => "unidentified",
        _ => Actor?.ToString() ?? string.Empty,
    };
}
