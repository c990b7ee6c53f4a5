namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Mechanisms"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Mechanisms.CoordinationMechanism"/>.</summary>
    public static class Mechanisms
    {
        /// <summary>The mechanism has fewer than two distinct actors taking part as parties.</summary>
        public const string TooFewParties = "COORD-MECH-001";

        /// <summary>A status change cannot follow the one before it, even through steps left out (see <see cref="Coordination.Domain.Mechanisms.MechanismLifecycle"/>).</summary>
        public const string IllegalTransition = "COORD-MECH-002";

        /// <summary>A dated status change is dated before the last dated change it follows.</summary>
        public const string BackdatedStatusChange = "COORD-MECH-003";

        /// <summary>The same actor is listed twice in the same role.</summary>
        public const string DuplicateParticipant = "COORD-MECH-004";

        /// <summary>
        /// An attestation contradicts the status history: the attested status cannot follow the status in force
        /// before it, or a later dated status change cannot follow the attested status (see
        /// <see cref="Coordination.Domain.Mechanisms.MechanismLifecycle.IsReachable"/>).
        /// </summary>
        public const string AttestationContradictsHistory = "COORD-MECH-005";
    }
}
