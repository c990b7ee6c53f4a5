namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Mechanisms"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Mechanisms.CoordinationMechanism"/>.</summary>
    public static class Mechanisms
    {
        /// <summary>The mechanism has fewer than two distinct actors taking part as parties.</summary>
        public const string TooFewParties = "COORD-MECH-001";

        /// <summary>A status change is a transition the lifecycle forbids (see <see cref="Coordination.Domain.Mechanisms.MechanismLifecycle"/>).</summary>
        public const string IllegalTransition = "COORD-MECH-002";

        /// <summary>A status change is dated before the change it follows.</summary>
        public const string BackdatedStatusChange = "COORD-MECH-003";

        /// <summary>The same actor is listed twice in the same role.</summary>
        public const string DuplicateParticipant = "COORD-MECH-004";
    }
}
