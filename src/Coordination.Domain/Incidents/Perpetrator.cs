using System;
using Coordination.Domain.Identifiers;
using Coordination.Domain.Internal;

namespace Coordination.Domain.Incidents;

/// <summary>Who carried out an incident, and how firmly that is established.</summary>
/// <remarks>
/// An actor is named for every attribution except <see cref="Attribution.Unknown"/>, which names none.
/// Equality compares both members.
/// </remarks>
public sealed record Perpetrator
{
    /// <summary>Creates a perpetrator.</summary>
    /// <param name="actor">The actor, or <see langword="null"/> when unknown.</param>
    /// <param name="attribution">How firmly the incident is tied to the actor.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attribution"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">An actor is given with <see cref="Attribution.Unknown"/>, or none with another attribution.</exception>
    public Perpetrator(ActorId? actor, Attribution attribution)
    {
        Preconditions.CheckDefined(attribution, nameof(attribution));
        Preconditions.CheckArgument(actor is null == (attribution == Attribution.Unknown), nameof(actor), "A perpetrator names an actor unless the attribution is Unknown, and names none when it is.");
        Preconditions.CheckArgument(actor is not { IsDefault: true }, nameof(actor), "The actor may not be a default ActorId.");
        Actor = actor;
        Attribution = attribution;
    }

    /// <summary>Gets a perpetrator nobody has identified.</summary>
    public static Perpetrator Unidentified { get; } = new(null, Attribution.Unknown);

    /// <summary>Gets the actor, or <see langword="null"/> when unknown.</summary>
    public ActorId? Actor { get; }

    /// <summary>Gets how firmly the incident is tied to the actor.</summary>
    public Attribution Attribution { get; }
}
