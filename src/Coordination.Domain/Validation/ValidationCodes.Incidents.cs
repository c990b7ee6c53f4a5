namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Incidents"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Incidents.Incident"/>.</summary>
    public static class Incidents
    {
        /// <summary>The same actor is listed twice as a perpetrator.</summary>
        public const string DuplicatePerpetrator = "COORD-INC-001";

        /// <summary>The same party is listed twice as a target.</summary>
        public const string DuplicateTarget = "COORD-INC-002";

        /// <summary>An affected party of kind Actor names no actor (a <c>default</c> <see cref="Coordination.Domain.Incidents.AffectedParty"/>).</summary>
        public const string PartyWithoutActor = "COORD-INC-003";

        /// <summary>Casualties are listed twice for the same party.</summary>
        public const string DuplicateCasualtyParty = "COORD-INC-004";

        /// <summary>A casualty estimate breaks low ≤ best ≤ high.</summary>
        public const string UnorderedEstimate = "COORD-INC-005";

        /// <summary>The location gives neither a place name, nor a territory, nor a point.</summary>
        public const string UnspecifiedLocation = "COORD-INC-006";

        /// <summary>The location claims an exact location but gives no point.</summary>
        public const string ExactLocationWithoutPoint = "COORD-INC-007";

        /// <summary>The killed or the injured of all parties add up to more than <see cref="int.MaxValue"/>.</summary>
        public const string CasualtyTotalOverflow = "COORD-INC-008";

        /// <summary>
        /// The parties' figures add up to more than the incident's reported total allows: their low estimates,
        /// added up, exceed the total's high estimate (killed or injured).
        /// </summary>
        public const string PartiesExceedReportedTotal = "COORD-INC-009";

        /// <summary>
        /// Every party gives a figure, yet their high estimates, added up, fall short of the reported total's low
        /// estimate (killed or injured): the summed range and the total's range do not overlap.
        /// </summary>
        public const string PartiesShortOfReportedTotal = "COORD-INC-010";
    }
}
