namespace Coordination.Domain.Validation;

/// <content>The codes of <see cref="Territories"/>.</content>
public static partial class ValidationCodes
{
    /// <summary>Codes of <see cref="Coordination.Domain.Territories.Territory"/>, its claims, control periods, memberships and former designations.</summary>
    public static class Territories
    {
        /// <summary>A territory is its own parent.</summary>
        public const string SelfParent = "COORD-TER-001";

        /// <summary>Two control periods of one territory overlap: two actors (or one, twice) would control it on the same date.</summary>
        public const string OverlappingControlPeriods = "COORD-TER-002";

        /// <summary>The ISO code is neither ISO 3166-1 alpha-2 (<c>IQ</c>) nor ISO 3166-2 (<c>IQ-KI</c>) syntax.</summary>
        public const string InvalidIsoCode = "COORD-TER-003";

        /// <summary>The ISO code does not fit the kind: a country has an ISO 3166-1 alpha-2 code, anything below it an ISO 3166-2 code.</summary>
        public const string IsoCodeDoesNotFitKind = "COORD-TER-004";

        /// <summary>The P-code is not P-code syntax: two upper-case letters (the country) followed by one to eighteen upper-case letters or digits (<c>IQG13</c>, <c>IQG13Q03</c>).</summary>
        public const string InvalidPCode = "COORD-TER-005";

        /// <summary>One actor claims the territory twice over overlapping periods.</summary>
        public const string OverlappingClaims = "COORD-TER-006";

        /// <summary>A territory names itself as a region it is a member of.</summary>
        public const string SelfMembership = "COORD-TER-007";

        /// <summary>A territory belongs to one region twice over overlapping periods.</summary>
        public const string OverlappingMemberships = "COORD-TER-008";

        /// <summary>A former designation gives none of an ISO code, a P-code and a name.</summary>
        public const string EmptyFormerDesignation = "COORD-TER-009";

        /// <summary>A control period of the whole territory names a part (a part is named only with extent <c>part</c>).</summary>
        public const string PartNamedForWholeControl = "COORD-TER-010";
    }
}
