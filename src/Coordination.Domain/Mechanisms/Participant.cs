using Coordination.Domain.Identifiers;

namespace Coordination.Domain.Mechanisms;

/// <summary>An actor taking part in a coordination mechanism, in a role.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Role">Its role.</param>
/// <remarks>Equality compares both members. An actor may take part in more than one role (party and host).</remarks>
public sealed record Participant(ActorId Actor, ParticipantRole Role);
